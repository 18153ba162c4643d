/**
 * Charter timescales as real dates: "We will respond by Thursday 21 January 2027".
 *
 * `dueDate` turns one rule into a date on a given calendar; `dueDateFor` and
 * its friends look a timescale up in a charter, pick the calendar the law
 * says it counts on, and follow milestones (`from`) between timescales.
 */
import type { Division, ISODate, TimescaleRule, Weekday, WorkingCalendar } from './types.js';
import { createCalendarWithoutFeed, type CalendarClosure } from './calendar.js';
import { dayNumberFromParts, daysInMonth, fromDayNumber, partsFromDayNumber, toDayNumber, weekdayOf } from './iso-date.js';

/** Options for {@link dueDate}. */
export interface DueDateOptions {
  /** The due date of another timescale, for rules that count `from` it. */
  milestone?: (id: string) => ISODate;
}

/**
 * The date a charter promise falls due.
 *
 * - `working-days`: the Nth working day after the day of receipt
 *   (`calendar.addWorkingDays`); a request received on a Saturday or a bank
 *   holiday still counts from that day, so day 1 is the next working day.
 * - `calendar-months` (UK GDPR art.12(3) as the ICO reads it): the same
 *   date N months later (3 January → 3 February); when that month is too
 *   short, its last day (31 January → 28 or 29 February); when that is not
 *   a working day of `calendar`, the next working day (unless the rule sets
 *   `nextWorkingDay: false`).
 * - `duration` (answer a call in two minutes) is not a date: throws a TypeError.
 *
 * A rule with `from` counts from `options.milestone(from)` instead of
 * `received`. Throws an InvalidDateError for a malformed `received`.
 */
export function dueDate(rule: TimescaleRule, received: ISODate, calendar: WorkingCalendar, options: DueDateOptions = {}): ISODate {
  toDayNumber(received); // validates
  if (rule.kind === 'duration') {
    throw new TypeError(`A ${rule.minutes}-minute timescale is a promise of minutes, not a date`);
  }
  return datedRuleDue(rule, rule.from === undefined ? received : milestoneDate(rule.from, options), calendar);
}

type DatedRule = Exclude<TimescaleRule, { kind: 'duration' }>;
type MonthsRule = Extract<TimescaleRule, { kind: 'calendar-months' }>;

/** The due date of a dated rule counted from `start` (receipt or a milestone). */
function datedRuleDue(rule: DatedRule, start: ISODate, calendar: WorkingCalendar): ISODate {
  if (rule.kind === 'working-days') {
    assertCount(rule.days, 'days');
    return calendar.addWorkingDays(start, rule.days);
  }
  return monthsLater(rule, rule.months, start, calendar);
}

