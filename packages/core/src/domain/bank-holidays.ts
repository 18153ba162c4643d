/**
 * UK bank holidays by rule, for any year 1970-2100, in the three divisions
 * GOV.UK publishes. Dates match GOV.UK's published lists (2012 onwards, a
 * golden test checks every one); titles are GOV.UK's, with a substitute day
 * written "Boxing Day (substitute day)" (GOV.UK puts "Substitute day" in a
 * separate `notes` field; the kit shows one string).
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
 * - One-offs and moves: see royal-proclamations.ts.
 */
import { easterSunday } from './easter.js';
import { dayNumberFromParts, daysInMonth, fromDayNumber, isoWeekdayOfDayNumber } from './iso-date.js';
import { PROCLAMATIONS, type MovableHoliday } from './royal-proclamations.js';
import type { BankHoliday, Division } from './types.js';

/** The divisions, in GOV.UK's order. */
export const DIVISIONS: readonly Division[] = Object.freeze(['england-and-wales', 'scotland', 'northern-ireland']);

/** The first and last years {@link bankHolidays} computes. */
export const FIRST_BANK_HOLIDAY_YEAR = 1970;
export const LAST_BANK_HOLIDAY_YEAR = 2100;

/** Appended to a holiday's title on its substitute day. */
export const SUBSTITUTE_DAY_SUFFIX = ' (substitute day)';

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

/** A holiday as a day number, the form the calendar works in. */
export interface HolidayDay {
  readonly day: number;
  readonly title: string;
}

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
  movable?: MovableHoliday;
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
    rules.push({ day: firstMonday(year, 5), title: HOLIDAY_TITLES.earlyMay, movable: 'early-may' });
  }
  rules.push({ day: lastMonday(year, 5), title: HOLIDAY_TITLES.spring, movable: 'spring' });
  rules.push({ day: scotland ? firstMonday(year, 8) : lastMonday(year, 8), title: HOLIDAY_TITLES.summer });
  return rules;
}

function applyProclamations(year: number, rules: Rule[]): Rule[] {
  const proclamation = PROCLAMATIONS[year];
  if (!proclamation) return rules;
  const result = rules.map((rule) => {
    const move = proclamation.moves.find((m) => m.holiday === rule.movable);
    return move ? { day: dayNumberFromParts(year, move.month, move.day), title: move.title ?? rule.title } : rule;
  });
  for (const extra of proclamation.extras) {
    result.push({ day: dayNumberFromParts(year, extra.month, extra.day), title: extra.title });
  }
  return result;
}

function isWeekendDay(day: number): boolean {
  return isoWeekdayOfDayNumber(day) >= 6;
}

function computeHolidayDays(division: Division, year: number): HolidayDay[] {
  const fixed = fixedDateHolidays(division, year);
  const holidays: HolidayDay[] = applyProclamations(year, weekdayHolidays(division, year));
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

/**
 * The bank holidays of a division in a year as day numbers, sorted. Cached
 * and frozen: the calendar's fast path. Most callers want {@link bankHolidays}.
 */
export function bankHolidayDays(division: Division, year: number): readonly HolidayDay[] {
  assertDivision(division);
  assertRuleYear(year);
  const key = `${division}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = Object.freeze(computeHolidayDays(division, year));
    cache.set(key, days);
  }
  return days;
}

/**
 * The bank holidays of a division in a year, in date order, computed by rule
 * for any year 1970-2100 (a RangeError outside). A substitute day carries
 * the holiday's title plus " (substitute day)".
 *
 * @example bankHolidays('scotland', 2026)[1] // { date: '2026-01-02', title: '2nd January' }
 */
export function bankHolidays(division: Division, year: number): BankHoliday[] {
  return bankHolidayDays(division, year).map((h) => ({ date: fromDayNumber(h.day), title: h.title }));
}
