import { expect } from 'chai';
import {
  bankHolidayDays,
  bankHolidays,
  bankHolidaysByRule,
  DIVISIONS,
  FIRST_BANK_HOLIDAY_YEAR,
  HOLIDAY_TITLES,
  LAST_BANK_HOLIDAY_YEAR,
} from '../../src/domain/bank-holidays.js';
import { easterSunday, easterSundayParts } from '../../src/domain/easter.js';
import { dayNumberFromParts, isoWeekdayOfDayNumber, toDayNumber, weekdayOf } from '../../src/domain/iso-date.js';
import type { Division } from '../../src/domain/types.js';

const EW: Division = 'england-and-wales';
const SCOT: Division = 'scotland';
const NI: Division = 'northern-ireland';

function datesOf(division: Division, year: number): string[] {
  return bankHolidays(division, year).map((h) => h.date);
}

function titleOn(division: Division, date: string): string | undefined {
  return bankHolidays(division, Number(date.slice(0, 4))).find((h) => h.date === date)?.title;
}

/** Gauss's Easter algorithm: a second, independent derivation to check the computus against. */
function gaussEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const m = (15 - p + k - q) % 30;
  const n = (4 + k - q) % 7;
  const d = (19 * a + m) % 30;
  const e = (2 * b + 4 * c + 6 * d + n) % 7;
  let march = 22 + d + e;
  if (d === 29 && e === 6) march = 50; // 19 April
  else if (d === 28 && e === 6 && (11 * m + 11) % 30 < 19) march = 49; // 18 April
  return march <= 31 ? `${year}-03-${String(march).padStart(2, '0')}` : `${year}-04-${String(march - 31).padStart(2, '0')}`;
}

describe('Easter (computus)', () => {
  const known: [number, string][] = [
    [1970, '03-29'],
    [1981, '04-19'],
    [2000, '04-23'],
    [2008, '03-23'], // the earliest in 1970-2100
    [2011, '04-24'],
    [2019, '04-21'],
    [2024, '03-31'],
    [2025, '04-20'],
    [2026, '04-05'],
    [2038, '04-25'], // the latest possible
    [1818, '03-22'], // the earliest possible
    [2285, '03-22'],
    [1943, '04-25'],
  ];
  for (const [year, monthDay] of known) {
    it(`Easter Sunday ${year} is ${year}-${monthDay}`, () => {
      const [month, day] = monthDay.split('-').map(Number);
      expect(easterSundayParts(year)).to.deep.equal({ month, day });
      expect(easterSunday(year)).to.equal(toDayNumber(`${year}-${monthDay}`));
    });
  }

  it('agrees with Gauss for 1583-4099 and is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 4099; year += 1) {
      const { month, day } = easterSundayParts(year);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (date !== gaussEaster(year)) expect.fail(`${year}: ${date} vs ${gaussEaster(year)}`);
      expect(weekdayOf(date)).to.equal('sunday');
      expect(month * 100 + day).to.be.within(322, 425);
    }
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSundayParts(1582)).to.throw(RangeError);
    expect(() => easterSundayParts(2026.5)).to.throw(RangeError);
  });
});