function milestoneDate(id: string, options: DueDateOptions): ISODate {
  if (!options.milestone) {
    throw new TypeError(`This rule counts from the "${id}" milestone: pass options.milestone to say when that falls`);
  }
  return options.milestone(id);
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of 0 or more, not ${value}`);
}

/** The calendar-months due date, `months` after `start`, moved on to a working day unless the rule says not to. */
function monthsLater(rule: MonthsRule, months: number, start: ISODate, calendar: WorkingCalendar): ISODate {
  assertCount(months, 'months');
  let day = monthsLaterDay(toDayNumber(start), months);
  if (rule.nextWorkingDay !== false) {
    while (!calendar.isWorkingDay(fromDayNumber(day))) day += 1;
  }
  return fromDayNumber(day);
}

/** Day-number arithmetic behind {@link addCalendarMonths}: no strings on the hot path. */
function monthsLaterDay(startDay: number, months: number): number {
  const { year, month, day } = partsFromDayNumber(startDay);
  const target = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(target / 12);
  const targetMonth = target - targetYear * 12 + 1;
  return dayNumberFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * The same day of the month `months` later, or that month's last day when
 * it is shorter (31 January + 1 → 28 or 29 February). No working-day rule.
 */
export function addCalendarMonths(date: ISODate, months: number): ISODate {
  assertCount(months, 'months');
  return fromDayNumber(monthsLaterDay(toDayNumber(date), months));
}

/**
 * The parts of a charter the timescale functions read. Any `Charter` fits;
 * tests and partners may pass a smaller object.
 */
export interface TimescaleCharter {
  organisation: { division: Division; closures?: readonly CalendarClosure[] };
  timescales: readonly { id: string; rule: TimescaleRule }[];
}

/** Which calendar a rule counts on: the council's own, or the FOI Act's UK-wide one. */
export type CalendarChoice = 'council' | 'united-kingdom';

/** A timescale's rule with the calendar it counts on, found on first use. */
interface CachedTimescale {
  rule: TimescaleRule;
  calendar?: WorkingCalendar;
}

interface CharterCache {
  byId: Map<string, CachedTimescale>;
  calendars: Partial<Record<CalendarChoice, WorkingCalendar>>;
}

// Charters are treated as immutable: a charter object edited after its first use keeps its old calendars.
const caches = new WeakMap<object, CharterCache>();

function cacheFor(charter: TimescaleCharter): CharterCache {
  let cache = caches.get(charter);
  if (!cache) {
    cache = { byId: new Map(charter.timescales.map((t) => [t.id, { rule: t.rule }])), calendars: {} };
    caches.set(charter, cache);
  }
  return cache;
}

/**
 * The working calendar a charter counts on.
 *
 * - `'council'`: the organisation's bank-holiday division plus its closures
 *   (the days between Christmas and New Year the offices shut, say).
 * - `'united-kingdom'`: a bank holiday in any part of the UK is not a working
 *   day, and council closures are NOT added: the Freedom of Information Act
 *   2000 s.10(6) defines a working day as any day but a weekend, Christmas
 *   Day, Good Friday or a bank holiday anywhere in the UK, so a council's own
 *   closure does not stop the FOI clock.
 *
 * Calendars are built once per charter object and reused.
 */
export function calendarFor(charter: TimescaleCharter, which: CalendarChoice): WorkingCalendar {
  if (which !== 'council' && which !== 'united-kingdom') {
    throw new RangeError(`Unknown calendar ${JSON.stringify(which)}: expected 'council' or 'united-kingdom'`);
  }
  const cache = cacheFor(charter);
  const cached = cache.calendars[which];
  if (cached) return cached;
  const calendar =
    which === 'united-kingdom'
      ? createCalendarWithoutFeed({ division: 'united-kingdom' })
      : createCalendarWithoutFeed({ division: charter.organisation.division, closures: charter.organisation.closures ?? [] });
  cache.calendars[which] = calendar;
  return calendar;
}

function timescaleFor(charter: TimescaleCharter, id: string): CachedTimescale {
  const entry = cacheFor(charter).byId.get(id);
  if (!entry) {
    const known = charter.timescales.map((t) => t.id).join(', ') || '(none)';
    throw new RangeError(`The charter has no timescale "${id}". Its timescales are: ${known}`);
  }
  return entry;
}

/** The calendar a rule counts on; calendar months always use the council's (its next working day). */
function calendarOf(charter: TimescaleCharter, entry: CachedTimescale): WorkingCalendar {
  const rule = entry.rule;
  entry.calendar ??= calendarFor(charter, rule.kind === 'working-days' ? (rule.calendar ?? 'council') : 'council');
  return entry.calendar;
}

/**
 * Where a timescale's count starts: receipt, or the due date of the
 * milestone it counts `from` (followed recursively). `path` is the chain of
 * ids that led here, to catch circles.
 */
function countStart(charter: TimescaleCharter, id: string, rule: DatedRule, received: ISODate, path: readonly string[]): ISODate {
  if (rule.from === undefined) return received;
  const chain = [...path, id];
  if (chain.includes(rule.from)) {
    throw new RangeError(`The charter's timescales count from each other in a circle: ${[...chain, rule.from].join(' → ')}`);
  }
  const start = resolve(charter, rule.from, received, chain);
  if (start === null) throw new TypeError(`"${id}" counts from "${rule.from}", which is a promise of minutes, not a date`);
  return start;
}

function resolve(charter: TimescaleCharter, id: string, received: ISODate, path: readonly string[]): ISODate | null {
  const entry = timescaleFor(charter, id);
  const rule = entry.rule;
  if (rule.kind === 'duration') {
    toDayNumber(received); // validates: a bad date is an error even where there is no date to give
    return null;
  }
  // The calendar validates `received` as it counts.
  return datedRuleDue(rule, countStart(charter, id, rule, received, path), calendarOf(charter, entry));
}

/**
 * The due date of a charter's timescale for a request received on `received`,
 * on the calendar the rule names (see {@link calendarFor}), following `from`
 * milestones. `null` for a promise of minutes (answering a call), which has no date.
 * Throws a RangeError for an unknown id (listing the valid ones), a circle of
 * milestones or a malformed date.
 */
export function dueDateFor(charter: TimescaleCharter, timescaleId: string, received: ISODate): ISODate | null {
  return resolve(charter, timescaleId, received, []);
}

