/**
 * The working-day calendar every timescale is counted on: Saturdays,
 * Sundays, bank holidays (of a division, or of any division for
 * 'united-kingdom') and the council's own closures are not working days.
 *
 * Fast by construction: each year is built once, lazily, into a running
 * count of working days (an Int32Array), so `isWorkingDay` is an array read,
 * `workingDaysBetween` a subtraction and `addWorkingDays` a binary search.
 */
import { bankHolidayDays, DIVISIONS, FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR, type HolidayDay } from './bank-holidays.js';
import { parseGovukFeed, type GovukFeed } from './govuk-feed.js';
import {
  dayNumberFromParts,
  formatDayNumber,
  fromDayNumber,
  InvalidDateError,
  isLeapYear,
  isoWeekdayOfDayNumber,
  partsFromDayNumber,
  toDayNumber,
} from './iso-date.js';
import type { CalendarDivision, Division, ISODate, NonWorkingDay, WorkingCalendar } from './types.js';

/** A closure: a date, or a date with the name residents should see. */
export type CalendarClosure = ISODate | { date: ISODate; title?: string };

export interface CalendarOptions {
  /** Whose bank holidays count. 'united-kingdom': a bank holiday in any division (the FOI Act's reading). */
  division: CalendarDivision;
  /** Extra days the council is closed. One without a title is titled {@link DEFAULT_CLOSURE_TITLE}. */
  closures?: readonly CalendarClosure[];
  /** A GOV.UK bank-holidays.json document: for each division, it replaces the rules in the years it has events. */
  feed?: unknown;
}

/** The title of a closure given as a bare date. */
export const DEFAULT_CLOSURE_TITLE = 'Closure day';

const WEEKEND_NAMES = ['Saturday', 'Sunday'] as const;

interface NamedDay {
  readonly day: number;
  readonly title: string;
  readonly kind: 'bank-holiday' | 'closure';
  readonly divisions: readonly Division[];
}

/** One year, precomputed. */
interface YearTable {
  readonly year: number;
  readonly start: number;
  readonly length: number;
  /** The year's dates as strings, filled in as answers need them (formatting is the costly part of an answer). */
  readonly isoDates: (ISODate | undefined)[];
  /** cumulative[i]: working days from 1 January to day `start + i`, inclusive. */
  readonly cumulative: Int32Array;
  readonly total: number;
  readonly named: ReadonlyMap<number, NamedDay>;
  readonly namedInOrder: readonly NamedDay[];
}

function assertCalendarDivision(division: unknown): asserts division is CalendarDivision {
  if (division !== 'united-kingdom' && !DIVISIONS.includes(division as Division)) {
    throw new RangeError(
      `Unknown calendar division ${JSON.stringify(division)}: expected one of ${[...DIVISIONS, 'united-kingdom'].map((d) => `'${d}'`).join(', ')}`,
    );
  }
}

function readClosures(closures: unknown): Map<number, string> {
  const result = new Map<number, string>();
  if (closures === undefined) return result;
  if (!Array.isArray(closures)) throw new TypeError(`closures must be an array of dates, not ${typeof closures}`);
  closures.forEach((item: unknown, index) => {
    const isObject = typeof item === 'object' && item !== null;
    const date = isObject ? (item as { date?: unknown }).date : item;
    const title = isObject ? ((item as { title?: unknown }).title ?? DEFAULT_CLOSURE_TITLE) : DEFAULT_CLOSURE_TITLE;
    let day: number;
    try {
      day = toDayNumber(date as ISODate);
    } catch {
      throw new InvalidDateError(date, `in closures[${index}] is not a real date in the form YYYY-MM-DD`);
    }
    if (typeof title !== 'string' || title.trim() === '') {
      throw new TypeError(`closures[${index}].title must be a non-empty string`);
    }
    if (!result.has(day)) result.set(day, title.trim());
  });
  return result;
}

// Day numbers of 1 January for the years calendars use most, so finding a date's year is two array reads.
const TABLED_FIRST_YEAR = 1900;
const TABLED_LAST_YEAR = 2200;
const YEAR_STARTS = Int32Array.from({ length: TABLED_LAST_YEAR - TABLED_FIRST_YEAR + 2 }, (_, i) =>
  dayNumberFromParts(TABLED_FIRST_YEAR + i, 1, 1),
);