describe('bankHolidays', () => {
  it('covers 1970-2100 and refuses other years clearly', () => {
    expect(FIRST_BANK_HOLIDAY_YEAR).to.equal(1970);
    expect(LAST_BANK_HOLIDAY_YEAR).to.equal(2100);
    expect(datesOf(EW, 1970)).to.not.be.empty;
    expect(datesOf(NI, 2100)).to.not.be.empty;
    for (const year of [1969, 2101, 2026.5, Number.NaN, '2026' as unknown as number]) {
      expect(() => bankHolidays(EW, year)).to.throw(RangeError, '1970 to 2100');
    }
  });

  it('refuses an unknown division, naming the known ones', () => {
    expect(() => bankHolidays('wales' as Division, 2026)).to.throw(RangeError, "Unknown division \"wales\": expected one of 'england-and-wales'");
    expect(() => bankHolidays('united-kingdom' as Division, 2026)).to.throw(RangeError);
  });

  it('every year and division: sorted, distinct, on weekdays, with titles', () => {
    for (const division of DIVISIONS) {
      for (let year = 1970; year <= 2100; year += 1) {
        const days = bankHolidayDays(division, year);
        for (let i = 0; i < days.length; i += 1) {
          const { day, title } = days[i]!;
          if (i > 0 && day <= days[i - 1]!.day) expect.fail(`${division} ${year} not sorted`);
          if (isoWeekdayOfDayNumber(day) >= 6) expect.fail(`${division} ${year}: ${title} at a weekend`);
          expect(title).to.be.a('string').and.not.empty;
        }
        const count = days.length;
        const expected = { 'england-and-wales': [6, 10], scotland: [6, 11], 'northern-ireland': [8, 12] }[division];
        expect(count, `${division} ${year}`).to.be.within(expected[0]!, expected[1]!);
      }
    }
  });

  it('2026 in England and Wales, in full', () => {
    expect(bankHolidays(EW, 2026)).to.deep.equal([
      { date: '2026-01-01', title: 'New Year’s Day' },
      { date: '2026-04-03', title: 'Good Friday' },
      { date: '2026-04-06', title: 'Easter Monday' },
      { date: '2026-05-04', title: 'Early May bank holiday' },
      { date: '2026-05-25', title: 'Spring bank holiday' },
      { date: '2026-08-31', title: 'Summer bank holiday' },
      { date: '2026-12-25', title: 'Christmas Day' },
      { date: '2026-12-28', title: 'Boxing Day (substitute day)' },
    ]);
  });

  it('returns a fresh list each time', () => {
    const first = bankHolidays(SCOT, 2026);
    first.pop();
    first[0]!.title = 'changed';
    expect(bankHolidays(SCOT, 2026)).to.have.length(first.length + 1);
    expect(bankHolidays(SCOT, 2026)[0]!.title).to.equal('New Year’s Day');
  });

  describe('Christmas and Boxing Day in every weekday arrangement', () => {
    // 25 December falls on: Monday 2023, Tuesday 2018, Wednesday 2019, Thursday 2025, Friday 2026, Saturday 2021, Sunday 2022.
    const cases: [number, string, [string, string][]][] = [
      [2023, 'monday', [['12-25', 'Christmas Day'], ['12-26', 'Boxing Day']]],
      [2018, 'tuesday', [['12-25', 'Christmas Day'], ['12-26', 'Boxing Day']]],
      [2019, 'wednesday', [['12-25', 'Christmas Day'], ['12-26', 'Boxing Day']]],
      [2025, 'thursday', [['12-25', 'Christmas Day'], ['12-26', 'Boxing Day']]],
      [2026, 'friday', [['12-25', 'Christmas Day'], ['12-28', 'Boxing Day (substitute day)']]],
      [2021, 'saturday', [['12-27', 'Christmas Day (substitute day)'], ['12-28', 'Boxing Day (substitute day)']]],
      [2022, 'sunday', [['12-26', 'Boxing Day'], ['12-27', 'Christmas Day (substitute day)']]],
    ];
    for (const [year, weekday, expected] of cases) {
      it(`25 December on a ${weekday} (${year}), in every division`, () => {
        expect(weekdayOf(`${year}-12-25`)).to.equal(weekday);
        for (const division of DIVISIONS) {
          const december = bankHolidays(division, year).filter((h) => h.date >= `${year}-12-24`);
          expect(december).to.deep.equal(expected.map(([md, title]) => ({ date: `${year}-${md}`, title })));
        }
      });
    }

    it('the same arrangements far from the published years (2049 Saturday, 2050 Sunday, 2099 Friday)', () => {
      expect(datesOf(EW, 2049).slice(-2)).to.deep.equal(['2049-12-27', '2049-12-28']);
      expect(datesOf(EW, 2050).slice(-2)).to.deep.equal(['2050-12-26', '2050-12-27']);
      expect(datesOf(EW, 2099).slice(-2)).to.deep.equal(['2099-12-25', '2099-12-28']);
    });
  });

  describe('New Year', () => {
    it('England and Wales: 1 January, or the Monday after a weekend', () => {
      expect(datesOf(EW, 2026)[0]).to.equal('2026-01-01'); // Thursday
      expect(titleOn(EW, '2022-01-03')).to.equal('New Year’s Day (substitute day)'); // Saturday
      expect(titleOn(EW, '2023-01-02')).to.equal('New Year’s Day (substitute day)'); // Sunday
    });

    it('Scotland: 1 and 2 January, each moved past the weekend and past each other', () => {
      expect(datesOf(SCOT, 2026).slice(0, 2)).to.deep.equal(['2026-01-01', '2026-01-02']); // Thu, Fri
      expect(datesOf(SCOT, 2021).slice(0, 2)).to.deep.equal(['2021-01-01', '2021-01-04']); // Fri, Sat
      expect(datesOf(SCOT, 2022).slice(0, 2)).to.deep.equal(['2022-01-03', '2022-01-04']); // Sat, Sun
      expect(bankHolidays(SCOT, 2017).slice(0, 2)).to.deep.equal([
        { date: '2017-01-02', title: '2nd January' }, // Monday
        { date: '2017-01-03', title: 'New Year’s Day (substitute day)' }, // for Sunday the 1st
      ]);
      expect(datesOf(SCOT, 2027).slice(0, 2)).to.deep.equal(['2027-01-01', '2027-01-04']);
      expect(datesOf(SCOT, 2028).slice(0, 2)).to.deep.equal(['2028-01-03', '2028-01-04']);
    });

    it('was not a bank holiday in England, Wales or Northern Ireland before 1974', () => {
      expect(titleOn(EW, '1973-01-01')).to.equal(undefined);
      expect(titleOn(NI, '1973-01-01')).to.equal(undefined);
      expect(titleOn(SCOT, '1973-01-01')).to.equal(HOLIDAY_TITLES.newYear);
      expect(titleOn(EW, '1974-01-01')).to.equal(HOLIDAY_TITLES.newYear);
      expect(titleOn(NI, '1974-01-01')).to.equal(HOLIDAY_TITLES.newYear);
    });

    it('Boxing Day joined Scotland in 1974', () => {
      expect(titleOn(SCOT, '1973-12-26')).to.equal(undefined);
      expect(titleOn(SCOT, '1974-12-26')).to.equal(HOLIDAY_TITLES.boxingDay);
      expect(titleOn(EW, '1973-12-26')).to.equal(HOLIDAY_TITLES.boxingDay);
    });
  });

  describe('Easter and the Monday holidays', () => {
    it('Good Friday everywhere; Easter Monday outside Scotland', () => {
      expect(titleOn(SCOT, '2008-03-21')).to.equal('Good Friday'); // the earliest in range: Easter 23 March
      expect(titleOn(EW, '2008-03-24')).to.equal('Easter Monday');
      expect(titleOn(SCOT, '2008-03-24')).to.equal(undefined);
      expect(titleOn(NI, '2038-04-26')).to.equal('Easter Monday'); // the latest: Easter 25 April
      expect(titleOn(EW, '2038-04-23')).to.equal('Good Friday');
    });

    it('early May (first Monday) from 1978, spring (last Monday in May) and summer bank holidays', () => {
      expect(titleOn(EW, '1978-05-01')).to.equal('Early May bank holiday');
      expect(datesOf(EW, 1977).filter((d) => d.slice(5, 7) === '05')).to.deep.equal([]); // spring moved to June in 1977
      expect(datesOf(EW, 1976).filter((d) => d.slice(5, 7) === '05')).to.deep.equal(['1976-05-31']);
      expect(titleOn(EW, '2026-05-25')).to.equal('Spring bank holiday');
      expect(titleOn(EW, '2026-08-31')).to.equal('Summer bank holiday');
      expect(titleOn(NI, '2026-08-31')).to.equal('Summer bank holiday');
      expect(titleOn(SCOT, '2026-08-03')).to.equal('Summer bank holiday'); // first Monday in August
      expect(titleOn(SCOT, '2026-08-31')).to.equal(undefined);
      expect(titleOn(EW, '2026-08-03')).to.equal(undefined);
    });

    it('Scotland kept its statutory first Monday in May before 1978, except in the 1970 trial', () => {
      expect(titleOn(SCOT, '1975-05-05')).to.equal('Early May bank holiday');
      expect(titleOn(EW, '1975-05-05')).to.equal(undefined);
      expect(titleOn(SCOT, '1970-05-04')).to.equal(undefined);
    });

    it('1970: spring and summer on the trial proclamations’ Mondays', () => {
      expect(datesOf(EW, 1970)).to.deep.equal(['1970-03-27', '1970-03-30', '1970-05-25', '1970-08-31', '1970-12-25', '1970-12-28']);
      expect(datesOf(SCOT, 1970)).to.deep.equal(['1970-01-01', '1970-01-02', '1970-03-27', '1970-05-25', '1970-08-03', '1970-12-25']);
    });
  });

  describe('holidays of one division', () => {
    it("St Andrew's Day in Scotland from 2007, with a Monday substitute", () => {
      expect(titleOn(SCOT, '2006-11-30')).to.equal(undefined);
      expect(titleOn(SCOT, '2007-11-30')).to.equal('St Andrew’s Day');
      expect(titleOn(SCOT, '2008-12-01')).to.equal('St Andrew’s Day (substitute day)'); // Sunday 30th
      expect(titleOn(SCOT, '2024-12-02')).to.equal('St Andrew’s Day (substitute day)'); // Saturday 30th
      expect(titleOn(EW, '2026-11-30')).to.equal(undefined);
    });

    it("St Patrick's Day and the Battle of the Boyne in Northern Ireland, with substitutes", () => {
      expect(titleOn(NI, '2026-03-17')).to.equal('St Patrick’s Day');
      expect(titleOn(NI, '2024-03-18')).to.equal('St Patrick’s Day (substitute day)'); // Sunday 17th
      expect(titleOn(NI, '2029-03-19')).to.equal('St Patrick’s Day (substitute day)'); // Saturday 17th
      expect(titleOn(NI, '2027-07-12')).to.equal('Battle of the Boyne (Orangemen’s Day)');
      expect(titleOn(NI, '2026-07-13')).to.equal('Battle of the Boyne (Orangemen’s Day) (substitute day)'); // Sunday
      expect(titleOn(NI, '2025-07-14')).to.equal('Battle of the Boyne (Orangemen’s Day) (substitute day)'); // Saturday
      expect(titleOn(NI, '1970-07-13')).to.equal('Battle of the Boyne (Orangemen’s Day) (substitute day)');
      expect(titleOn(EW, '2027-07-12')).to.equal(undefined);
      expect(titleOn(SCOT, '2026-03-17')).to.equal(undefined);
    });
  });

  describe('one-offs by royal proclamation, in all three divisions, by rule (the snapshot has them too)', () => {
    const cases: { name: string; holidays: [string, string][]; notHolidays: string[] }[] = [
      { name: '1977 Silver Jubilee', holidays: [['1977-06-06', 'Spring bank holiday'], ['1977-06-07', 'Queen’s Silver Jubilee']], notHolidays: ['1977-05-30'] },
      { name: '1981 royal wedding', holidays: [['1981-07-29', 'Royal wedding']], notHolidays: [] },
      { name: '1995 VE day', holidays: [['1995-05-08', 'Early May bank holiday (VE day)']], notHolidays: ['1995-05-01'] },
      { name: '1999 Millennium', holidays: [['1999-12-31', 'Millennium celebrations']], notHolidays: [] },
      { name: '2002 Golden Jubilee', holidays: [['2002-06-03', 'Queen’s Golden Jubilee'], ['2002-06-04', 'Spring bank holiday']], notHolidays: ['2002-05-27'] },
      { name: '2011 royal wedding', holidays: [['2011-04-29', 'Royal wedding']], notHolidays: [] },
      { name: '2012 Diamond Jubilee', holidays: [['2012-06-04', 'Spring bank holiday'], ['2012-06-05', 'Queen’s Diamond Jubilee']], notHolidays: ['2012-05-28'] },
      { name: '2020 VE day', holidays: [['2020-05-08', 'Early May bank holiday (VE day)']], notHolidays: ['2020-05-04'] },
      { name: '2022 Platinum Jubilee', holidays: [['2022-06-02', 'Spring bank holiday'], ['2022-06-03', 'Platinum Jubilee bank holiday']], notHolidays: ['2022-05-30'] },
      { name: '2022 State Funeral', holidays: [['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II']], notHolidays: [] },
      { name: '2023 Coronation', holidays: [['2023-05-08', 'Bank holiday for the coronation of King Charles III']], notHolidays: [] },
    ];
    for (const { name, holidays, notHolidays } of cases) {
      it(name, () => {
        for (const division of DIVISIONS) {
          const year = Number(holidays[0]![0].slice(0, 4));
          const byRule = bankHolidaysByRule(division, year);
          for (const [date, title] of holidays) expect(byRule.find((h) => h.date === date)?.title, `${division} ${date}`).to.equal(title);
          for (const date of [...notHolidays, ...holidays.map(([d]) => d)]) {
            expect(titleOn(division, date) !== undefined, `${division} ${date}`).to.equal(!notHolidays.includes(date));
          }
        }
      });
    }

    it('the millennium: 31 December 1999 and the substitute for Saturday 1 January 2000', () => {
      expect(datesOf(EW, 1999).slice(-3)).to.deep.equal(['1999-12-27', '1999-12-28', '1999-12-31']);
      expect(datesOf(EW, 2000)[0]).to.equal('2000-01-03');
      expect(datesOf(SCOT, 2000).slice(0, 2)).to.deep.equal(['2000-01-03', '2000-01-04']);
    });
  });

  it('29 February is an ordinary day, and leap years do not disturb the Monday rules', () => {
    for (const division of DIVISIONS) expect(titleOn(division, '2028-02-29')).to.equal(undefined);
    expect(titleOn(EW, '2024-05-27')).to.equal('Spring bank holiday');
    expect(titleOn(EW, '2096-05-28')).to.equal('Spring bank holiday');
    expect(bankHolidayDays(EW, 2100).at(-1)!.day).to.equal(dayNumberFromParts(2100, 12, 28)); // 2100 is not a leap year
  });
});
