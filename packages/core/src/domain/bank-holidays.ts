/**
 * UK bank holidays for any year 1970-2100, in the three divisions GOV.UK
 * publishes: rules and the documented one-offs (one-off-holidays.ts), and
 * for the years GOV.UK's published list covers, its dates and titles where
 * they differ (the snapshot, published-holidays.ts). A test compares the
 * result with GOV.UK's whole list for every year it covers. Titles are
 * GOV.UK's, with a substitute day written "Boxing Day (substitute day)".
 *
 * History the rules encode (Banking and Financial Dealings Act 1971 and
 * proclamations):
 * - New Year's Day: England, Wales and Northern Ireland from 1974; Scotland
 *   always, with 2 January. Boxing Day in Scotland from 1974.
 * - Early May (first Monday): everywhere from 1978. Scotland's statutory
 *   first Monday in May is older: kept from 1971, but in 1970 (the last year
 *   of the 1965-70 trial) Scotland's spring holiday replaced it.
 * - Spring (last Monday in May) and, outside Scotland, summer (last Monday in
 *   August): statutory from 1971; in 1970 the trial proclamations put them on
 *   the same Mondays (25 May, 31 August), so the rules hold from 1970.
 * - Scotland's summer holiday is the first Monday in August.
 * - St Andrew's Day (Scotland) from 2007 (St Andrew's Day Bank Holiday
 *   (Scotland) Act 2007). St Patrick's Day and 12 July in Northern Ireland.
 * - A fixed-date holiday at a weekend moves to the next weekday that is not
 *   already a holiday (so Christmas on Saturday and Boxing Day on Sunday give
 *   Monday 27 and Tuesday 28 December).
 * - One-offs and moves (royal occasions, Scotland's World Cup day): data, in one-off-holidays.ts.
 */
import { easterSunday } from './easter.js';
import { SUBSTITUTE_DAY_SUFFIX, type HolidayDay } from './holiday-day.js';
import { dayNumberFromParts, daysInMonth, fromDayNumber, isoWeekdayOfDayNumber, toDayNumber } from './iso-date.js';
import { ONE_OFF_HOLIDAYS } from './one-off-holidays.js';
import { publishedHolidayDays } from './published-holidays.js';
import type { BankHoliday, Division } from './types.js';

export { SUBSTITUTE_DAY_SUFFIX, type HolidayDay };

/** The divisions, in GOV.UK's order. */
export const DIVISIONS: readonly Division[] = Object.freeze(['england-and-wales', 'scotland', 'northern-ireland']);

/** The first and last years {@link bankHolidays} computes. */
export const FIRST_BANK_HOLIDAY_YEAR = 1970;
export const LAST_BANK_HOLIDAY_YEAR = 2100;

/** GOV.UK's titles for the regular holidays (note the typographic apostrophes). */
export const HOLIDAY_TITLES = Object.freeze({
  newYear: 'New Year’s Day',
  secondJanuary: '2nd January',
  stPatrick: 'St Patrick’s Day',
  goodFriday: 'Good Friday',
  easterMonday: 'Easter Monday',
  earlyMay: 'Early May bank holiday',
  spring: 'Spring bank holiday',
  battleOfTheBoyne: 'Battle of the Boyne (Orangemen’s Day)',
  summer: 'Summer bank holiday',
  stAndrew: 'St Andrew’s Day',
  christmas: 'Christmas Day',
  boxingDay: 'Boxing Day',
});

/** Throws unless `division` is one of {@link DIVISIONS}. */
export function assertDivision(division: unknown): asserts division is Division {
  if (!DIVISIONS.includes(division as Division)) {
    throw new RangeError(`Unknown division ${JSON.stringify(division)}: expected one of ${DIVISIONS.map((d) => `'${d}'`).join(', ')}`);
  }
}

/** Throws unless the rules cover `year`. */
export function assertRuleYear(year: unknown): asserts year is number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_BANK_HOLIDAY_YEAR || year > LAST_BANK_HOLIDAY_YEAR) {
    throw new RangeError(
      `Bank holidays are computed for whole years ${FIRST_BANK_HOLIDAY_YEAR} to ${LAST_BANK_HOLIDAY_YEAR}, not ${String(year)}`,
    );
  }
}