function yearOfDay(day: number): number {
  // 146097 days in 400 years: the estimate is at most a year out, then corrected.
  let year = 1970 + Math.floor((day * 400) / 146097);
  if (year <= TABLED_FIRST_YEAR || year >= TABLED_LAST_YEAR) return partsFromDayNumber(day).year;
  if (day < YEAR_STARTS[year - TABLED_FIRST_YEAR]!) year -= 1;
  else if (day >= YEAR_STARTS[year + 1 - TABLED_FIRST_YEAR]!) year += 1;
  return year;
}

function isoDateIn(table: YearTable, day: number): ISODate {
  const index = day - table.start;
  return (table.isoDates[index] ??= formatDayNumber(day));
}

function wholeDays(days: unknown): number {
  if (typeof days !== 'number' || !Number.isSafeInteger(days)) {
    throw new RangeError(`days must be a whole number, not ${String(days)}`);
  }
  return days;
}

/** First index at or after `low` whose running count reaches `target` (it exists: callers check the total). */
function firstReaching(cumulative: Int32Array, target: number, low: number): number {
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cumulative[mid]! >= target) high = mid;
    else low = mid + 1;
  }
  return low;
}

class Calendar implements WorkingCalendar {
  readonly division: CalendarDivision;
  readonly #divisions: readonly Division[];
  readonly #closures: ReadonlyMap<number, string>;
  readonly #feed: GovukFeed | undefined;
  /** Built years, indexed by year (an array: the lookup is on every call). */
  readonly #tables: (YearTable | undefined)[] = new Array<YearTable | undefined>(10_000);
  #last: YearTable | undefined;

  constructor(options: CalendarOptions, feed: GovukFeed | undefined) {
    assertCalendarDivision(options.division);
    this.division = options.division;
    this.#divisions = options.division === 'united-kingdom' ? DIVISIONS : [options.division];
    this.#closures = readClosures(options.closures);
    this.#feed = feed;
  }

  isWorkingDay(date: ISODate): boolean {
    const day = toDayNumber(date);
    const table = this.#tableFor(day);
    const i = day - table.start;
    return table.cumulative[i]! !== (i > 0 ? table.cumulative[i - 1]! : 0);
  }

  addWorkingDays(date: ISODate, days: number): ISODate {
    const start = toDayNumber(date);
    let need = wholeDays(days);
    if (need === 0) return date;
    let table = this.#tableFor(start);
    let index = start - table.start;
    if (need > 0) {
      for (;;) {
        const before = index >= 0 ? table.cumulative[index]! : 0;
        if (need <= table.total - before) {
          return isoDateIn(table, table.start + firstReaching(table.cumulative, before + need, index + 1));
        }
        need -= table.total - before;
        table = this.#table(table.year + 1);
        index = -1;
      }
    }
    need = -need;
    for (;;) {
      // Working days from 1 January up to the day before `index`.
      const before = index > 0 ? table.cumulative[index - 1]! : 0;
      if (need <= before) return isoDateIn(table, table.start + firstReaching(table.cumulative, before - need + 1, 0));
      need -= before;
      table = this.#table(table.year - 1);
      index = table.length;
    }
  }

  workingDaysBetween(from: ISODate, to: ISODate): number {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    return a <= b ? this.#countAfterUntil(a, b) : -this.#countAfterUntil(b, a);
  }

  reasonClosed(date: ISODate): string | null {
    const day = toDayNumber(date);
    const named = this.#tableFor(day).named.get(day);
    if (named) return named.title;
    const weekday = isoWeekdayOfDayNumber(day);
    return weekday >= 6 ? WEEKEND_NAMES[weekday - 6]! : null;
  }

  holidaysBetween(from: ISODate, to: ISODate): NonWorkingDay[] {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (a > b) throw new RangeError(`holidaysBetween: ${from} is after ${to}`);
    const result: NonWorkingDay[] = [];
    const lastYear = this.#tableFor(b).year;
    for (let year = this.#tableFor(a).year; year <= lastYear; year += 1) {
      for (const named of this.#table(year).namedInOrder) {
        if (named.day >= a && named.day <= b) {
          result.push({ date: fromDayNumber(named.day), title: named.title, kind: named.kind, divisions: [...named.divisions] });
        }
      }
    }
    return result;
  }

