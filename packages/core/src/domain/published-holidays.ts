/**
 * GOV.UK's published bank holidays, from the snapshot kept in the repository
 * (holidays-snapshot.ts, refreshed by `npm run holidays:update`). For every
 * year it covers the snapshot is the truth: it has what governments announce
 * (a royal occasion, Scotland's World Cup day) and rules cannot know. Beyond
 * its last year dates come from the rules and may change if a new bank
 * holiday is announced: {@link HOLIDAYS_CERTAIN_UNTIL} says up to when they
 * are certain, so widgets can say so.
 *
 * The snapshot is compact because it is on the resident's path: titles are
 * listed once, and each division has one string per year of entries
 * "MMDD" + a title letter (a = titles[0], …, z, A, …) + "~" on a substitute day.
 */
import { HOLIDAYS_SNAPSHOT } from './holidays-snapshot.js';
import { SUBSTITUTE_DAY_SUFFIX, type HolidayDay } from './holiday-day.js';
import { dayNumberFromParts } from './iso-date.js';
import type { Division, ISODate } from './types.js';

/** GOV.UK's bank holidays for a span of years, in the kit's compact form. */
export interface HolidaysSnapshot {
  /** Where the dates come from: https://www.gov.uk/bank-holidays.json */
  readonly source: string;
  /** The day the list was read from the source. */
  readonly asOf: ISODate;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Every title once; entries point into it by letter. */
  readonly titles: readonly string[];
  /** Per division, one string per year from `firstYear` to `lastYear`. */
  readonly divisions: Readonly<Record<Division, readonly string[]>>;
}

const TITLE_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The letter that stands for titles[index] in a snapshot entry. */
export function titleLetter(index: number): string {
  const letter = TITLE_LETTERS[index];
  if (letter === undefined) throw new RangeError(`A snapshot can name at most ${TITLE_LETTERS.length} titles`);
  return letter;
}

const ENTRY = /^(\d\d)(\d\d)([a-zA-Z])(~?)$/;

/** Reads one year's entries; throws on a malformed entry (the snapshot is checked when written, so this is a guard). */
function decodeYear(snapshot: HolidaysSnapshot, year: number, encoded: string): HolidayDay[] {
  if (encoded === '') return [];
  return encoded.split(' ').map((entry) => {
    const match = ENTRY.exec(entry);
    const title = match ? snapshot.titles[TITLE_LETTERS.indexOf(match[3]!)] : undefined;
    if (!match || title === undefined) throw new SyntaxError(`Bad holidays snapshot entry ${JSON.stringify(entry)} in ${year}`);
    const day = dayNumberFromParts(year, Number(match[1]), Number(match[2]));
    return Object.freeze({ day, title: match[4] ? title + SUBSTITUTE_DAY_SUFFIX : title });
  });
}

/** A snapshot's holidays by division and year, decoded once per year as they are asked for. */
export function snapshotReader(snapshot: HolidaysSnapshot): (division: Division, year: number) => readonly HolidayDay[] | undefined {
  const cache = new Map<string, readonly HolidayDay[]>();
  return (division, year) => {
    const encoded = snapshot.divisions[division]?.[year - snapshot.firstYear];
    if (year < snapshot.firstYear || year > snapshot.lastYear || encoded === undefined) return undefined;
    const key = `${division}:${year}`;
    let days = cache.get(key);
    if (!days) cache.set(key, (days = Object.freeze(decodeYear(snapshot, year, encoded))));
    return days;
  };
}

/** GOV.UK's published holidays for a division and year, or `undefined` outside the snapshot's years. */
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
