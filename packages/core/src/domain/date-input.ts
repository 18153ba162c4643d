/**
 * The GOV.UK date input's rules, without the DOM: three boxes (day, month,
 * year) in, a `YYYY-MM-DD` date or the one problem to tell the resident out.
 * Each widget words the problems in its own terms ("… must include a month",
 * "… must be a real date"); this file only decides which it is. The boxes
 * themselves are `dateInput` in `@cx-kit/core/element`.
 */
import { daysInMonth, isoDateFromParts } from './iso-date.js';
import type { ISODate } from './types.js';

export type DateInputPart = 'day' | 'month' | 'year';

/** What the resident typed, box by box. */
export interface DateInputValue {
  day: string;
  month: string;
  year: string;
}

export const DATE_INPUT_PARTS: readonly DateInputPart[] = ['day', 'month', 'year'];

export type DateInputResult =
  | { ok: true; date: ISODate }
  | { ok: false; problem: 'empty'; fields: DateInputPart[] }
  /** Some boxes are empty: `fields` are the missing ones, in order. */
  | { ok: false; problem: 'missing'; fields: DateInputPart[] }
  /** The year is not 4 numbers ("26"). */
  | { ok: false; problem: 'year-digits'; fields: DateInputPart[] }
  /** Not a date at all (30 February, month 13, letters): `fields` are the boxes at fault. */
  | { ok: false; problem: 'not-real'; fields: DateInputPart[] }
  /** A real date outside the years the caller accepts (`earliest`…`latest`). */
  | { ok: false; problem: 'out-of-range'; fields: DateInputPart[]; min: number; max: number };

export interface DateInputRange {
  /** The earliest year accepted (default: any). */
  earliest?: number;
  /** The latest year accepted (default: any). */
  latest?: number;
}

const WHOLE = /^\d+$/;

/**
 * Reads a GOV.UK date input. Spaces around a number are forgiven; anything
 * that is not digits makes the date not real. Checked in GOV.UK's order:
 * nothing entered, then missing boxes, then a short year, then a date that
 * does not exist, then the caller's range of years.
 */
export function parseDateInput(input: DateInputValue, range: DateInputRange = {}): DateInputResult {
  const value = { day: input.day.trim(), month: input.month.trim(), year: input.year.trim() };
  const missing = DATE_INPUT_PARTS.filter((part) => value[part] === '');
  if (missing.length === 3) return { ok: false, problem: 'empty', fields: [...DATE_INPUT_PARTS] };
  if (missing.length) return { ok: false, problem: 'missing', fields: missing };

  const wrong = DATE_INPUT_PARTS.filter((part) => !WHOLE.test(value[part]));
  if (wrong.length) return { ok: false, problem: 'not-real', fields: wrong };
  if (value.year.length !== 4) return { ok: false, problem: 'year-digits', fields: ['year'] };

  const day = Number(value.day);
  const month = Number(value.month);
  const year = Number(value.year);
  if (year < 1) return { ok: false, problem: 'not-real', fields: ['year'] };
  if (month < 1 || month > 12) return { ok: false, problem: 'not-real', fields: day < 1 || day > 31 ? ['day', 'month'] : ['month'] };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'not-real', fields: ['day'] };
  const { earliest = 1, latest = 9999 } = range;
  if (year < earliest || year > latest) return { ok: false, problem: 'out-of-range', fields: ['year'], min: earliest, max: latest };
  return { ok: true, date: isoDateFromParts(year, month, day) };
}

/** The boxes for a date, as a resident would have typed them ("18", "12", "2026"); empty boxes for anything that is not a `YYYY-MM-DD` date. */
export function dateInputValue(date: string | undefined): DateInputValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}
