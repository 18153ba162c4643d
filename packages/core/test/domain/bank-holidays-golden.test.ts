/**
 * Golden test: the rules against GOV.UK's published lists.
 *
 * fixtures/govuk-bank-holidays.json is GOV.UK's https://www.gov.uk/bank-holidays.json
 * format, merged from published copies of GOV.UK's data covering 2012-2027:
 * 2012-2016 from a snapshot of the feed, 2017-2018 from GOV.UK's own source
 * data (alphagov/frontend lib/data/bank-holidays.json), 2019-2027 from a later
 * snapshot of the feed. Years overlapping between sources agreed.
 */
import { expect } from 'chai';
import { bankHolidays, DIVISIONS, SUBSTITUTE_DAY_SUFFIX } from '../../src/domain/bank-holidays.js';
import { createCalendar } from '../../src/domain/calendar.js';
import { addDays } from '../../src/domain/iso-date.js';
import type { Division } from '../../src/domain/types.js';
import govuk from './fixtures/govuk-bank-holidays.json' with { type: 'json' };

interface FeedEvent {
  title: string;
  date: string;
  notes: string;
  bunting: boolean;
}

const feed = govuk as Record<Division, { division: string; events: FeedEvent[] }>;

function eventsByYear(division: Division): Map<number, FeedEvent[]> {
  const byYear = new Map<number, FeedEvent[]>();
  for (const event of feed[division].events) {
    const year = Number(event.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), event]);
  }
  return byYear;
}

/**
 * Where GOV.UK's titles differ from the rules' for the same date. GOV.UK is not
 * consistent: in 2012 it marked the moved spring holiday "Substitute day" (not
 * in Northern Ireland, nor in 2002-style moves since); with 1 January on a
 * Sunday it named Scotland's Monday "2nd January" in 2017 but "New Year's Day
 * (substitute day)" in 2023. The rules keep one convention (2017's).
 */
const TITLE_QUIRKS = new Set([
  'england-and-wales 2012-06-04',
  'scotland 2012-06-04',
  'scotland 2023-01-02',
  'scotland 2023-01-03',
]);

describe('bank holidays against GOV.UK (golden)', () => {
  it('the fixture covers every year GOV.UK has published, 2012-2027, in all three divisions', () => {
    for (const division of DIVISIONS) {
      expect(feed[division].division).to.equal(division);
      expect([...eventsByYear(division).keys()]).to.deep.equal(Array.from({ length: 16 }, (_, i) => 2012 + i));
    }
  });

  for (const division of DIVISIONS) {
    for (const [year, events] of eventsByYear(division)) {
      it(`${division} ${year}: the same dates as GOV.UK, with sensible titles`, () => {
        const ours = bankHolidays(division, year);
        expect(ours.map((h) => h.date)).to.deep.equal(events.map((e) => e.date).sort());
        for (const event of events) {
          const title = ours.find((h) => h.date === event.date)!.title;
          if (TITLE_QUIRKS.has(`${division} ${event.date}`)) continue;
          const expected = event.title + (event.notes === 'Substitute day' ? SUBSTITUTE_DAY_SUFFIX : '');
          expect(title, event.date).to.equal(expected);
        }
      });
    }
  }

  it('the quirks are only titles: the base names are still GOV.UK holidays that year', () => {
    for (const key of TITLE_QUIRKS) {
      const [division, date] = key.split(' ') as [Division, string];
      const year = Number(date.slice(0, 4));
      const govukTitles = eventsByYear(division).get(year)!.map((e) => e.title);
      const title = bankHolidays(division, year).find((h) => h.date === date)!.title;
      expect(govukTitles).to.include(title.replace(SUBSTITUTE_DAY_SUFFIX, ''));
    }
  });

  it('a calendar fed the GOV.UK document counts exactly like the rules, day by day, 2012-2027', () => {
    for (const division of [...DIVISIONS, 'united-kingdom'] as const) {
      const byRule = createCalendar({ division });
      const byFeed = createCalendar({ division, feed: govuk });
      for (let date = '2012-01-01'; date < '2028-01-01'; date = addDays(date, 1)) {
        if (byRule.isWorkingDay(date) !== byFeed.isWorkingDay(date)) expect.fail(`${division} ${date}`);
      }
      expect(byFeed.workingDaysBetween('2011-12-31', '2027-12-31')).to.equal(byRule.workingDaysBetween('2011-12-31', '2027-12-31'));
    }
  });
});
