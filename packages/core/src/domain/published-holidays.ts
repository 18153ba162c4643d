/**
 * GOV.UK's published bank holidays, from the snapshot kept in the repository
 * (holidays-snapshot.ts, refreshed by `npm run holidays:update`). For every
 * year it covers GOV.UK's list is the truth: it has what governments announce
 * (a royal occasion, Scotland's World Cup day) and rules cannot know. Beyond
 * its last year dates come from the rules and may change if a new bank
 * holiday is announced: {@link HOLIDAYS_CERTAIN_UNTIL} says up to when they
 * are certain, so widgets can say so.
 *
 * The snapshot is on the resident's path, so it keeps only where GOV.UK's
 * list differs from the rules (with the documented one-offs): in the other
 * years and dates the rules give GOV.UK's list exactly, as a test checks
 * against the whole list. Per division and year, entries "MMDD" + a title
 * letter (a = titles[0], …, z, A, …) + "~" on a substitute day for a holiday
 * the rules lack or name otherwise, and "MMDD-" for a rules' day GOV.UK has not.
 */
import { HOLIDAYS_SNAPSHOT } from './holidays-snapshot.js';
import { SUBSTITUTE_DAY_SUFFIX, type HolidayDay } from './holiday-day.js';
import { dayNumberFromParts } from './iso-date.js';
import type { Division, ISODate } from './types.js';

/** GOV.UK's bank holidays for a span of years, in the kit's compact form: where they differ from the rules. */
export interface HolidaysSnapshot {
  /** Where the dates come from: https://www.gov.uk/bank-holidays.json */
  readonly source: string;
  /** The day the list was read from the source. */
  readonly asOf: ISODate;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Every title the exceptions name, once; entries point into it by letter. */
  readonly titles: readonly string[];
  /** Per division, by year, GOV.UK's differences from the rules; a year not listed is the rules' exactly. */
  readonly exceptions: Readonly<Record<Division, Readonly<Record<number, string>>>>;
}

const TITLE_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The letter that stands for titles[index] in a snapshot entry. */
export function titleLetter(index: number): string {
  const letter = TITLE_LETTERS[index];
  if (letter === undefined) throw new RangeError(`A snapshot can name at most ${TITLE_LETTERS.length} titles`);
  return letter;
}

const ENTRY = /^(\d\d)(\d\d)(?:([a-zA-Z])(~?)|-)$/;

/** A year's rules' holidays with the snapshot's exceptions applied; throws on a malformed entry (the writer checks them, so this is a guard). */
function applyExceptions(snapshot: HolidaysSnapshot, year: number, encoded: string, rules: readonly HolidayDay[]): HolidayDay[] {
  const changed = new Set<number>();
  const added: HolidayDay[] = [];
  for (const entry of encoded.split(' ')) {
    const match = ENTRY.exec(entry);
    const title = match?.[3] ? snapshot.titles[TITLE_LETTERS.indexOf(match[3])] : '';
    if (!match || title === undefined) throw new SyntaxError(`Bad holidays snapshot entry ${JSON.stringify(entry)} in ${year}`);
    const day = dayNumberFromParts(year, Number(match[1]), Number(match[2]));
    changed.add(day);
    if (title) added.push(Object.freeze({ day, title: match[4] ? title + SUBSTITUTE_DAY_SUFFIX : title }));
  }
  return [...rules.filter((h) => !changed.has(h.day)), ...added].sort((a, b) => a.day - b.day);
}

/**
 * A snapshot's holidays for a division and year, given the rules' for that
 * year: the rules' own list where GOV.UK agrees, else GOV.UK's (worked out
 * once per division and year).
 */
export function snapshotReader(
  snapshot: HolidaysSnapshot,
): (division: Division, year: number, rules: readonly HolidayDay[]) => readonly HolidayDay[] {
  const cache = new Map<string, readonly HolidayDay[]>();
  return (division, year, rules) => {
    const encoded = snapshot.exceptions[division]?.[year];
    if (!encoded) return rules;
    const key = `${division}:${year}`;
    let days = cache.get(key);
    if (!days) cache.set(key, (days = Object.freeze(applyExceptions(snapshot, year, encoded, rules))));
    return days;
  };
}

/** GOV.UK's published holidays for a division and year, given the rules' (the same outside the snapshot's years). */
export const publishedHolidayDays = snapshotReader(HOLIDAYS_SNAPSHOT);

/** The first and last years GOV.UK's published list (the snapshot) covers. */
export const PUBLISHED_FIRST_YEAR = HOLIDAYS_SNAPSHOT.firstYear;
export const PUBLISHED_LAST_YEAR = HOLIDAYS_SNAPSHOT.lastYear;

/**
 * The last day whose working-day status is certain: 31 December of the
 * snapshot's last year. After it, dates are counted by rule, and a bank
 * holiday announced later could move them: widgets say "Dates after
 * {date} may change if new bank holidays are announced".
 */
export const HOLIDAYS_CERTAIN_UNTIL: ISODate = `${PUBLISHED_LAST_YEAR}-12-31`;

/** Where the published dates come from and when they were read. */
export const HOLIDAYS_SOURCE: { readonly url: string; readonly asOf: ISODate } = Object.freeze({
  url: HOLIDAYS_SNAPSHOT.source,
  asOf: HOLIDAYS_SNAPSHOT.asOf,
});

/**
 * Whether a date is beyond the published list, so a new bank holiday could
 * still change whether it is a working day. `certainUntil` defaults to
 * {@link HOLIDAYS_CERTAIN_UNTIL} (pass a later one when a live feed covers more years).
 */
export function mayChangeWithNewHolidays(date: ISODate, certainUntil: ISODate = HOLIDAYS_CERTAIN_UNTIL): boolean {
  return date > certainUntil;
}
