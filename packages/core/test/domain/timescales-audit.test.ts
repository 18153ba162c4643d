/**
 * The check an auditor would make: for every day a request could be received
 * from 1 January 2012 to the last day of GOV.UK's published list, every date
 * of every timescale in the default charter, against a computation of our
 * own from GOV.UK's whole list (kept beside the tests, govuk-bank-holidays.ts:
 * plain `Date` arithmetic, one day at a time, nothing shared with the calendar
 * or the snapshot). Due dates that run past the list into the next year count
 * on the rules for that year, as the kit does.
 */
import { expect } from 'chai';
import { bankHolidaysByRule, DIVISIONS } from '../../src/domain/bank-holidays.js';
import { defaultCharter } from '../../src/domain/default-charter.js';
import { HOLIDAYS_SNAPSHOT } from '../../src/domain/holidays-snapshot.js';
import { govukBankHolidays } from './govuk-bank-holidays.js';
import { dueDateFor, extendedDueDateFor } from '../../src/domain/timescales.js';
import type { Division } from '../../src/domain/types.js';

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const govuk = govukBankHolidays();

/** GOV.UK's holiday dates of a division, from its whole list. */
function publishedDates(division: Division): string[] {
  return govuk[division].events.map((event) => event.date);
}

function holidaySet(divisions: readonly Division[]): Set<string> {
  const set = new Set<string>();
  for (const division of divisions) {
    for (const date of publishedDates(division)) set.add(date);
    for (const { date } of bankHolidaysByRule(division, HOLIDAYS_SNAPSHOT.lastYear + 1)) set.add(date);
  }
  return set;
}

const council = holidaySet([defaultCharter.organisation.division]);
const unitedKingdom = holidaySet(DIVISIONS);

function isWorkingDay(ms: number, holidays: Set<string>): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso(ms));
}

/** The Nth working day after the day of receipt. */
function workingDaysLater(received: number, days: number, holidays: Set<string>): string {
  let ms = received;
  for (let counted = 0; counted < days; ) {
    ms += DAY_MS;
    if (isWorkingDay(ms, holidays)) counted += 1;
  }
  return iso(ms);
}

/** The same date `months` later (or that month's last day), then the next council working day. */
function monthsLater(received: number, months: number): string {
  const date = new Date(received);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0)).getUTCDate();
  let ms = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, Math.min(date.getUTCDate(), lastDay));
  while (!isWorkingDay(ms, council)) ms += DAY_MS;
  return iso(ms);
}

const expected: Record<string, (received: number) => string> = {
  'complaint-acknowledgement': (r) => workingDaysLater(r, 3, council),
  'complaint-stage-1': (r) => workingDaysLater(r, 10, council),
  'complaint-stage-2': (r) => workingDaysLater(r, 20, council),
  foi: (r) => workingDaysLater(r, 20, unitedKingdom),
  sar: (r) => monthsLater(r, 1),
  'letter-more-information': (r) => workingDaysLater(r, 8, council),
};

describe('the auditor’s check: every due date, every received day 2012 to the end of GOV.UK’s list', () => {
  const first = Date.UTC(2012, 0, 1);
  const last = Date.UTC(HOLIDAYS_SNAPSHOT.lastYear, 11, 31);

  it('the default charter has exactly these dated timescales, with these rules', () => {
    const dated = defaultCharter.timescales.filter((t) => t.rule.kind !== 'duration').map((t) => t.id);
    expect(dated.sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const [id, expect1] of Object.entries(expected)) {
    it(`${id}: every received day`, () => {
      const wrong: string[] = [];
      for (let ms = first; ms <= last; ms += DAY_MS) {
        const received = iso(ms);
        const ours = dueDateFor(defaultCharter, id, received);
        const theirs = expect1(ms);
        if (ours !== theirs) wrong.push(`${received}: kit ${ours}, audit ${theirs}`);
      }
      expect(wrong.slice(0, 10), `${wrong.length} wrong`).to.deep.equal([]);
    });
  }

  it('sar extended to 3 months: every received day', () => {
    const wrong: string[] = [];
    for (let ms = first; ms <= last; ms += DAY_MS) {
      const received = iso(ms);
      const ours = extendedDueDateFor(defaultCharter, 'sar', received);
      if (ours !== monthsLater(ms, 3)) wrong.push(`${received}: kit ${ours}, audit ${monthsLater(ms, 3)}`);
    }
    expect(wrong.slice(0, 10), `${wrong.length} wrong`).to.deep.equal([]);
  });

  it('the audit itself knows the World Cup day: FOI received Saturday 16 May 2026 is due Tuesday 16 June 2026', () => {
    expect(expected['foi']!(Date.UTC(2026, 4, 16))).to.equal('2026-06-16');
  });
});