function firstMonday(year: number, month: number): number {
  const first = dayNumberFromParts(year, month, 1);
  return first + ((8 - isoWeekdayOfDayNumber(first)) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayNumberFromParts(year, month, daysInMonth(year, month));
  return last - ((isoWeekdayOfDayNumber(last) + 6) % 7);
}

interface Rule {
  day: number;
  title: string;
}

/** Holidays on a fixed date, which get a substitute day when at a weekend. */
function fixedDateHolidays(division: Division, year: number): Rule[] {
  const scotland = division === 'scotland';
  const rules: Rule[] = [];
  const on = (month: number, day: number, title: string): void => {
    rules.push({ day: dayNumberFromParts(year, month, day), title });
  };
  if (scotland || year >= 1974) on(1, 1, HOLIDAY_TITLES.newYear);
  if (scotland) on(1, 2, HOLIDAY_TITLES.secondJanuary);
  if (division === 'northern-ireland') {
    on(3, 17, HOLIDAY_TITLES.stPatrick);
    on(7, 12, HOLIDAY_TITLES.battleOfTheBoyne);
  }
  if (scotland && year >= 2007) on(11, 30, HOLIDAY_TITLES.stAndrew);
  on(12, 25, HOLIDAY_TITLES.christmas);
  if (!scotland || year >= 1974) on(12, 26, HOLIDAY_TITLES.boxingDay);
  return rules;
}

/** Holidays defined by weekday (and Easter), which never fall at a weekend. */
function weekdayHolidays(division: Division, year: number): Rule[] {
  const scotland = division === 'scotland';
  const easter = easterSunday(year);
  const rules: Rule[] = [{ day: easter - 2, title: HOLIDAY_TITLES.goodFriday }];
  if (!scotland) rules.push({ day: easter + 1, title: HOLIDAY_TITLES.easterMonday });
  if (year >= 1978 || (scotland && year >= 1971)) {
    rules.push({ day: firstMonday(year, 5), title: HOLIDAY_TITLES.earlyMay });
  }
  rules.push({ day: lastMonday(year, 5), title: HOLIDAY_TITLES.spring });
  rules.push({ day: scotland ? firstMonday(year, 8) : lastMonday(year, 8), title: HOLIDAY_TITLES.summer });
  return rules;
}

/** The documented one-offs of a division and year: moved holidays leave their regular day, extra days join. */
function applyOneOffs(division: Division, year: number, rules: Rule[]): Rule[] {
  const oneOffs = ONE_OFF_HOLIDAYS.filter((o) => o.date.startsWith(`${year}-`) && o.divisions.includes(division));
  if (oneOffs.length === 0) return rules;
  const replaced = new Set(oneOffs.flatMap((o) => (o.replaces ? [toDayNumber(o.replaces)] : [])));
  return [...rules.filter((rule) => !replaced.has(rule.day)), ...oneOffs.map((o) => ({ day: toDayNumber(o.date), title: o.title }))];
}

function isWeekendDay(day: number): boolean {
  return isoWeekdayOfDayNumber(day) >= 6;
}

function computeHolidayDays(division: Division, year: number, oneOffs: boolean): HolidayDay[] {
  const fixed = fixedDateHolidays(division, year);
  const regular = weekdayHolidays(division, year);
  const holidays: HolidayDay[] = oneOffs ? applyOneOffs(division, year, regular) : regular;
  const taken = new Set(holidays.map((h) => h.day));
  for (const h of fixed) {
    if (!isWeekendDay(h.day)) {
      holidays.push(h);
      taken.add(h.day);
    }
  }
  // Weekend holidays in date order, each to the next free weekday.
  for (const h of fixed) {
    if (!isWeekendDay(h.day)) continue;
    let day = h.day + 1;
    while (isWeekendDay(day) || taken.has(day)) day += 1;
    taken.add(day);
    holidays.push({ day, title: h.title + SUBSTITUTE_DAY_SUFFIX });
  }
  holidays.sort((a, b) => a.day - b.day);
  return holidays.map((h) => Object.freeze({ day: h.day, title: h.title }));
}

const cache = new Map<string, readonly HolidayDay[]>();

/** Options for {@link bankHolidaysByRule}. */
export interface RuleOptions {
  /** Apply the documented one-offs (one-off-holidays.ts); default true. False gives the regular rules alone. */
  oneOffs?: boolean;
}

/** The rules' holidays as day numbers, sorted, cached and frozen. */
function ruleHolidayDays(division: Division, year: number, oneOffs: boolean): readonly HolidayDay[] {
  assertDivision(division);
  assertRuleYear(year);
  const key = `${division}:${year}:${oneOffs}`;
  let days = cache.get(key);
  if (!days) {
    days = Object.freeze(computeHolidayDays(division, year, oneOffs));
    cache.set(key, days);
  }
  return days;
}

/**
 * The bank holidays of a division in a year as day numbers, sorted and frozen:
 * GOV.UK's published list where the snapshot covers the year, the rules
 * otherwise. The calendar's fast path; most callers want {@link bankHolidays}.
 */
export function bankHolidayDays(division: Division, year: number): readonly HolidayDay[] {
  assertDivision(division);
  assertRuleYear(year);
  return publishedHolidayDays(division, year, ruleHolidayDays(division, year, true));
}

/**
 * The bank holidays of a division in a year, in date order, for any year
 * 1970-2100 (a RangeError outside): GOV.UK's published dates and titles
 * where the snapshot covers the year, the rules and documented one-offs
 * otherwise. A substitute day carries the holiday's title plus " (substitute day)".
 *
 * @example bankHolidays('scotland', 2026)[5] // { date: '2026-06-15', title: 'World Cup bank holiday' }
 */
export function bankHolidays(division: Division, year: number): BankHoliday[] {
  return toBankHolidays(bankHolidayDays(division, year));
}

/**
 * The bank holidays the rules give (with the documented one-offs unless
 * `oneOffs: false`), whatever GOV.UK has published: for checking the rules
 * against the snapshot, and the only source beyond it.
 */
export function bankHolidaysByRule(division: Division, year: number, options: RuleOptions = {}): BankHoliday[] {
  return toBankHolidays(ruleHolidayDays(division, year, options.oneOffs !== false));
}

function toBankHolidays(days: readonly HolidayDay[]): BankHoliday[] {
  return days.map((h) => ({ date: fromDayNumber(h.day), title: h.title }));
}

// How far ahead the published list reaches, and the one-offs, are part of the public surface (index.ts re-exports this module).
export {
  HOLIDAYS_CERTAIN_UNTIL,
  HOLIDAYS_SOURCE,
  mayChangeWithNewHolidays,
  PUBLISHED_FIRST_YEAR,
  PUBLISHED_LAST_YEAR,
  type HolidaysSnapshot,
} from './published-holidays.js';
export { ONE_OFF_HOLIDAYS, type OneOffHoliday } from './one-off-holidays.js';
