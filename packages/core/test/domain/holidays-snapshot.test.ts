/**
 * GOV.UK's published bank holidays (the repository's snapshot: where they
 * differ from the rules) as the primary source, checked against GOV.UK's
 * whole list kept beside the tests, and the writer that
 * `npm run holidays:update` uses.
 */
import { expect } from 'chai';
import { bankHolidays, bankHolidaysByRule, DIVISIONS } from '../../src/domain/bank-holidays.js';
import { createCalendar } from '../../src/domain/calendar.js';
import { defaultCharter } from '../../src/domain/default-charter.js';
import { FeedError } from '../../src/domain/govuk-feed.js';
import { HOLIDAYS_SNAPSHOT } from '../../src/domain/holidays-snapshot.js';
import {
  SnapshotError,
  snapshotFromFeed,
  snapshotFromModuleSource,
  snapshotHolidays,
  snapshotModuleSource,
} from '../../src/domain/holidays-snapshot-writer.js';
import { fromDayNumber } from '../../src/domain/iso-date.js';
import { ONE_OFF_HOLIDAYS } from '../../src/domain/one-off-holidays.js';
import {
  HOLIDAYS_CERTAIN_UNTIL,
  HOLIDAYS_SOURCE,
  mayChangeWithNewHolidays,
  PUBLISHED_FIRST_YEAR,
  PUBLISHED_LAST_YEAR,
  snapshotReader,
  titleLetter,
  type HolidaysSnapshot,
} from '../../src/domain/published-holidays.js';
import { dueDateFor } from '../../src/domain/timescales.js';
import type { Division } from '../../src/domain/types.js';
import { GOVUK_AS_OF, govukBankHolidays } from './govuk-bank-holidays.js';

