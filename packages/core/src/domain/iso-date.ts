/**
 * Calendar dates as `YYYY-MM-DD` strings and as integer day numbers (days
 * since 1970-01-01). Everything date-shaped in the kit goes through here, so
 * it is strict (a bad date is an error, never silently shifted) and fast
 * (plain integer arithmetic; no `Date` or `Intl` on the per-date path).
 */
import type { ISODate, Weekday } from './types.js';

/** Thrown for anything that is not a real `YYYY-MM-DD` calendar date. */
export class InvalidDateError extends Error {
  /** The value that was rejected, as given. */
  readonly value: unknown;

  constructor(value: unknown, reason = 'is not a date in the form YYYY-MM-DD') {
    super(`${describe(value)} ${reason}`);
    this.name = 'InvalidDateError';
    this.value = value;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}

/** Weekday names by ISO weekday number minus one (0 = Monday … 6 = Sunday). */
export const WEEKDAYS: readonly Weekday[] = Object.freeze([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** True in the Gregorian calendar's leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year`. Throws a RangeError for a month outside 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month} is not 1-12`);
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/**
 * The day number (days since 1970-01-01) of a year, month (1-12) and day.
 * No validation: callers pass real dates. Works for any proleptic Gregorian
 * date, using 400-year eras so that it is exact and needs no `Date`.
 */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  // Count from 1 March so the leap day is the last day of the counting year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  // 719468 = days from 0000-03-01 to 1970-01-01.
  return era * 146097 + dayOfEra - 719468;
}

/** The year, month (1-12) and day of a day number: the inverse of {@link dayNumberFromParts}. */
export function partsFromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** The value of the decimal digit at `index`, or -1 when it is not one. */
function digit(text: string, index: number): number {
  const d = text.charCodeAt(index) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Parses a strict `YYYY-MM-DD` date to its day number. Rejects anything else
 * (`2026-02-30`, `26-1-1`, `2026-1-01`, `''`, a `Date`) with an
 * {@link InvalidDateError} naming the bad value.
 */
export function toDayNumber(date: ISODate): number {
  const cached = parseCache.get(date);
  if (cached !== undefined) return cached;
  const dayNumber = parseStrict(date);
  if (parseCache.size >= CACHE_LIMIT) parseCache.clear();
  parseCache.set(date, dayNumber);
  return dayNumber;
}

// The same few thousand dates are parsed again and again (every calendar call
// takes strings): remember them. Only valid dates are stored; bounded.
const CACHE_LIMIT = 50_000;
const parseCache = new Map<unknown, number>();

function parseStrict(date: ISODate): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    throw new InvalidDateError(date);
  }
  const y0 = digit(date, 0);
  const y1 = digit(date, 1);
  const y2 = digit(date, 2);
  const y3 = digit(date, 3);
  const m0 = digit(date, 5);
  const m1 = digit(date, 6);
  const d0 = digit(date, 8);
  const d1 = digit(date, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) throw new InvalidDateError(date);
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year === 0) throw new InvalidDateError(date, 'is not a real date (there is no year 0000)');
  if (month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month))) {
    throw new InvalidDateError(date, 'is not a real date');
  }
  return dayNumberFromParts(year, month, day);
}

/** True when `value` is a real date written strictly as `YYYY-MM-DD`. */
export function isISODate(value: unknown): value is ISODate {
  if (typeof value !== 'string') return false;
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a date and returns it unchanged, so call sites can validate inline.
 * Throws {@link InvalidDateError} when it is not a real `YYYY-MM-DD` date.
 */
export function parseISODate(value: unknown): ISODate {
  toDayNumber(value as ISODate);
  return value as ISODate;
}

// Formatting is the other hot path (every addWorkingDays returns a string):
// remember recent results rather than rebuilding the same strings.
const formatCache = new Map<number, ISODate>();

/**
 * The `YYYY-MM-DD` date of a day number, without the cache: for callers that
 * keep their own (the calendar does, per year). Throws a RangeError outside years 0001-9999.
 */
export function formatDayNumber(dayNumber: number): ISODate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`day number ${dayNumber} is not an integer`);
  const { year, month, day } = partsFromDayNumber(dayNumber);
  if (year < 1 || year > 9999) throw new RangeError(`day number ${dayNumber} is outside years 0001-9999`);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The `YYYY-MM-DD` date of a day number. Throws a RangeError outside years 0001-9999. */
export function fromDayNumber(dayNumber: number): ISODate {
  const cached = formatCache.get(dayNumber);
  if (cached !== undefined) return cached;
  const text = formatDayNumber(dayNumber);
  if (formatCache.size >= CACHE_LIMIT) formatCache.clear();
  formatCache.set(dayNumber, text);
  return text;
}

/** `date` moved by `days` calendar days (negative to go back). */
export function addDays(date: ISODate, days: number): ISODate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, not ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: ISODate, to: ISODate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The weekday of a date, e.g. `'tuesday'`. */
export function weekdayOf(date: ISODate): Weekday {
  return WEEKDAYS[isoWeekdayOfDayNumber(toDayNumber(date)) - 1]!;
}

/** True on Saturdays and Sundays. */
export function isWeekend(date: ISODate): boolean {
  return isoWeekdayOfDayNumber(toDayNumber(date)) >= 6;
}

/** The year, month (1-12) and day of a date. */
export function dateParts(date: ISODate): { year: number; month: number; day: number } {
  return partsFromDayNumber(toDayNumber(date));
}

/** Builds a `YYYY-MM-DD` date from its parts, rejecting impossible ones (month 13, 30 February). */
export function isoDateFromParts(year: number, month: number, day: number): ISODate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 1 || year > 9999) {
    throw new InvalidDateError(text, 'is not a real date');
  }
  return parseISODate(text);
}

let londonFormat: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in the UK (Europe/London, so BST in summer) at an
 * instant, `now` by default. This is the only place the kit asks what day it
 * is: pass `now` to make it deterministic in tests.
 */
export function todayInLondon(now: Date = new Date()): ISODate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new InvalidDateError(now, 'is not a valid instant');
  londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let year = '';
  let month = '';
  let day = '';
  for (const part of londonFormat.formatToParts(now)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return isoDateFromParts(Number(year), Number(month), Number(day));
}
