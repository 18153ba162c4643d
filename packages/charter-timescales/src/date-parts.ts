/**
 * The widget's one rule on top of core's GOV.UK date input (`parseDateInput`):
 * the years a resident may give, those the working-day calendar covers (and
 * it must also reach the due date after the latest).
 */
import { FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR, parseDateInput, type DateInputResult, type DateInputValue } from '@cx-kit/core';

export const EARLIEST_YEAR = FIRST_BANK_HOLIDAY_YEAR;
export const LATEST_YEAR = LAST_BANK_HOLIDAY_YEAR - 1;

/** Reads the "received" boxes. */
export function parseReceived(value: DateInputValue): DateInputResult {
  return parseDateInput(value, { earliest: EARLIEST_YEAR, latest: LATEST_YEAR });
}