/**
 * The latest a calendar-months timescale may run when it is extended
 * (a complex SAR: 3 months from the same start), moved on to a working day
 * like the normal due date. Throws a TypeError when the rule has no extension.
 */
export function extendedDueDateFor(charter: TimescaleCharter, timescaleId: string, received: ISODate): ISODate {
  const entry = timescaleFor(charter, timescaleId);
  const rule = entry.rule;
  if (rule.kind !== 'calendar-months' || rule.extendedMonths === undefined) {
    throw new TypeError(`"${timescaleId}" has no extended time limit (only calendar-months rules with extendedMonths do)`);
  }
  return monthsLater(rule, rule.extendedMonths, countStart(charter, timescaleId, rule, received, []), calendarOf(charter, entry));
}

/**
 * Working days past the due date on `today` (counted on the rule's calendar),
 * 0 when it is not yet overdue or the promise has no date. On the weekend
 * straight after a Friday due date it is still 0: the first working day after is 1.
 */
export function overdueBy(charter: TimescaleCharter, timescaleId: string, received: ISODate, today: ISODate): number {
  const due = dueDateFor(charter, timescaleId, received);
  if (due === null || toDayNumber(today) <= toDayNumber(due)) return 0;
  return calendarOf(charter, timescaleFor(charter, timescaleId)).workingDaysBetween(due, today);
}

/** One day in the picture of how a due date was counted. */
export interface CountedDay {
  date: ISODate;
  weekday: Weekday;
  /**
   * - `received`: the day of receipt (never counted itself)
   * - `counted`: a day that counts towards the timescale
   * - `not-counted`: a weekend, bank holiday or closure skipped over (see `reason`)
   * - `milestone`: the due date of the timescale this one counts `from`
   * - `due`: the due date
   */
  status: 'received' | 'counted' | 'not-counted' | 'milestone' | 'due';
  /** For counted, milestone and due days: which day of the count it is (1 = the first). */
  day?: number;
  /** Why a day is not a working day ('Saturday', 'Christmas Day'), from the calendar. */
  reason?: string;
  /** For a milestone: the id of the timescale whose due date it is. */
  milestone?: string;
}

/**
 * Every day from receipt to the due date with what it counted as, for the
 * widget's calendar picture and its "what counts as a working day" list.
 * Working-day rules count working days of their calendar; calendar-months
 * rules count every day up to the same date a month on, and show that date
 * and any after it as not counted when the due date moved past them. A rule counting `from` a
 * milestone shows that timescale's days first, its due date as `milestone`,
 * then restarts the count. `null` for a promise of minutes.
 */
export function countedDays(charter: TimescaleCharter, timescaleId: string, received: ISODate): CountedDay[] | null {
  const entry = timescaleFor(charter, timescaleId);
  const rule = entry.rule;
  const due = dueDateFor(charter, timescaleId, received);
  if (rule.kind === 'duration' || due === null) return null;
  const calendar = calendarOf(charter, entry);
  const days: CountedDay[] = rule.from === undefined ? [receivedDay(received, calendar)] : milestoneDays(charter, rule.from, received);
  const start = toDayNumber(days.at(-1)!.date);
  const end = toDayNumber(due);
  // A month's natural end that was not a working day is shown as skipped, like the days after it.
  const monthEnd = rule.kind === 'calendar-months' ? toDayNumber(addCalendarMonths(fromDayNumber(start), rule.months)) : end;
  let count = 0;
  for (let n = start + 1; n <= end; n += 1) {
    const date = fromDayNumber(n);
    const counts = rule.kind === 'calendar-months' ? n < monthEnd : calendar.isWorkingDay(date);
    if (counts || n === end) count += 1;
    const day: CountedDay = { date, weekday: weekdayOf(date), status: n === end ? 'due' : counts ? 'counted' : 'not-counted' };
    if (counts || n === end) day.day = count;
    else day.reason = calendar.reasonClosed(date) ?? undefined;
    days.push(day);
  }
  if (start === end) days.at(-1)!.status = 'due';
  return days;
}

function receivedDay(received: ISODate, calendar: WorkingCalendar): CountedDay {
  const day: CountedDay = { date: received, weekday: weekdayOf(received), status: 'received' };
  const reason = calendar.reasonClosed(received);
  if (reason !== null) day.reason = reason;
  return day;
}

function milestoneDays(charter: TimescaleCharter, from: string, received: ISODate): CountedDay[] {
  const days = countedDays(charter, from, received);
  if (days === null) throw new TypeError(`A timescale counts from "${from}", which is a promise of minutes, not a date`);
  const last = days.at(-1)!;
  last.status = 'milestone';
  last.milestone = from;
  return days;
}