  /** Working days in (a, b], for a <= b. */
  #countAfterUntil(a: number, b: number): number {
    const first = this.#tableFor(a);
    const last = this.#tableFor(b);
    const before = first.cumulative[a - first.start]!;
    if (first === last) return last.cumulative[b - last.start]! - before;
    let count = first.total - before + last.cumulative[b - last.start]!;
    for (let year = first.year + 1; year < last.year; year += 1) count += this.#table(year).total;
    return count;
  }

  #tableFor(day: number): YearTable {
    const last = this.#last;
    if (last && day >= last.start && day < last.start + last.length) return last;
    return this.#table(yearOfDay(day));
  }

  #table(year: number): YearTable {
    let table = this.#tables[year];
    if (!table) {
      table = this.#build(year);
      this.#tables[year] = table;
    }
    this.#last = table;
    return table;
  }

  #holidaysOf(division: Division, year: number): readonly HolidayDay[] {
    const fromFeed = this.#feed?.holidayDays(division, year);
    if (fromFeed) return fromFeed;
    if (year < FIRST_BANK_HOLIDAY_YEAR || year > LAST_BANK_HOLIDAY_YEAR) {
      throw new RangeError(
        `The calendar covers ${FIRST_BANK_HOLIDAY_YEAR} to ${LAST_BANK_HOLIDAY_YEAR} (and years a feed lists); ${year} is outside it`,
      );
    }
    return bankHolidayDays(division, year);
  }

  #build(year: number): YearTable {
    const start = dayNumberFromParts(year, 1, 1);
    const length = isLeapYear(year) ? 366 : 365;
    // In a UK calendar a day can be a holiday in several divisions, perhaps under different names.
    const titles = new Map<number, string[]>();
    const divisions = new Map<number, Division[]>();
    for (const division of this.#divisions) {
      for (const { day, title } of this.#holidaysOf(division, year)) {
        const dayTitles = titles.get(day) ?? [];
        if (!dayTitles.includes(title)) dayTitles.push(title);
        titles.set(day, dayTitles);
        divisions.set(day, [...(divisions.get(day) ?? []), division]);
      }
    }
    const named = new Map<number, NamedDay>();
    for (const [day, dayTitles] of titles) {
      named.set(day, { day, title: dayTitles.join(' / '), kind: 'bank-holiday', divisions: divisions.get(day)! });
    }
    for (const [day, title] of this.#closures) {
      if (day >= start && day < start + length && !named.has(day)) named.set(day, { day, title, kind: 'closure', divisions: [] });
    }
    const cumulative = new Int32Array(length);
    let count = 0;
    let weekday = isoWeekdayOfDayNumber(start);
    for (let i = 0; i < length; i += 1) {
      if (weekday < 6 && !named.has(start + i)) count += 1;
      cumulative[i] = count;
      weekday = weekday === 7 ? 1 : weekday + 1;
    }
    const namedInOrder = [...named.values()].sort((x, y) => x.day - y.day);
    return { year, start, length, isoDates: new Array<ISODate | undefined>(length), cumulative, total: count, named, namedInOrder };
  }
}

/**
 * A working-day calendar for a division (or the whole UK), with the council's
 * closures, optionally corrected by a GOV.UK feed. Dates are `YYYY-MM-DD`;
 * a bad one throws {@link InvalidDateError}, a date outside 1970-2100 (and
 * outside the feed's years) a RangeError, a malformed feed a FeedError.
 *
 * @example
 * const calendar = createCalendar({ division: 'england-and-wales' });
 * calendar.addWorkingDays('2026-12-24', 1); // '2026-12-29': Christmas, Saturday, Sunday, Boxing Day (substitute day)
 */
export function createCalendar(options: CalendarOptions): WorkingCalendar {
  assertOptions(options);
  return new Calendar(options, options.feed === undefined ? undefined : parseGovukFeed(options.feed));
}

/**
 * {@link createCalendar} without a feed: the kit's own holidays (GOV.UK's
 * snapshot and the rules). What the widgets use, so the feed's reader is
 * not in what a resident downloads.
 */
export function createCalendarWithoutFeed(options: Omit<CalendarOptions, 'feed'>): WorkingCalendar {
  assertOptions(options);
  return new Calendar(options, undefined);
}

function assertOptions(options: unknown): asserts options is object {
  if (typeof options !== 'object' || options === null) throw new TypeError('createCalendar needs an options object');
}

// The feed reader is part of the calendar's public surface (index.ts re-exports this module).
export { FeedError, parseGovukFeed, type FeedIssue, type GovukFeed } from './govuk-feed.js';
