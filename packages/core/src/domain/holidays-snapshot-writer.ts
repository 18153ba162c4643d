/**
 * Turns GOV.UK's bank-holidays.json into the kit's snapshot (see
 * published-holidays.ts) and the snapshot into the source of
 * holidays-snapshot.ts. Used by `npm run holidays:update`
 * (scripts/holidays-update.mjs); not on the resident's path.
 */
import { DIVISIONS } from './bank-holidays.js';
import { parseGovukFeed, type GovukFeed } from './govuk-feed.js';
import { SUBSTITUTE_DAY_SUFFIX } from './holiday-day.js';
import { partsFromDayNumber } from './iso-date.js';
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

/**
 * A snapshot from a GOV.UK feed (parsed object or JSON text), read on `asOf`.
 * Checks the feed (a FeedError names every bad entry), that every division
 * has every year from the first to the last, each with at least 8 holidays.
 * Years of `previous` before the feed's first year are kept (GOV.UK drops
 * old years from its feed; they are still facts an old request counts on);
 * the feed replaces every year it covers.
 */
export function snapshotFromFeed(input: unknown, asOf: ISODate, previous?: HolidaysSnapshot): HolidaysSnapshot {
  const feed = parseGovukFeed(input);
  const { first, last } = feedYears(feed);
  const keptFrom = previous && previous.firstYear < first ? previous.firstYear : first;
  const old = previous ? snapshotReader(previous) : undefined;
  const titles: string[] = [];
  const divisions = {} as Record<Division, string[]>;
  for (const division of DIVISIONS) {
    const years: string[] = [];
    for (let year = keptFrom; year <= last; year += 1) {
      const days = year >= first ? feed.holidayDays(division, year) : old!(division, year);
      if (!days) throw new SnapshotError(`The feed has no "${division}" holidays in ${year}, between years it covers`);
      if (days.length < FEWEST_PER_YEAR) {
        throw new SnapshotError(`The feed has only ${days.length} "${division}" holidays in ${year}: expected at least ${FEWEST_PER_YEAR}`);
      }
      years.push(
        days
          .map(({ day, title }) => {
            const substitute = title.endsWith(SUBSTITUTE_DAY_SUFFIX);
            const base = substitute ? title.slice(0, -SUBSTITUTE_DAY_SUFFIX.length) : title;
            let index = titles.indexOf(base);
            if (index === -1) index = titles.push(base) - 1;
            const { month, day: dayOfMonth } = partsFromDayNumber(day);
            return `${String(month).padStart(2, '0')}${String(dayOfMonth).padStart(2, '0')}${titleLetter(index)}${substitute ? '~' : ''}`;
          })
          .join(' '),
      );
    }
    divisions[division] = years;
  }
  return { source: GOVUK_BANK_HOLIDAYS_URL, asOf, firstYear: keptFrom, lastYear: last, titles, divisions };
}

/** A string as a single-quoted TypeScript literal, the repository's style. */
function quoted(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}

/** The TypeScript source of holidays-snapshot.ts for a snapshot. */
export function snapshotModuleSource(snapshot: HolidaysSnapshot): string {
  const lines = [
    "// GOV.UK's published bank holidays, in the kit's compact form (see published-holidays.ts).",
    '// Written by `npm run holidays:update` (scripts/holidays-update.mjs): do not edit by hand.',
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
    '  divisions: {',
  ];
  for (const division of DIVISIONS) {
    lines.push(`    ${division.includes('-') ? quoted(division) : division}: [`);
    snapshot.divisions[division].forEach((year, i) => lines.push(`      ${quoted(year)}, // ${snapshot.firstYear + i}`));
    lines.push('    ],');
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
  const literal = /^ {4,6}('(?:[^'\\]|\\.)*'),/;
  const titles: string[] = [];
  const divisions = {} as Record<Division, string[]>;
  let section: string[] | undefined;
  for (const line of source.split('\n')) {
    if (line === '  titles: [') section = titles;
    const division = /^ {4}'?([a-z-]+)'?: \[$/.exec(line)?.[1] as Division | undefined;
    if (division && DIVISIONS.includes(division)) section = divisions[division] = [];
    const match = literal.exec(line);
    if (match && section) section.push(unquoted(match[1]!));
  }
  const snapshot: HolidaysSnapshot = {
    source: unquoted(field('source')),
    asOf: unquoted(field('asOf')),
    firstYear: Number(field('firstYear')),
    lastYear: Number(field('lastYear')),
    titles,
    divisions,
  };
  for (const division of DIVISIONS) {
    if (divisions[division]?.length !== snapshot.lastYear - snapshot.firstYear + 1) {
      throw new SnapshotError(`The snapshot module's "${division}" list does not cover ${snapshot.firstYear}-${snapshot.lastYear}`);
    }
  }
  return snapshot;
}
