/**
 * Reads GOV.UK's bank-holidays.json (https://www.gov.uk/bank-holidays.json):
 *
 * { "england-and-wales": { "division": "england-and-wales",
 *     "events": [{ "title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true }] },
 *   "scotland": {…}, "northern-ireland": {…} }
 *
 * A council that fetches the feed can hand it to the calendar so a newly
 * proclaimed holiday counts before the kit is updated. The feed is outside
 * data, so it is checked by hand, and every problem is named with its path.
 */
import { DIVISIONS, SUBSTITUTE_DAY_SUFFIX, type HolidayDay } from './bank-holidays.js';
import { fromDayNumber, InvalidDateError, partsFromDayNumber, toDayNumber } from './iso-date.js';
import type { BankHoliday, Division } from './types.js';

/** One problem in a feed: where (`feed["scotland"].events[3].date`) and what. */
export interface FeedIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown for a feed that is not a GOV.UK bank-holidays.json document; lists every problem. */
export class FeedError extends Error {
  readonly issues: readonly FeedIssue[];

  constructor(issues: readonly FeedIssue[]) {
    const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
    if (issues.length > 5) shown.push(`and ${issues.length - 5} more`);
    super(`Invalid GOV.UK bank holidays feed: ${shown.join('; ')}`);
    this.name = 'FeedError';
    this.issues = issues;
  }
}

/** A checked feed: which years it covers per division, and their holidays. */
export interface GovukFeed {
  /** Years with at least one event, per division, ascending. A division the feed lacks is absent. */
  readonly years: Readonly<Partial<Record<Division, readonly number[]>>>;
  /** The feed's holidays for a division and year, sorted; `undefined` when it does not cover that year. */
  holidays(division: Division, year: number): BankHoliday[] | undefined;
  /** The same as day numbers (the calendar's form). */
  holidayDays(division: Division, year: number): readonly HolidayDay[] | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** GOV.UK marks substitute days in `notes`; the kit puts it in the title. */
function titleOf(title: string, notes: unknown): string {
  const substitute = typeof notes === 'string' && /substitute day/i.test(notes) && !/substitute/i.test(title);
  return substitute ? title + SUBSTITUTE_DAY_SUFFIX : title;
}

function readDivision(key: Division, value: unknown, issues: FeedIssue[]): Map<number, HolidayDay[]> | undefined {
  const path = `feed[${JSON.stringify(key)}]`;
  if (!isRecord(value)) {
    issues.push({ path, message: `expected an object with an "events" array, got ${typeName(value)}` });
    return undefined;
  }
  if (!Array.isArray(value['events'])) {
    issues.push({ path: `${path}.events`, message: `expected an array, got ${typeName(value['events'])}` });
    return undefined;
  }
  if ('division' in value && value['division'] !== key) {
    issues.push({ path: `${path}.division`, message: `${JSON.stringify(value['division'])} does not match the key "${key}"` });
  }
  const byYear = new Map<number, HolidayDay[]>();
  const seen = new Set<number>();
  value['events'].forEach((event: unknown, index: number) => {
    const at = `${path}.events[${index}]`;
    if (!isRecord(event)) {
      issues.push({ path: at, message: `expected an object, got ${typeName(event)}` });
      return;
    }
    const { title, date, notes, bunting } = event;
    let ok = true;
    if (typeof title !== 'string' || title.trim() === '') {
      issues.push({ path: `${at}.title`, message: `expected a non-empty string, got ${typeName(title)}` });
      ok = false;
    }
    if (notes !== undefined && typeof notes !== 'string') {
      issues.push({ path: `${at}.notes`, message: `expected a string, got ${typeName(notes)}` });
      ok = false;
    }
    if (bunting !== undefined && typeof bunting !== 'boolean') {
      issues.push({ path: `${at}.bunting`, message: `expected true or false, got ${typeName(bunting)}` });
      ok = false;
    }
    let day = 0;
    try {
      day = toDayNumber(date as string);
    } catch (error) {
      if (!(error instanceof InvalidDateError)) throw error;
      issues.push({ path: `${at}.date`, message: error.message });
      return;
    }
    if (seen.has(day)) {
      issues.push({ path: `${at}.date`, message: `${JSON.stringify(date)} appears more than once` });
      return;
    }
    seen.add(day);
    if (!ok) return;
    const year = partsFromDayNumber(day).year;
    let list = byYear.get(year);
    if (!list) byYear.set(year, (list = []));
    list.push(Object.freeze({ day, title: titleOf((title as string).trim(), notes) }));
  });
  for (const list of byYear.values()) list.sort((a, b) => a.day - b.day);
  return byYear;
}

/**
 * Checks a GOV.UK bank-holidays.json document (the parsed object, or its JSON
 * text) and indexes it by division and year. Divisions it does not name are
 * left to the rules; unknown top-level keys are ignored. Throws
 * {@link FeedError} naming every bad entry, e.g.
 * `feed["scotland"].events[3].date: "2026-13-01" is not a real date`.
 */
export function parseGovukFeed(input: unknown): GovukFeed {
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      throw new FeedError([{ path: 'feed', message: `is not valid JSON (${(error as Error).message})` }]);
    }
  }
  if (!isRecord(document)) {
    throw new FeedError([{ path: 'feed', message: `expected a GOV.UK bank-holidays.json object, got ${typeName(document)}` }]);
  }
  const issues: FeedIssue[] = [];
  const divisions = new Map<Division, Map<number, HolidayDay[]>>();
  for (const division of DIVISIONS) {
    if (!(division in document)) continue;
    const byYear = readDivision(division, document[division], issues);
    if (byYear) divisions.set(division, byYear);
  }
  if (issues.length === 0 && divisions.size === 0) {
    issues.push({ path: 'feed', message: `has none of the divisions ${DIVISIONS.map((d) => `"${d}"`).join(', ')}` });
  }
  if (issues.length > 0) throw new FeedError(issues);

  const years: Partial<Record<Division, readonly number[]>> = {};
  for (const [division, byYear] of divisions) years[division] = Object.freeze([...byYear.keys()].sort((a, b) => a - b));
  const holidayDays = (division: Division, year: number): readonly HolidayDay[] | undefined => divisions.get(division)?.get(year);
  return Object.freeze({
    years: Object.freeze(years),
    holidayDays,
    holidays: (division: Division, year: number) =>
      holidayDays(division, year)?.map((h) => ({ date: fromDayNumber(h.day), title: h.title })),
  });
}
