/**
 * Turns GOV.UK's bank-holidays.json into the kit's snapshot (see
 * published-holidays.ts: where GOV.UK differs from the rules) and the
 * snapshot into the source of holidays-snapshot.ts. Used by
 * `npm run holidays:update` (scripts/holidays-update.mjs); not on the
 * resident's path.
 */
import { bankHolidaysByRule, DIVISIONS, FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR } from './bank-holidays.js';
import { parseGovukFeed, type GovukFeed } from './govuk-feed.js';
import { SUBSTITUTE_DAY_SUFFIX, type HolidayDay } from './holiday-day.js';
import { partsFromDayNumber, toDayNumber } from './iso-date.js';
import { snapshotReader, titleLetter, type HolidaysSnapshot } from './published-holidays.js';
import type { Division, ISODate } from './types.js';

/** GOV.UK's feed address, the snapshot's source. */
export const GOVUK_BANK_HOLIDAYS_URL = 'https://www.gov.uk/bank-holidays.json';

/** Fewer holidays than this in a year of a division means a truncated or wrong feed (England and Wales have 8 a year). */
const FEWEST_PER_YEAR = 8;

/** Thrown when a feed cannot become a snapshot; says why in words. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

function feedYears(feed: GovukFeed): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const division of DIVISIONS) {
    const years = feed.years[division];
    if (!years || years.length === 0) throw new SnapshotError(`The feed has no "${division}" holidays: a snapshot needs all three divisions`);
    first = Math.min(first, years[0]!);
    last = Math.max(last, years.at(-1)!);
  }
  return { first, last };
}

/** The rules' holidays (with the documented one-offs) as day numbers; none beyond the years the rules cover. */
function ruleDays(division: Division, year: number): HolidayDay[] | undefined {
  if (year < FIRST_BANK_HOLIDAY_YEAR || year > LAST_BANK_HOLIDAY_YEAR) return undefined;
  return bankHolidaysByRule(division, year).map((h) => ({ day: toDayNumber(h.date), title: h.title }));
}

/**
 * GOV.UK's whole list for a division and year as a snapshot holds it (its
 * exceptions on the rules), or `undefined` outside the snapshot's years.
 */
export function snapshotHolidays(snapshot: HolidaysSnapshot): (division: Division, year: number) => readonly HolidayDay[] | undefined {
  const read = snapshotReader(snapshot);
  return (division, year) => {
    const rules = year >= snapshot.firstYear && year <= snapshot.lastYear ? ruleDays(division, year) : undefined;
    return rules && read(division, year, rules);
  };
}

/** "MMDD" of a day number. */
function monthDay(day: number): string {
  const { month, day: dayOfMonth } = partsFromDayNumber(day);
  return `${String(month).padStart(2, '0')}${String(dayOfMonth).padStart(2, '0')}`;
}

/** A year's entries where GOV.UK's list differs from the rules' (see published-holidays.ts), '' where they agree. */
function exceptionsOf(published: readonly HolidayDay[], rules: readonly HolidayDay[], titles: string[]): string {
  const byRule = new Map(rules.map((h) => [h.day, h.title]));
  const days = new Set(published.map((h) => h.day));
  const entries: string[] = [];
  for (const { day, title } of published) {
    if (byRule.get(day) === title) continue;
    const substitute = title.endsWith(SUBSTITUTE_DAY_SUFFIX);
    const base = substitute ? title.slice(0, -SUBSTITUTE_DAY_SUFFIX.length) : title;
    let index = titles.indexOf(base);
    if (index === -1) index = titles.push(base) - 1;
    entries.push(`${monthDay(day)}${titleLetter(index)}${substitute ? '~' : ''}`);
  }
  for (const { day } of rules) if (!days.has(day)) entries.push(`${monthDay(day)}-`);
  return entries.sort().join(' ');
}

/**
 * A snapshot from a GOV.UK feed (parsed object or JSON text), read on `asOf`.
 * Checks the feed (a FeedError names every bad entry), that every division
 * has every year from the first to the last, each with at least 8 holidays.
 * Years of `previous` before the feed's first year are kept (GOV.UK drops
 * old years from its feed; they are still facts an old request counts on);
 * the feed replaces every year it covers. What it holds is where the list
 * differs from the rules, so the rules give the rest.
 */