const years = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('GOV.UK’s published bank holidays (the snapshot)', () => {
  it('names its source and date, and covers every year from its first to its last in all three divisions', () => {
    expect(HOLIDAYS_SOURCE).to.deep.equal({ url: 'https://www.gov.uk/bank-holidays.json', asOf: HOLIDAYS_SNAPSHOT.asOf });
    expect(HOLIDAYS_SNAPSHOT.asOf).to.match(/^\d{4}-\d\d-\d\d$/);
    expect([PUBLISHED_FIRST_YEAR, PUBLISHED_LAST_YEAR]).to.deep.equal([2012, 2028]);
  });

  it('gives GOV.UK’s whole list back, every date and title of every year it covers', () => {
    const govuk = govukBankHolidays();
    for (const division of DIVISIONS) {
      for (const year of years(PUBLISHED_FIRST_YEAR, PUBLISHED_LAST_YEAR)) {
        const published = govuk[division].events
          .filter((e) => e.date.startsWith(`${year}-`))
          .map((e) => ({ date: e.date, title: e.notes === 'Substitute day' ? `${e.title} (substitute day)` : e.title }));
        expect(bankHolidays(division, year), `${division} ${year}`).to.deep.equal(published);
      }
    }
  });

  it('holds only where GOV.UK differs from the rules with the documented one-offs: two titles in 2012, two in Scotland in 2023', () => {
    expect(HOLIDAYS_SNAPSHOT.exceptions).to.deep.equal({
      'england-and-wales': { 2012: '0604a~' },
      scotland: { 2012: '0604a~', 2023: '0102b~ 0103c~' },
      'northern-ireland': {},
    });
  });

  it('says how far ahead dates are certain: to 31 December of its last year', () => {
    expect(HOLIDAYS_CERTAIN_UNTIL).to.equal('2028-12-31');
    expect(mayChangeWithNewHolidays('2028-12-31')).to.equal(false);
    expect(mayChangeWithNewHolidays('2029-01-02')).to.equal(true);
    expect(mayChangeWithNewHolidays('2029-01-02', '2030-12-31')).to.equal(false);
  });

  it('is the source of bankHolidays() for the years it covers: Scotland’s World Cup day, 15 June 2026', () => {
    expect(bankHolidays('scotland', 2026).find((h) => h.date === '2026-06-15')).to.deep.equal({ date: '2026-06-15', title: 'World Cup bank holiday' });
    expect(bankHolidays('england-and-wales', 2026).map((h) => h.date)).to.not.include('2026-06-15');
    expect(bankHolidaysByRule('scotland', 2026, { oneOffs: false }).map((h) => h.date)).to.not.include('2026-06-15');
  });

  it('keeps GOV.UK’s titles, with the substitute-day note folded in', () => {
    // GOV.UK marked the Diamond Jubilee's moved spring holiday as a substitute day.
    expect(bankHolidays('england-and-wales', 2012).find((h) => h.date === '2012-06-04')!.title).to.equal('Spring bank holiday (substitute day)');
    expect(bankHolidays('scotland', 2023).slice(0, 2)).to.deep.equal([
      { date: '2023-01-02', title: 'New Year’s Day (substitute day)' },
      { date: '2023-01-03', title: '2nd January (substitute day)' },
    ]);
  });

  it('leaves the years outside it to the rules', () => {
    expect(bankHolidays('england-and-wales', 2011)).to.deep.equal(bankHolidaysByRule('england-and-wales', 2011));
    expect(bankHolidays('scotland', 2029)).to.deep.equal(bankHolidaysByRule('scotland', 2029));
  });

  describe('the rules against the snapshot, every year both cover', () => {
    /** Every date where the regular rules and GOV.UK differ: "+" GOV.UK has it, "-" the rules have it. */
    function differences(division: Division, year: number): string[] {
      const published = new Set(bankHolidays(division, year).map((h) => h.date));
      const byRule = new Set(bankHolidaysByRule(division, year, { oneOffs: false }).map((h) => h.date));
      return [
        ...[...published].filter((d) => !byRule.has(d)).map((d) => `+${d}`),
        ...[...byRule].filter((d) => !published.has(d)).map((d) => `-${d}`),
      ];
    }

    const documented = (division: Division, year: number): string[] =>
      ONE_OFF_HOLIDAYS.filter((o) => o.date.startsWith(`${year}-`) && o.divisions.includes(division)).flatMap((o) => [
        `+${o.date}`,
        ...(o.replaces ? [`-${o.replaces}`] : []),
      ]);

    it('lists each difference, and every one is a documented one-off', () => {
      const listed: string[] = [];
      for (const division of DIVISIONS) {
        for (const year of years(PUBLISHED_FIRST_YEAR, PUBLISHED_LAST_YEAR)) {
          const found = differences(division, year);
          listed.push(...found.map((d) => `${division} ${d}`));
          expect(found.sort(), `${division} ${year}`).to.deep.equal(documented(division, year).sort());
        }
      }
      // The whole list, so a reader sees what GOV.UK has that no rule predicts.
      expect(listed.filter((d) => d.startsWith('scotland'))).to.deep.equal([
        'scotland +2012-06-04', 'scotland +2012-06-05', 'scotland -2012-05-28',
        'scotland +2020-05-08', 'scotland -2020-05-04',
        'scotland +2022-06-02', 'scotland +2022-06-03', 'scotland +2022-09-19', 'scotland -2022-05-30',
        'scotland +2023-05-08',
        'scotland +2026-06-15',
      ]);
    });

    it('with the one-offs applied, the rules give GOV.UK’s dates exactly', () => {
      for (const division of DIVISIONS) {
        for (const year of years(PUBLISHED_FIRST_YEAR, PUBLISHED_LAST_YEAR)) {
          expect(bankHolidaysByRule(division, year).map((h) => h.date), `${division} ${year}`).to.deep.equal(
            bankHolidays(division, year).map((h) => h.date),
          );
        }
      }
    });

    it('every one-off says where it applied (and why, in a comment beside it)', () => {
      for (const oneOff of ONE_OFF_HOLIDAYS) expect(oneOff.divisions, oneOff.date).to.not.be.empty;
      expect(ONE_OFF_HOLIDAYS.find((o) => o.date === '2026-06-15')!.divisions).to.deep.equal(['scotland']);
    });
  });

  it('the World Cup case: an FOI request received on Saturday 16 May 2026 is due on Tuesday 16 June 2026', () => {
    expect(dueDateFor(defaultCharter, 'foi', '2026-05-16')).to.equal('2026-06-16');
  });

  it('a live feed (holidays-src) still overrides the snapshot', () => {
    const feed = govukBankHolidays();
    feed.scotland.events = feed.scotland.events.filter((e) => e.date !== '2026-06-15');
    expect(createCalendar({ division: 'scotland' }).isWorkingDay('2026-06-15')).to.equal(false);
    expect(createCalendar({ division: 'scotland', feed }).isWorkingDay('2026-06-15')).to.equal(true);
  });
});

