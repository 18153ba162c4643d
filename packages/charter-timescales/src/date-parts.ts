/**
 * The GOV.UK date input's rules, without the DOM: three boxes (day, month,
 * year) in, a `YYYY-MM-DD` date or the one problem to tell the resident out.
 * The element turns each problem into GOV.UK's wording ("… must include a
 * month", "… must be a real date"); this file only decides which it is.
 */
import { FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR, daysInMonth, isoDateFromParts, type ISODate } from '@cx-kit/core';

export type DatePart = 'day' | 'month' | 'year';

/** What the resident typed, box by box. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePartsResult =
  | { ok: true; date: ISODate }
  | { ok: false; problem: 'empty'; fields: DatePart[] }
  /** Some boxes are empty: `fields` are the missing ones, in order. */
  | { ok: false; problem: 'missing'; fields: DatePart[] }
  /** The year is not 4 numbers ("26"). */
  | { ok: false; problem: 'year-digits'; fields: DatePart[] }
  /** Not a date at all (30 February, month 13, letters): `fields` are the boxes at fault. */
  | { ok: false; problem: 'not-real'; fields: DatePart[] }
  /** A real date outside the years the working-day calendar covers. */
  | { ok: false; problem: 'out-of-range'; fields: DatePart[]; min: number; max: number };

/** The earliest and latest years a resident may give (the calendar must also reach the due date after the latest). */
export const EARLIEST_YEAR = FIRST_BANK_HOLIDAY_YEAR;
export const LATEST_YEAR = LAST_BANK_HOLIDAY_YEAR - 1;

const PARTS: DatePart[] = ['day', 'month', 'year'];
const WHOLE = /^\d+$/;

/**
 * Reads a GOV.UK date input. Spaces around a number are forgiven; anything
 * that is not digits makes the date not real. Checked in GOV.UK's order:
 * nothing entered, then missing boxes, then a short year, then a date that
 * does not exist, then the calendar's range.
 */
export function parseDateParts(input: DateParts): DatePartsResult {
  const value = { day: input.day.trim(), month: input.month.trim(), year: input.year.trim() };
  const missing = PARTS.filter((part) => value[part] === '');
  if (missing.length === 3) return { ok: false, problem: 'empty', fields: [...PARTS] };
  if (missing.length) return { ok: false, problem: 'missing', fields: missing };

  const wrong = PARTS.filter((part) => !WHOLE.test(value[part]));
  if (wrong.length) return { ok: false, problem: 'not-real', fields: wrong };
  if (value.year.length !== 4) return { ok: false, problem: 'year-digits', fields: ['year'] };

  const day = Number(value.day);
  const month = Number(value.month);
  const year = Number(value.year);
  if (year < 1) return { ok: false, problem: 'not-real', fields: ['year'] };
  if (month < 1 || month > 12) return { ok: false, problem: 'not-real', fields: day < 1 || day > 31 ? ['day', 'month'] : ['month'] };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'not-real', fields: ['day'] };
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return { ok: false, problem: 'out-of-range', fields: ['year'], min: EARLIEST_YEAR, max: LATEST_YEAR };
  }
  return { ok: true, date: isoDateFromParts(year, month, day) };
}

/** The boxes for a date, as a resident would have typed them ("18", "12", "2026"). */
export function partsOf(date: ISODate): DateParts {
  const [year, month, day] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}