export function snapshotFromFeed(input: unknown, asOf: ISODate, previous?: HolidaysSnapshot): HolidaysSnapshot {
  const feed = parseGovukFeed(input);
  const { first, last } = feedYears(feed);
  const keptFrom = previous && previous.firstYear < first ? previous.firstYear : first;
  const old = previous ? snapshotHolidays(previous) : undefined;
  const titles: string[] = [];
  const exceptions = {} as Record<Division, Record<number, string>>;
  for (const division of DIVISIONS) {
    const years: Record<number, string> = {};
    for (let year = keptFrom; year <= last; year += 1) {
      const days = year >= first ? feed.holidayDays(division, year) : old!(division, year);
      if (!days) throw new SnapshotError(`The feed has no "${division}" holidays in ${year}, between years it covers`);
      if (days.length < FEWEST_PER_YEAR) {
        throw new SnapshotError(`The feed has only ${days.length} "${division}" holidays in ${year}: expected at least ${FEWEST_PER_YEAR}`);
      }
      const rules = ruleDays(division, year);
      if (!rules) throw new SnapshotError(`The feed lists ${year}, beyond the years the rules cover (${FIRST_BANK_HOLIDAY_YEAR}-${LAST_BANK_HOLIDAY_YEAR})`);
      const differences = exceptionsOf(days, rules, titles);
      if (differences) years[year] = differences;
    }
    exceptions[division] = years;
  }
  return { source: GOVUK_BANK_HOLIDAYS_URL, asOf, firstYear: keptFrom, lastYear: last, titles, exceptions };
}

/** A string as a single-quoted TypeScript literal, the repository's style. */
function quoted(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

/** The TypeScript source of holidays-snapshot.ts for a snapshot. */
export function snapshotModuleSource(snapshot: HolidaysSnapshot): string {
  const lines = [
    "// GOV.UK's published bank holidays where they differ from the rules, in the kit's compact form",
    '// (see published-holidays.ts). Written by `npm run holidays:update` (scripts/holidays-update.mjs):',
    '// do not edit by hand.',
    "import type { HolidaysSnapshot } from './published-holidays.js';",
    '',
    'export const HOLIDAYS_SNAPSHOT: HolidaysSnapshot = {',
    `  source: ${quoted(snapshot.source)},`,
    `  asOf: ${quoted(snapshot.asOf)},`,
    `  firstYear: ${snapshot.firstYear},`,
    `  lastYear: ${snapshot.lastYear},`,
    '  titles: [',
    ...snapshot.titles.map((title, i) => `    ${quoted(title)}, // ${titleLetter(i)}`),
    '  ],',
    '  exceptions: {',
  ];
  for (const division of DIVISIONS) {
    const key = division.includes('-') ? quoted(division) : division;
    const years = Object.entries(snapshot.exceptions[division]);
    if (years.length === 0) {
      lines.push(`    ${key}: {},`);
      continue;
    }
    lines.push(`    ${key}: {`);
    for (const [year, entries] of years) lines.push(`      ${year}: ${quoted(entries)},`);
    lines.push('    },');
  }
  lines.push('  },', '};', '');
  return lines.join('\n');
}

/** The text of a single-quoted literal written by {@link quoted}. */
function unquoted(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, '$1');
}

/**
 * Reads back a snapshot module written by {@link snapshotModuleSource} (the
 * update script keeps its earlier years), without loading it as code.
 * Throws a SnapshotError when the text is not such a module.
 */
export function snapshotFromModuleSource(source: string): HolidaysSnapshot {
  const field = (name: string): string => {
    const match = new RegExp(`^  ${name}: (.+),$`, 'm').exec(source);
    if (!match) throw new SnapshotError(`The snapshot module has no "${name}" line`);
    return match[1]!;
  };
  const literal = "('(?:[^'\\\\]|\\\\.)*')";
  const titleLine = new RegExp(`^ {4}${literal},`);
  const yearLine = new RegExp(`^ {6}(\\d{4}): ${literal},$`);
  const titles: string[] = [];
  const exceptions = {} as Record<Division, Record<number, string>>;
  let inTitles = false;
  let years: Record<number, string> | undefined;
  for (const line of source.split('\n')) {
    if (line === '  titles: [') inTitles = true;
    else if (line === '  ],') inTitles = false;
    const division = /^ {4}'?([a-z-]+)'?: \{(\},)?$/.exec(line)?.[1] as Division | undefined;
    if (division && DIVISIONS.includes(division)) years = exceptions[division] = {};
    const title = inTitles ? titleLine.exec(line) : null;
    if (title) titles.push(unquoted(title[1]!));
    const year = years ? yearLine.exec(line) : null;
    if (year) years![Number(year[1])] = unquoted(year[2]!);
  }
  const snapshot: HolidaysSnapshot = {
    source: unquoted(field('source')),
    asOf: unquoted(field('asOf')),
    firstYear: Number(field('firstYear')),
    lastYear: Number(field('lastYear')),
    titles,
    exceptions,
  };
  for (const division of DIVISIONS) {
    if (!exceptions[division]) throw new SnapshotError(`The snapshot module has no "${division}" exceptions`);
    for (const year of Object.keys(exceptions[division]).map(Number)) {
      if (year < snapshot.firstYear || year > snapshot.lastYear) {
        throw new SnapshotError(`The snapshot module's "${division}" ${year} is outside ${snapshot.firstYear}-${snapshot.lastYear}`);
      }
    }
  }
  return snapshot;
}