describe('the snapshot writer (npm run holidays:update)', () => {
  const feed = govukBankHolidays;

  it('turns GOV.UK’s feed into the snapshot the kit holds', () => {
    expect(snapshotFromFeed(feed(), GOVUK_AS_OF)).to.deep.equal(HOLIDAYS_SNAPSHOT);
    expect(snapshotFromFeed(JSON.stringify(feed()), '2027-01-01').asOf).to.equal('2027-01-01');
  });

  it('keeps a newly announced holiday, a retitled one and one GOV.UK dropped as exceptions, and gives them back', () => {
    const changed = feed();
    changed['northern-ireland'].events.push({ title: 'A new holiday', date: '2027-09-20', notes: '' });
    const boxing = changed.scotland.events.find((e) => e.date === '2025-12-26')!;
    boxing.title = 'Boxing Day holiday';
    changed.scotland.events = changed.scotland.events.filter((e) => e.date !== '2028-08-07');
    const snapshot = snapshotFromFeed(changed, '2027-01-01');
    expect(snapshot.exceptions['northern-ireland']).to.deep.equal({ 2027: `0920${titleLetter(snapshot.titles.indexOf('A new holiday'))}` });
    expect(snapshot.exceptions.scotland[2025]).to.equal(`1226${titleLetter(snapshot.titles.indexOf('Boxing Day holiday'))}`);
    expect(snapshot.exceptions.scotland[2028]).to.equal('0807-');
    const read = snapshotHolidays(snapshot);
    const dated = (division: Division, year: number) => read(division, year)!.map((h) => `${fromDayNumber(h.day)} ${h.title}`);
    expect(dated('northern-ireland', 2027)).to.include('2027-09-20 A new holiday');
    expect(dated('scotland', 2025)).to.include('2025-12-26 Boxing Day holiday').and.not.include('2025-12-26 Boxing Day');
    expect(dated('scotland', 2028).map((d) => d.slice(0, 10))).to.not.include('2028-08-07');
    expect(read('scotland', 2029)).to.equal(undefined);
  });

  it('keeps old years a shorter feed no longer lists, and takes the feed’s years', () => {
    const recent = feed();
    for (const division of DIVISIONS) recent[division].events = recent[division].events.filter((e) => e.date >= '2020');
    recent.scotland.events.push({ title: 'A new holiday', date: '2028-06-12', notes: '', bunting: true });
    const merged = snapshotFromFeed(recent, '2027-01-01', HOLIDAYS_SNAPSHOT);
    expect([merged.firstYear, merged.lastYear]).to.deep.equal([2012, 2028]);
    const read = snapshotHolidays(merged);
    expect(read('scotland', 2012)).to.deep.equal(snapshotHolidays(HOLIDAYS_SNAPSHOT)('scotland', 2012));
    expect(read('scotland', 2028)!.map((h) => h.title)).to.include('A new holiday');
    expect(snapshotFromFeed(recent, '2027-01-01').firstYear).to.equal(2020);
  });

  it('refuses a feed that is not complete, saying why', () => {
    const noScotland = feed() as Partial<ReturnType<typeof feed>>;
    delete noScotland.scotland;
    expect(() => snapshotFromFeed(noScotland, '2027-01-01')).to.throw(SnapshotError, 'no "scotland" holidays');
    const gap = feed();
    gap['northern-ireland'].events = gap['northern-ireland'].events.filter((e) => !e.date.startsWith('2020'));
    expect(() => snapshotFromFeed(gap, '2027-01-01')).to.throw(SnapshotError, 'no "northern-ireland" holidays in 2020');
    const thin = feed();
    thin['england-and-wales'].events = thin['england-and-wales'].events.filter((e) => !e.date.startsWith('2021-12'));
    expect(() => snapshotFromFeed(thin, '2027-01-01')).to.throw(SnapshotError, 'only 6 "england-and-wales" holidays in 2021');
    expect(() => snapshotFromFeed('<html>', '2027-01-01')).to.throw(FeedError, 'not valid JSON');
  });

  it('writes a module that holds the snapshot, titles listed once', () => {
    const source = snapshotModuleSource(HOLIDAYS_SNAPSHOT);
    expect(source).to.include("source: 'https://www.gov.uk/bank-holidays.json',");
    expect(source).to.include("'Spring bank holiday', // a");
    expect(source).to.include("'england-and-wales': {\n      2012: '0604a~',");
    expect(source).to.include("\n    'northern-ireland': {},");
    // A title GOV.UK changes everywhere is an exception every year, and listed once.
    const renamed = feed();
    for (const division of DIVISIONS) for (const e of renamed[division].events) if (e.title === 'Boxing Day') e.title = 'Boxing Day x';
    expect(snapshotModuleSource(snapshotFromFeed(renamed, GOVUK_AS_OF)).match(/'Boxing Day x'/g)).to.have.length(1);
  });

  it('names at most 52 titles, and a reader refuses a malformed entry', () => {
    expect(titleLetter(0)).to.equal('a');
    expect(titleLetter(51)).to.equal('Z');
    expect(() => titleLetter(52)).to.throw(RangeError);
    const rules = [{ day: 15_340, title: 'New Year’s Day' }];
    const broken: HolidaysSnapshot = { ...HOLIDAYS_SNAPSHOT, exceptions: { ...HOLIDAYS_SNAPSHOT.exceptions, scotland: { 2012: '0101z' } } };
    expect(() => snapshotReader(broken)('scotland', 2012, rules)).to.throw(SyntaxError, '"0101z" in 2012');
    expect(snapshotReader(broken)('scotland', 2013, rules)).to.equal(rules);
  });
});

