/**
 * Properties of every calendar, checked on random dates, counts, divisions
 * and closures. The oracle is the plainest possible one: walk day by day and
 * ask whether each day is a weekday that is not in bankHolidays() or the
 * closures.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { bankHolidays, DIVISIONS } from '../../src/domain/bank-holidays.js';
import { createCalendar } from '../../src/domain/calendar.js';
import { addDays, dayNumberFromParts, fromDayNumber, isWeekend, toDayNumber } from '../../src/domain/iso-date.js';
import type { CalendarDivision, ISODate, WorkingCalendar } from '../../src/domain/types.js';

const FIRST = dayNumberFromParts(1970, 1, 1);
const LAST = dayNumberFromParts(2085, 12, 31); // leaves room to count 3000 working days forward inside 2100

const dates = fc.integer({ min: FIRST + 400, max: LAST }).map(fromDayNumber);
const divisions = fc.constantFrom<CalendarDivision>(...DIVISIONS, 'united-kingdom');
const counts = fc.integer({ min: 0, max: 60 });
const closureLists = fc.array(fc.integer({ min: FIRST + 400, max: LAST }).map(fromDayNumber), { maxLength: 30 });
const calendars = fc.tuple(divisions, closureLists).map(([division, closures]) => ({
  division,
  closures,
  calendar: createCalendar({ division, closures }),
}));

/** Holiday dates of a division (or all of them), by year, straight from bankHolidays(). */
function holidaySet(division: CalendarDivision, year: number): Set<ISODate> {
  const wanted = division === 'united-kingdom' ? DIVISIONS : [division];
  return new Set(wanted.flatMap((d) => bankHolidays(d, year).map((h) => h.date)));
}

function oracleIsWorkingDay(division: CalendarDivision, closures: readonly ISODate[], date: ISODate): boolean {
  return !isWeekend(date) && !holidaySet(division, Number(date.slice(0, 4))).has(date) && !closures.includes(date);
}

function oracleAdd(division: CalendarDivision, closures: readonly ISODate[], date: ISODate, n: number): ISODate {
  let day = date;
  for (let found = 0; found < n; ) {
    day = addDays(day, 1);
    if (oracleIsWorkingDay(division, closures, day)) found += 1;
  }
  return day;
}

describe('calendar properties', () => {
  it('isWorkingDay agrees with bankHolidays(), the weekend and the closures', () => {
    fc.assert(
      fc.property(calendars, dates, ({ division, closures, calendar }, date) => {
        expect(calendar.isWorkingDay(date)).to.equal(oracleIsWorkingDay(division, closures, date));
        expect(calendar.reasonClosed(date) === null).to.equal(calendar.isWorkingDay(date));
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingDays(d, n) is the nth working day after d, found by walking', () => {
    fc.assert(
      fc.property(calendars, dates, counts, ({ division, closures, calendar }, date, n) => {
        expect(calendar.addWorkingDays(date, n)).to.equal(oracleAdd(division, closures, date, n));
      }),
      { numRuns: 300 },
    );
  });

  it('for n >= 1 the answer is a working day after d', () => {
    fc.assert(
      fc.property(calendars, dates, fc.integer({ min: 1, max: 400 }), ({ calendar }, date, n) => {
        const due = calendar.addWorkingDays(date, n);
        expect(due > date).to.equal(true);
        expect(calendar.isWorkingDay(due)).to.equal(true);
      }),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n, and reversing negates it', () => {
    fc.assert(
      fc.property(calendars, dates, fc.integer({ min: 0, max: 3000 }), ({ calendar }, date, n) => {
        const due = calendar.addWorkingDays(date, n);
        expect(calendar.workingDaysBetween(date, due)).to.equal(n);
        expect(calendar.workingDaysBetween(due, date)).to.equal(-n);
      }),
    );
  });

  it('is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(calendars, dates, fc.integer({ min: 0, max: 30 }), counts, ({ calendar }, date, gap, n) => {
        const later = addDays(date, gap);
        expect(calendar.addWorkingDays(date, n) < calendar.addWorkingDays(date, n + 1)).to.equal(true);
        expect(calendar.addWorkingDays(date, n) <= calendar.addWorkingDays(later, n)).to.equal(true);
      }),
    );
  });

  it('a receipt on a closed day counts from that day: day 1 is the first working day after it', () => {
    fc.assert(
      fc.property(calendars, dates, ({ calendar }, date) => {
        // Step back to a closed day (there is one within a week: the weekend).
        let closed = date;
        while (calendar.isWorkingDay(closed)) closed = addDays(closed, -1);
        const first = calendar.addWorkingDays(closed, 1);
        for (let day = addDays(closed, 1); day < first; day = addDays(day, 1)) expect(calendar.isWorkingDay(day)).to.equal(false);
        expect(calendar.isWorkingDay(first)).to.equal(true);
        expect(calendar.workingDaysBetween(closed, first)).to.equal(1);
      }),
    );
  });

  it('going back undoes going forward from a working day', () => {
    fc.assert(
      fc.property(calendars, dates, fc.integer({ min: 1, max: 500 }), ({ calendar }, date, n) => {
        const start = calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(start, n), -n)).to.equal(start);
      }),
    );
  });

  it('workingDaysBetween adds up across a midpoint', () => {
    fc.assert(
      fc.property(calendars, dates, dates, dates, ({ calendar }, a, b, c) => {
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).to.equal(calendar.workingDaysBetween(a, c));
      }),
    );
  });

  it("'united-kingdom' is closed exactly when some division is", () => {
    const byDivision: WorkingCalendar[] = DIVISIONS.map((division) => createCalendar({ division }));
    const uk = createCalendar({ division: 'united-kingdom' });
    fc.assert(
      fc.property(dates, (date) => {
        expect(uk.isWorkingDay(date)).to.equal(byDivision.every((c) => c.isWorkingDay(date)));
      }),
      { numRuns: 1000 },
    );
  });

  it('holidaysBetween lists exactly the closed weekdays', () => {
    fc.assert(
      fc.property(calendars, dates, fc.integer({ min: 0, max: 120 }), ({ calendar }, from, span) => {
        const to = addDays(from, span);
        const listed = new Set(calendar.holidaysBetween(from, to).filter((h) => !isWeekend(h.date)).map((h) => h.date));
        for (let day = toDayNumber(from); day <= toDayNumber(to); day += 1) {
          const date = fromDayNumber(day);
          if (!isWeekend(date)) expect(listed.has(date), date).to.equal(!calendar.isWorkingDay(date));
        }
      }),
      { numRuns: 200 },
    );
  });
});
