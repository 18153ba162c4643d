/**
 * Is a channel open now, and when does that change? Always answered on the
 * UK wall clock (Europe/London), whatever time zone the machine or the
 * resident is in, right across the spring and autumn clock changes.
 *
 * Each day's ranges become pairs of instants (via `londonInstantMs`), so
 * "open now" is a comparison of numbers and the clock changes need no
 * special cases: on the short spring Sunday 08:30 is simply an hour closer
 * to midnight than usual.
 */
import { WEEKDAYS, fromDayNumber, isoWeekdayOfDayNumber, toDayNumber } from './iso-date.js';
import { epochMs, londonInstantMs, londonMoment, minutesOfLocalTime } from './london-time.js';
import type { ISODate, OpeningHours, OpeningState, Weekday, WorkingCalendar } from './types.js';

// The wall-clock conversions are public through this module (index.ts re-exports it).
export { londonInstant, londonMoment } from './london-time.js';

/** How far ahead to look for the next opening or closing: a year, plus a little for leap years and holidays. */
export const OPENING_SEARCH_DAYS = 370;

/** A day's opening as minutes since midnight, [start, end), sorted, touching ranges merged. */
type DayRanges = readonly (readonly [start: number, end: number])[];

/**
 * Reads an opening range such as "08:30-17:00" (24-hour clock; "24:00" ends
 * the day, so "00:00-24:00" is all day) into minutes since midnight.
 * Throws a RangeError naming the text when it is malformed or ends before it
 * starts: a range that runs past midnight is written as two, "22:00-24:00"
 * on one day and "00:00-02:00" on the next.
 */
export function parseOpeningRange(range: string): [start: number, end: number] {
  const parts = typeof range === 'string' ? range.split('-') : [];
  const bad = () => new RangeError(`"${String(range)}" is not an opening range like "08:30-17:00" (closing after opening, on the same day)`);
  if (parts.length !== 2) throw bad();
  let start: number;
  let end: number;
  try {
    start = minutesOfLocalTime(parts[0]!);
    end = minutesOfLocalTime(parts[1]!);
  } catch {
    throw bad();
  }
  if (end <= start) throw bad();
  return [start, end];
}

/** Sorts ranges and joins any that overlap or touch ("08:30-12:30" + "12:30-17:00" is one). */
function mergeRanges(ranges: [number, number][]): DayRanges {
  const sorted = ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

// Parsed once per hours object: a page asks about the same channels over and over.
const weeklyCache = new WeakMap<OpeningHours, Record<Weekday, DayRanges>>();

function weeklyRanges(hours: OpeningHours): Record<Weekday, DayRanges> {
  let weekly = weeklyCache.get(hours);
  if (!weekly) {
    weekly = Object.fromEntries(
      WEEKDAYS.map((weekday) => [weekday, mergeRanges((hours.weekly?.[weekday] ?? []).map(parseOpeningRange))]),
    ) as Record<Weekday, DayRanges>;
    weeklyCache.set(hours, weekly);
  }
  return weekly;
}

/**
 * The name of the bank holiday or closure that shuts these hours on `date`,
 * or null when none does (including when the hours stay open on it).
 */
export function holidayClosing(hours: OpeningHours, date: ISODate, calendar: WorkingCalendar): string | null {
  if ((hours.openOnBankHolidays && hours.openOnClosures) || calendar.isWorkingDay(date)) return null;
  const closing = calendar
    .holidaysBetween(date, date)
    .filter((day) => (day.kind === 'bank-holiday' ? !hours.openOnBankHolidays : !hours.openOnClosures));
  return closing.length === 0 ? null : closing.map((day) => day.title).join(' / ');
}

/** A day's open periods as [start, end) epoch-millisecond pairs. */
type Periods = readonly (readonly [number, number])[];

function periodsOn(hours: OpeningHours, weekly: Record<Weekday, DayRanges>, day: number, calendar: WorkingCalendar): Periods {
  const ranges = weekly[WEEKDAYS[isoWeekdayOfDayNumber(day) - 1]!];
  if (ranges.length === 0 || holidayClosing(hours, fromDayNumber(day), calendar) !== null) return [];
  return ranges.map(([start, end]) => [londonInstantMs(day, start), londonInstantMs(day, end)] as const);
}

/**
 * Whether a channel is open at an instant, and when that next changes, on
 * the London wall clock.
 *
 * - `hours` undefined (online forms) or `{ always: true }`: open round the
 *   clock every day of the year, bank holidays included (`always: true`).
 *   Hours that are 24 hours but shut on bank holidays are written as
 *   "00:00-24:00" for each weekday.
 * - Otherwise the weekday's ranges, several a day if need be. A range
 *   ending "24:00" and the next day's starting "00:00" are one continuous
 *   opening, so `closesAt` looks past midnight.
 * - On a bank holiday or council closure (a named non-working day of
 *   `calendar`) the channel is shut unless `openOnBankHolidays` /
 *   `openOnClosures`; `closedFor` names the day when that shuts it today.
 * - `closesAt` / `opensAt` are found up to {@link OPENING_SEARCH_DAYS} ahead;
 *   hours that never close in that time count as `always`, and `opensAt` is
 *   left out for hours that never open.
 *
 * `instant` is a `Date`, an ISO 8601 instant string ("2026-12-18T16:45:00Z") or epoch milliseconds;
 * an invalid one throws a RangeError, as does a malformed range.
 */
export function openingState(hours: OpeningHours | undefined, instant: Date | string | number, calendar: WorkingCalendar): OpeningState {
  if (hours === undefined || hours.always) return { open: true, always: true };
  const now = epochMs(instant);
  const weekly = weeklyRanges(hours);
  const today = toDayNumber(londonMoment(now).date);
  const periods = (day: number) => periodsOn(hours, weekly, day, calendar);

  const current = periods(today).find(([start, end]) => start <= now && now < end);
  if (current) {
    const closes = closingAfter(current[1], today, periods);
    return closes === undefined ? { open: true, always: true } : { open: true, always: false, closesAt: londonMoment(closes) };
  }

  const state: OpeningState = { open: false, always: false };
  const opens = openingAfter(now, today, periods);
  if (opens !== undefined) state.opensAt = londonMoment(opens);
  const holiday = weekly[WEEKDAYS[isoWeekdayOfDayNumber(today) - 1]!].length > 0 ? holidayClosing(hours, fromDayNumber(today), calendar) : null;
  if (holiday !== null) state.closedFor = holiday;
  return state;
}

/** When an opening that runs until `end` finally closes, following openings that carry on from it (past midnight). */
function closingAfter(end: number, today: number, periods: (day: number) => Periods): number | undefined {
  let closes = end;
  for (let day = today; day <= today + OPENING_SEARCH_DAYS; day += 1) {
    // Within a day ranges are merged, so only the next day's first range can carry on.
    const next = periods(day + 1)[0];
    const carriesOn = next !== undefined && next[0] <= closes && next[1] > closes;
    if (!carriesOn) return closes;
    closes = next[1];
  }
  return undefined;
}

/** The start of the first opening after `now`. */
function openingAfter(now: number, today: number, periods: (day: number) => Periods): number | undefined {
  for (let day = today; day <= today + OPENING_SEARCH_DAYS; day += 1) {
    const next = periods(day).find(([start]) => start > now);
    if (next) return next[0];
  }
  return undefined;
}