describe('reading a snapshot module back (the update keeps its old years)', () => {
  it('gives back the snapshot it was written from', () => {
    expect(snapshotFromModuleSource(snapshotModuleSource(HOLIDAYS_SNAPSHOT))).to.deep.equal(HOLIDAYS_SNAPSHOT);
    const quirky: HolidaysSnapshot = { ...HOLIDAYS_SNAPSHOT, titles: ['It’s a \'quoted\' title', ...HOLIDAYS_SNAPSHOT.titles.slice(1)] };
    expect(snapshotFromModuleSource(snapshotModuleSource(quirky)).titles[0]).to.equal("It’s a 'quoted' title");
  });

  it('refuses text that is not a snapshot module', () => {
    expect(() => snapshotFromModuleSource('export const x = 1;')).to.throw(SnapshotError, 'no "source" line');
    const cut = snapshotModuleSource(HOLIDAYS_SNAPSHOT).replace("    'northern-ireland': {},\n", '');
    expect(() => snapshotFromModuleSource(cut)).to.throw(SnapshotError, 'no "northern-ireland" exceptions');
    const outside = snapshotModuleSource(HOLIDAYS_SNAPSHOT).replace('2023:', '2031:');
    expect(() => snapshotFromModuleSource(outside)).to.throw(SnapshotError, '"scotland" 2031 is outside 2012-2028');
  });
});
