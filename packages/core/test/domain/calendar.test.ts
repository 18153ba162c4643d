import { expect } from 'chai';
import { createCalendar, DEFAULT_CLOSURE_TITLE, FeedError } from '../../src/domain/calendar.js';
import { InvalidDateError } from '../../src/domain/iso-date.js';
import type { CalendarDivision } from '../../src/domain/types.js';

const ew = createCalendar({ division: 'england-and-wales' });
const scotland = createCalendar({ division: 'scotland' });
const ni = createCalendar({ division: 'northern-ireland' });
const uk = createCalendar({ division: 'united-kingdom' });

describe('createCalendar', () => {
  it('remembers its division', () => {
    expect(ew.division).to.equal('england-and-wales');
    expect(uk.division).to.equal('united-kingdom');
  });

  it('refuses an unknown division or missing options', () => {
    expect(() => createCalendar({ division: 'wales' as CalendarDivision })).to.throw(RangeError, "Unknown calendar division \"wales\"");
    expect(() => createCalendar(undefined as never)).to.throw(TypeError, 'options object');
  });

  describe('isWorkingDay', () => {
    it('weekdays work; weekends and bank holidays do not', () => {
      expect(ew.isWorkingDay('2026-06-10')).to.equal(true); // Wednesday
      expect(ew.isWorkingDay('2026-06-13')).to.equal(false); // Saturday
      expect(ew.isWorkingDay('2026-06-14')).to.equal(false); // Sunday
      expect(ew.isWorkingDay('2026-12-25')).to.equal(false);
      expect(ew.isWorkingDay('2026-12-28')).to.equal(false); // Boxing Day (substitute day)
      expect(ew.isWorkingDay('2026-12-29')).to.equal(true);
      expect(ew.isWorkingDay('2024-02-29')).to.equal(true);
    });

    it('follows the division', () => {
      expect(ew.isWorkingDay('2026-01-02')).to.equal(true);
      expect(scotland.isWorkingDay('2026-01-02')).to.equal(false);
      expect(ew.isWorkingDay('2026-04-06')).to.equal(false); // Easter Monday
      expect(scotland.isWorkingDay('2026-04-06')).to.equal(true);
      expect(ni.isWorkingDay('2026-03-17')).to.equal(false);
      expect(scotland.isWorkingDay('2026-08-03')).to.equal(false);
      expect(scotland.isWorkingDay('2026-08-31')).to.equal(true);
    });

    it('finds the right year for the first and last day of every year, visited out of order', () => {
      const fresh = createCalendar({ division: 'scotland' });
      for (let year = 1970; year <= 2100; year += 1) {
        // 1 January is always closed in Scotland; 31 December works on weekdays (but 1999's was the millennium holiday).
        expect(fresh.isWorkingDay(`${year}-01-01`), `${year}-01-01`).to.equal(false);
        const far = 1970 + 2100 - year;
        const weekday = ![0, 6].includes(new Date(Date.UTC(far, 11, 31)).getUTCDay());
        expect(fresh.isWorkingDay(`${far}-12-31`), `${far}-12-31`).to.equal(weekday && far !== 1999);
      }
    });

    it('rejects bad dates and years it cannot know', () => {
      expect(() => ew.isWorkingDay('2026-02-30')).to.throw(InvalidDateError, '"2026-02-30"');
      expect(() => ew.isWorkingDay('26-1-1')).to.throw(InvalidDateError);
      expect(() => ew.isWorkingDay('1969-12-31')).to.throw(RangeError, '1969 is outside');
      expect(() => ew.isWorkingDay('2101-01-03')).to.throw(RangeError, '2101 is outside');
      expect(ew.isWorkingDay('1970-01-01')).to.equal(true);
      expect(ew.isWorkingDay('2100-12-31')).to.equal(true);
    });
  });

  describe('addWorkingDays', () => {
    it('counts the Nth working day strictly after the date', () => {
      expect(ew.addWorkingDays('2026-06-08', 1)).to.equal('2026-06-09'); // Monday + 1
      expect(ew.addWorkingDays('2026-06-05', 1)).to.equal('2026-06-08'); // Friday + 1 = Monday
      expect(ew.addWorkingDays('2026-06-08', 5)).to.equal('2026-06-15');
      expect(ew.addWorkingDays('2026-06-08', 10)).to.equal('2026-06-22');
    });

    it('returns the date itself for 0 days', () => {
      expect(ew.addWorkingDays('2026-06-13', 0)).to.equal('2026-06-13');
      expect(() => ew.addWorkingDays('2026-06-31', 0)).to.throw(InvalidDateError);
    });

    it('counts a weekend or holiday receipt from that day: day 1 is the first working day after it', () => {
      expect(ew.addWorkingDays('2026-06-06', 1)).to.equal('2026-06-08'); // Saturday
      expect(ew.addWorkingDays('2026-06-07', 1)).to.equal('2026-06-08'); // Sunday
      expect(ew.addWorkingDays('2026-12-25', 1)).to.equal('2026-12-29'); // Christmas Day
      expect(ew.addWorkingDays('2026-12-25', 3)).to.equal('2026-12-31');
    });

    it('skips Christmas, the weekend and the Boxing Day substitute', () => {
      expect(ew.addWorkingDays('2026-12-24', 1)).to.equal('2026-12-29');
      expect(ew.addWorkingDays('2026-12-23', 3)).to.equal('2026-12-30');
    });

    it('crosses the new year, where Scotland has one more holiday', () => {
      expect(ew.addWorkingDays('2026-12-24', 5)).to.equal('2027-01-05');
      expect(scotland.addWorkingDays('2026-12-24', 5)).to.equal('2027-01-06'); // 4 January 2027 is 2nd January (substitute day)
    });

    it('FOI: 20 working days from 1 April 2026 over Easter', () => {
      expect(ew.addWorkingDays('2026-04-01', 20)).to.equal('2026-05-01');
      expect(uk.addWorkingDays('2026-04-01', 20)).to.equal('2026-05-01');
    });

    it('counts across many years', () => {
      expect(ew.addWorkingDays('2025-12-31', 253)).to.equal('2026-12-31'); // 2026 has 253 working days
      expect(ew.addWorkingDays('2020-01-01', 2500)).to.equal(ew.addWorkingDays(ew.addWorkingDays('2020-01-01', 1250), 1250));
    });

    it('goes back for negative days: the Nth working day strictly before', () => {
      expect(ew.addWorkingDays('2026-12-29', -1)).to.equal('2026-12-24');
      expect(ew.addWorkingDays('2026-06-08', -1)).to.equal('2026-06-05');
      expect(ew.addWorkingDays('2026-06-07', -1)).to.equal('2026-06-05'); // from a Sunday
      expect(ew.addWorkingDays('2027-01-05', -5)).to.equal('2026-12-24');
      expect(ew.addWorkingDays('2026-12-31', -253)).to.equal('2025-12-31');
    });

    it('refuses fractional or non-numeric days', () => {
      expect(() => ew.addWorkingDays('2026-06-08', 1.5)).to.throw(RangeError, 'whole number');
      expect(() => ew.addWorkingDays('2026-06-08', Number.NaN)).to.throw(RangeError);
      expect(() => ew.addWorkingDays('2026-06-08', '3' as unknown as number)).to.throw(RangeError);
      expect(() => ew.addWorkingDays('2026-06-08', Infinity)).to.throw(RangeError);
    });

    it('stops with a clear RangeError past 2100', () => {
      expect(() => ew.addWorkingDays('2100-12-30', 5)).to.throw(RangeError, '2101 is outside');
      expect(() => ew.addWorkingDays('1970-01-02', -5)).to.throw(RangeError, '1969 is outside');
    });
  });

  describe('workingDaysBetween', () => {
    it('counts working days in (from, to]', () => {
      expect(ew.workingDaysBetween('2026-06-08', '2026-06-08')).to.equal(0);
      expect(ew.workingDaysBetween('2026-06-08', '2026-06-09')).to.equal(1);
      expect(ew.workingDaysBetween('2026-06-05', '2026-06-08')).to.equal(1); // Friday to Monday
      expect(ew.workingDaysBetween('2026-06-06', '2026-06-07')).to.equal(0);
      expect(ew.workingDaysBetween('2026-12-24', '2026-12-29')).to.equal(1);
      // 2026: 261 weekdays, less 8 bank holidays in England and Wales, 10 in Scotland (with the World Cup day), 10 in Northern Ireland.
      expect(ew.workingDaysBetween('2025-12-31', '2026-12-31')).to.equal(253);
      expect(scotland.workingDaysBetween('2025-12-31', '2026-12-31')).to.equal(251);
      expect(ni.workingDaysBetween('2025-12-31', '2026-12-31')).to.equal(251);
    });

    it('is negative when reversed', () => {
      expect(ew.workingDaysBetween('2026-06-09', '2026-06-08')).to.equal(-1);
      expect(ew.workingDaysBetween('2026-12-31', '2025-12-31')).to.equal(-253);
    });

    it('spans decades, agreeing with a day-by-day count', () => {
      let count = 0;
      for (let day = new Date(Date.UTC(1970, 0, 2)); day.getUTCFullYear() <= 2100; day.setUTCDate(day.getUTCDate() + 1)) {
        if (ni.isWorkingDay(day.toISOString().slice(0, 10))) count += 1;
      }
      expect(ni.workingDaysBetween('1970-01-01', '2100-12-31')).to.equal(count);
      expect(ni.workingDaysBetween('2100-12-31', '1970-01-01')).to.equal(-count);
    });
  });

  describe('reasonClosed', () => {
    it('names the weekend, the holiday or nothing', () => {
      expect(ew.reasonClosed('2026-06-13')).to.equal('Saturday');
      expect(ew.reasonClosed('2026-06-14')).to.equal('Sunday');
      expect(ew.reasonClosed('2026-12-28')).to.equal('Boxing Day (substitute day)');
      expect(ew.reasonClosed('2026-12-25')).to.equal('Christmas Day');
      expect(ew.reasonClosed('2026-06-10')).to.equal(null);
      expect(scotland.reasonClosed('2026-11-30')).to.equal('St Andrew’s Day');
      expect(ew.reasonClosed('2021-12-25')).to.equal('Saturday'); // the holiday itself moved to the 27th
    });
  });

  describe("'united-kingdom': a bank holiday anywhere is not a working day", () => {
    const cases: [string, string][] = [
      ['2026-01-02', '2nd January'],
      ['2026-03-17', 'St Patrick’s Day'],
      ['2026-04-06', 'Easter Monday'],
      ['2026-07-13', 'Battle of the Boyne (Orangemen’s Day) (substitute day)'],
      ['2026-08-03', 'Summer bank holiday'],
      ['2026-08-31', 'Summer bank holiday'],
      ['2026-11-30', 'St Andrew’s Day'],
      ['2024-03-18', 'St Patrick’s Day (substitute day)'],
      ['2025-12-01', 'St Andrew’s Day (substitute day)'],
    ];
    for (const [date, title] of cases) {
      it(`${date}: ${title}`, () => {
        expect(uk.isWorkingDay(date)).to.equal(false);
        expect(uk.reasonClosed(date)).to.equal(title);
        const [listed] = uk.holidaysBetween(date, date);
        expect(listed!.title).to.equal(title);
        expect(listed!.divisions).to.not.be.empty;
      });
    }

    it('working around St Andrew’s Day and 12 July counts every division’s holidays', () => {
      expect(ew.addWorkingDays('2026-11-27', 1)).to.equal('2026-11-30');
      expect(uk.addWorkingDays('2026-11-27', 1)).to.equal('2026-12-01');
      expect(uk.addWorkingDays('2026-07-10', 1)).to.equal('2026-07-14');
      expect(uk.addWorkingDays('2026-12-31', 1)).to.equal('2027-01-05'); // 1 Jan, weekend, 2nd January (substitute day)
      expect(uk.workingDaysBetween('2025-12-31', '2026-12-31')).to.equal(247); // 8 + 2 Jan, 17 Mar, 15 Jun, 13 Jul, 3 Aug, 30 Nov
    });

    it('says which divisions a holiday belongs to, and combines different names on one day', () => {
      expect(uk.holidaysBetween('2026-11-30', '2026-11-30')[0]!.divisions).to.deep.equal(['scotland']);
      expect(uk.holidaysBetween('2026-12-25', '2026-12-25')[0]!.divisions).to.deep.equal(['england-and-wales', 'scotland', 'northern-ireland']);
      expect(uk.holidaysBetween('2026-08-31', '2026-08-31')[0]!.divisions).to.deep.equal(['england-and-wales', 'northern-ireland']);
      // 2 January 2017: New Year's Day (substitute day) in England, Wales and Northern Ireland; 2nd January in Scotland (GOV.UK's names).
      expect(uk.reasonClosed('2017-01-02')).to.equal('New Year’s Day (substitute day) / 2nd January');
    });
  });

  describe('closures', () => {
    const council = createCalendar({
      division: 'england-and-wales',
      closures: ['2026-12-29', { date: '2026-12-30', title: 'Council closed for Christmas' }, { date: '2026-12-25', title: 'Christmas closure' }, { date: '2026-12-31' }],
    });

    it('are not working days, with their titles', () => {
      expect(council.isWorkingDay('2026-12-29')).to.equal(false);
      expect(council.reasonClosed('2026-12-29')).to.equal(DEFAULT_CLOSURE_TITLE);
      expect(council.reasonClosed('2026-12-30')).to.equal('Council closed for Christmas');
      expect(council.reasonClosed('2026-12-31')).to.equal(DEFAULT_CLOSURE_TITLE);
      expect(council.addWorkingDays('2026-12-24', 1)).to.equal('2027-01-04');
    });

    it('keep the bank holiday’s name when they fall on one', () => {
      expect(council.reasonClosed('2026-12-25')).to.equal('Christmas Day');
    });

    it('do not touch other calendars', () => {
      expect(ew.isWorkingDay('2026-12-29')).to.equal(true);
    });

    it('are listed with the holidays', () => {
      expect(council.holidaysBetween('2026-12-24', '2027-01-01')).to.deep.equal([
        { date: '2026-12-25', title: 'Christmas Day', kind: 'bank-holiday', divisions: ['england-and-wales'] },
        { date: '2026-12-28', title: 'Boxing Day (substitute day)', kind: 'bank-holiday', divisions: ['england-and-wales'] },
        { date: '2026-12-29', title: DEFAULT_CLOSURE_TITLE, kind: 'closure', divisions: [] },
        { date: '2026-12-30', title: 'Council closed for Christmas', kind: 'closure', divisions: [] },
        { date: '2026-12-31', title: DEFAULT_CLOSURE_TITLE, kind: 'closure', divisions: [] },
        { date: '2027-01-01', title: 'New Year’s Day', kind: 'bank-holiday', divisions: ['england-and-wales'] },
      ]);
    });

    it('are checked, naming the bad entry', () => {
      expect(() => createCalendar({ division: 'scotland', closures: ['2026-02-30'] })).to.throw(InvalidDateError, '"2026-02-30" in closures[0]');
      expect(() => createCalendar({ division: 'scotland', closures: ['2026-01-05', { date: '5/1/2026', title: 'x' }] })).to.throw(
        InvalidDateError,
        '"5/1/2026" in closures[1]',
      );
      expect(() => createCalendar({ division: 'scotland', closures: [{ date: '2026-01-05', title: ' ' }] })).to.throw(TypeError, 'closures[0].title');
      expect(() => createCalendar({ division: 'scotland', closures: '2026-01-05' as never })).to.throw(TypeError, 'must be an array');
    });
  });

  describe('holidaysBetween', () => {
    it('lists bank holidays in an inclusive range, across years, without weekends', () => {
      expect(ew.holidaysBetween('2026-12-25', '2027-01-01').map((h) => [h.date, h.title])).to.deep.equal([
        ['2026-12-25', 'Christmas Day'],
        ['2026-12-28', 'Boxing Day (substitute day)'],
        ['2027-01-01', 'New Year’s Day'],
      ]);
      expect(ew.holidaysBetween('2026-06-01', '2026-06-30')).to.deep.equal([]);
      expect(ew.holidaysBetween('2020-01-01', '2029-12-31')).to.have.length(83);
    });

    it('refuses a reversed range', () => {
      expect(() => ew.holidaysBetween('2026-12-31', '2026-01-01')).to.throw(RangeError, 'is after');
    });
  });

  describe('feed', () => {
    const feed = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'New Year’s Day', date: '2026-01-01', notes: '', bunting: true },
          { title: 'Made-up holiday', date: '2026-09-21', notes: '', bunting: true },
          { title: 'Boxing Day', date: '2026-12-28', notes: 'Substitute day', bunting: true },
          { title: 'Far future day', date: '2101-01-03', notes: '', bunting: false },
        ],
      },
    };
    const fed = createCalendar({ division: 'england-and-wales', feed });

    it('wins over the rules in the years it covers', () => {
      expect(fed.reasonClosed('2026-09-21')).to.equal('Made-up holiday');
      expect(fed.reasonClosed('2026-12-28')).to.equal('Boxing Day (substitute day)');
      expect(fed.isWorkingDay('2026-04-03')).to.equal(true); // this feed has no Good Friday for 2026
      expect(fed.isWorkingDay('2026-12-25')).to.equal(true);
    });

    it('leaves other years and divisions to the rules', () => {
      expect(fed.isWorkingDay('2025-12-25')).to.equal(false);
      expect(fed.isWorkingDay('2027-03-26')).to.equal(false); // Good Friday 2027
      const fedScotland = createCalendar({ division: 'scotland', feed });
      expect(fedScotland.isWorkingDay('2026-09-21')).to.equal(true);
      expect(fedScotland.isWorkingDay('2026-01-02')).to.equal(false);
      const fedUk = createCalendar({ division: 'united-kingdom', feed });
      expect(fedUk.reasonClosed('2026-09-21')).to.equal('Made-up holiday');
      expect(fedUk.isWorkingDay('2026-04-03')).to.equal(false); // still Good Friday in Scotland and Northern Ireland
    });

    it('extends a calendar to years past 2100 that it lists', () => {
      expect(fed.reasonClosed('2101-01-03')).to.equal('Far future day');
      expect(fed.addWorkingDays('2100-12-31', 1)).to.equal('2101-01-04');
      expect(() => createCalendar({ division: 'united-kingdom', feed }).isWorkingDay('2101-01-04')).to.throw(RangeError);
    });

    it('accepts the JSON text too', () => {
      expect(createCalendar({ division: 'england-and-wales', feed: JSON.stringify(feed) }).reasonClosed('2026-09-21')).to.equal('Made-up holiday');
    });

    it('rejects a malformed feed with a FeedError naming the entry', () => {
      const bad = { scotland: { division: 'scotland', events: [{ title: 'x', date: '2026-01-01' }, {}, {}, { title: 'y', date: '2026-13-01' }] } };
      expect(() => createCalendar({ division: 'scotland', feed: bad })).to.throw(FeedError, 'feed["scotland"].events[3].date: "2026-13-01" is not a real date');
      expect(() => createCalendar({ division: 'scotland', feed: 42 })).to.throw(FeedError);
    });
  });
});
