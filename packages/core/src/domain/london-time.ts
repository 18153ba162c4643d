/**
 * Europe/London wall-clock time, computed arithmetically.
 *
 * Why not `Intl.DateTimeFormat`: it is slow to call thousands of times (an
 * opening-hours search walks a year of days) and its results depend on the
 * browser's tz data. The UK rule is short and fixed in law (Summer Time Order
 * 2002, following the EU directive): British Summer Time runs from 01:00 UTC
 * on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 * That rule has held since 1996 (before then October's change was on the
 * fourth Sunday some years); dates before 1996 get today's rule. A test
 * cross-checks it against Intl for every week from 1996 to 2037.
 */
import type { ISODate, LocalMoment, LocalTime } from './types.js';
import { WEEKDAYS, fromDayNumber, isoWeekdayOfDayNumber, toDayNumber } from './iso-date.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const LOCAL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes since midnight of a `HH:MM` wall-clock time ("24:00" is 1440, the end of a day); throws a RangeError otherwise. */
export function minutesOfLocalTime(time: LocalTime): number {
  const match = typeof time === 'string' ? LOCAL_TIME.exec(time) : null;
  if (!match) throw new RangeError(`"${String(time)}" is not a time in the form HH:MM (00:00 to 24:00)`);
  return match[1] === undefined ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` for minutes since midnight (0..1439). */
export function localTimeOfMinutes(minutes: number): LocalTime {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Day number of the last Sunday of a month (monthIndex 0-based). */
function lastSunday(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0) / DAY_MS;
  const sinceSunday = (((lastDay + 4) % 7) + 7) % 7; // day 0 was a Thursday: 4 days after a Sunday
  return lastDay - sinceSunday;
}

const summerByYear = new Map<number, readonly [number, number]>();

/** The UTC instants (ms) when British Summer Time starts and ends in a year. */
export function summerTimeBounds(year: number): readonly [start: number, end: number] {
  let bounds = summerByYear.get(year);
  if (!bounds) {
    bounds = [lastSunday(year, 2) * DAY_MS + HOUR_MS, lastSunday(year, 9) * DAY_MS + HOUR_MS];
    summerByYear.set(year, bounds);
  }
  return bounds;
}

/** Minutes London is ahead of UTC at an instant: 60 in British Summer Time, else 0. */
export function londonOffsetMinutes(instant: Date | number): 0 | 60 {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const [start, end] = summerTimeBounds(new Date(ms).getUTCFullYear());
  return ms >= start && ms < end ? 60 : 0;
}

/** Epoch milliseconds of a `Date`, epoch milliseconds or an ISO 8601 instant string; a RangeError for an invalid one. */
export function epochMs(instant: Date | string | number): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`"${String(instant)}" is not a valid instant`);
  return ms;
}

/**
 * The London wall-clock date, time (to the minute, seconds dropped) and
 * weekday at an instant, whatever the machine's own time zone.
 * Accepts a `Date`, epoch milliseconds or an ISO 8601 instant string;
 * throws a RangeError for an invalid one.
 */
export function londonMoment(instant: Date | string | number): LocalMoment {
  const ms = epochMs(instant);
  const wall = ms + londonOffsetMinutes(ms) * MINUTE_MS;
  const dayNumber = Math.floor(wall / DAY_MS);
  const minutes = Math.floor((wall - dayNumber * DAY_MS) / MINUTE_MS);
  return { date: fromDayNumber(dayNumber), time: localTimeOfMinutes(minutes), weekday: WEEKDAYS[isoWeekdayOfDayNumber(dayNumber) - 1]! };
}

/**
 * The instant (epoch ms) of a London wall-clock time; see {@link londonInstant}
 * for the rules on times that do not exist or happen twice.
 */
export function londonInstantMs(dayNumber: number, minutes: number): number {
  const wall = dayNumber * DAY_MS + minutes * MINUTE_MS;
  const asSummer = wall - HOUR_MS;
  // Prefer summer time when it fits: that is the earlier of an ambiguous pair.
  if (londonOffsetMinutes(asSummer) === 60) return asSummer;
  // Otherwise GMT. In the spring gap this reads the time with the offset in
  // force before the change, landing an hour later on the new clock.
  return wall;
}

/**
 * The UTC instant of a wall-clock time in London on a date.
 *
 * - "24:00" is midnight at the end of the day (the next day's 00:00).
 * - A time that does not exist (01:00–01:59 on the last Sunday of March,
 *   when clocks jump from 01:00 to 02:00) is read with the offset in force
 *   before the jump, so 01:30 becomes 02:30 BST: the rule of RFC 5545 and of
 *   Temporal's default `'compatible'` disambiguation.
 * - A time that happens twice (01:00–01:59 on the last Sunday of October)
 *   is the first of the two, still in BST, as RFC 5545 and Temporal do.
 *
 * Throws an InvalidDateError for a malformed date, a RangeError for a malformed time.
 */
export function londonInstant(date: ISODate, time: LocalTime): Date {
  return new Date(londonInstantMs(toDayNumber(date), minutesOfLocalTime(time)));
}
