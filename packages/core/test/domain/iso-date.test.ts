import { expect } from 'chai';
import fc from 'fast-check';
import {
  addDays,
  dateParts,
  dayNumberFromParts,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  InvalidDateError,
  isISODate,
  isLeapYear,
  isoDateFromParts,
  isoWeekdayOfDayNumber,
  isWeekend,
  parseISODate,
  partsFromDayNumber,
  toDayNumber,
  todayInLondon,
  weekdayOf,
} from '../../src/domain/iso-date.js';

const MS_PER_DAY = 86_400_000;

/** An independent oracle: the day number by way of Date.UTC. */
function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

const dayNumbers = fc.integer({ min: dayNumberFromParts(1, 1, 1), max: dayNumberFromParts(9999, 12, 31) });

describe('iso-date', () => {
  describe('toDayNumber / parseISODate', () => {
    it('reads real dates', () => {
      expect(toDayNumber('1970-01-01')).to.equal(0);
      expect(toDayNumber('1970-01-02')).to.equal(1);
      expect(toDayNumber('1969-12-31')).to.equal(-1);
      expect(toDayNumber('2026-12-25')).to.equal(utcDayNumber(2026, 12, 25));
      expect(parseISODate('2024-02-29')).to.equal('2024-02-29');
    });

    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-01-00', '2023-02-29', '1900-02-29', '0000-01-01']) {
      it(`rejects the impossible date ${bad}, naming it`, () => {
        expect(() => toDayNumber(bad)).to.throw(InvalidDateError, `"${bad}" is not a real date`);
      });
    }

    for (const bad of ['26-1-1', '', '2026-1-01', '2026-01-1', '2026/01/01', '2026-01-01T00:00', ' 2026-01-01', '２０２６-01-01', '2026-0a-01']) {
      it(`rejects the malformed ${JSON.stringify(bad)}, naming it`, () => {
        expect(() => toDayNumber(bad)).to.throw(InvalidDateError, `${JSON.stringify(bad)} is not a date in the form YYYY-MM-DD`);
      });
    }

    it('rejects values that are not strings, never coercing them', () => {
      for (const bad of [undefined, null, 20260101, new Date(0), ['2026-01-01'], { date: '2026-01-01' }, true]) {
        expect(() => parseISODate(bad)).to.throw(InvalidDateError);
      }
      expect(() => parseISODate(new Date(0))).to.throw('a value of type object');
      expect(() => parseISODate(undefined)).to.throw('undefined is not a date');
    });

    it('keeps the rejected value on the error', () => {
      try {
        toDayNumber('2026-02-30');
        expect.fail('should have thrown');
      } catch (error) {
        expect(error).to.be.instanceOf(Error);
        expect((error as InvalidDateError).name).to.equal('InvalidDateError');
        expect((error as InvalidDateError).value).to.equal('2026-02-30');
      }
    });

    it('isISODate answers without throwing', () => {
      expect(isISODate('2024-02-29')).to.equal(true);
      expect(isISODate('2025-02-29')).to.equal(false);
      expect(isISODate(42)).to.equal(false);
    });
  });

  describe('day numbers', () => {
    it('agree with Date.UTC for every date in years 1-9999', () => {
      fc.assert(
        fc.property(dayNumbers, (n) => {
          const { year, month, day } = partsFromDayNumber(n);
          expect(utcDayNumber(year, month, day)).to.equal(n);
          expect(dayNumberFromParts(year, month, day)).to.equal(n);
        }),
        { numRuns: 2000 },
      );
    });

    it('round-trip through ISO strings', () => {
      fc.assert(
        fc.property(dayNumbers, (n) => {
          const text = fromDayNumber(n);
          expect(text).to.match(/^\d{4}-\d{2}-\d{2}$/);
          expect(toDayNumber(text)).to.equal(n);
        }),
        { numRuns: 2000 },
      );
    });

    it('pads small years and refuses what cannot be written as YYYY', () => {
      expect(fromDayNumber(dayNumberFromParts(1, 1, 1))).to.equal('0001-01-01');
      expect(fromDayNumber(dayNumberFromParts(999, 3, 7))).to.equal('0999-03-07');
      expect(() => fromDayNumber(dayNumberFromParts(10000, 1, 1))).to.throw(RangeError);
      expect(() => fromDayNumber(dayNumberFromParts(0, 12, 31))).to.throw(RangeError);
      expect(() => fromDayNumber(1.5)).to.throw(RangeError, 'not an integer');
    });
  });

  describe('arithmetic', () => {
    it('adds days across months, years and leap days', () => {
      expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
      expect(addDays('2023-02-28', 1)).to.equal('2023-03-01');
      expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
      expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
      expect(addDays('2026-03-15', 0)).to.equal('2026-03-15');
      expect(addDays('2000-02-28', 366)).to.equal('2001-02-28');
      expect(() => addDays('2026-01-01', 0.5)).to.throw(RangeError);
    });

    it('counts days between dates', () => {
      expect(daysBetween('2026-01-01', '2027-01-01')).to.equal(365);
      expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
      expect(daysBetween('2026-01-10', '2026-01-01')).to.equal(-9);
    });

    it('knows leap years and month lengths', () => {
      expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).to.deep.equal([false, true, false, true, false]);
      expect(daysInMonth(2024, 2)).to.equal(29);
      expect(daysInMonth(2100, 2)).to.equal(28);
      expect(daysInMonth(2026, 4)).to.equal(30);
      expect(daysInMonth(2026, 12)).to.equal(31);
      expect(() => daysInMonth(2026, 13)).to.throw(RangeError);
      expect(() => daysInMonth(2026, 0)).to.throw(RangeError);
    });

    it('splits a date into parts and builds one strictly', () => {
      expect(dateParts('2026-07-09')).to.deep.equal({ year: 2026, month: 7, day: 9 });
      expect(isoDateFromParts(2026, 7, 9)).to.equal('2026-07-09');
      expect(() => isoDateFromParts(2026, 2, 30)).to.throw(InvalidDateError, '"2026-02-30"');
      expect(() => isoDateFromParts(2026, 1.5, 3)).to.throw(InvalidDateError);
      expect(() => isoDateFromParts(10000, 1, 1)).to.throw(InvalidDateError);
    });
  });

  describe('weekdays', () => {
    it('names known weekdays', () => {
      expect(weekdayOf('1970-01-01')).to.equal('thursday');
      expect(weekdayOf('2026-12-25')).to.equal('friday');
      expect(weekdayOf('2024-02-29')).to.equal('thursday');
      expect(weekdayOf('2026-06-07')).to.equal('sunday');
      expect(isWeekend('2026-06-06')).to.equal(true);
      expect(isWeekend('2026-06-08')).to.equal(false);
    });

    it('agree with Date#getUTCDay everywhere, including before 1970', () => {
      fc.assert(
        fc.property(dayNumbers, (n) => {
          const utcDay = new Date(n * MS_PER_DAY).getUTCDay(); // 0 = Sunday
          expect(isoWeekdayOfDayNumber(n)).to.equal(utcDay === 0 ? 7 : utcDay);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('todayInLondon', () => {
    const cases: [string, string][] = [
      ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: already tomorrow in London
      ['2026-06-30T22:59:59Z', '2026-06-30'],
      ['2026-12-31T23:30:00Z', '2026-12-31'], // GMT: same as UTC
      ['2026-12-31T00:00:00Z', '2026-12-31'],
      ['2026-03-29T00:30:00Z', '2026-03-29'], // before the clocks go forward at 01:00 UTC
      ['2026-03-28T23:59:00Z', '2026-03-28'],
      ['2026-10-24T23:30:00Z', '2026-10-25'], // still BST until 01:00 UTC on 25 October
      ['2026-10-25T23:30:00Z', '2026-10-25'], // GMT again
    ];
    for (const [instant, expected] of cases) {
      it(`${instant} is ${expected} in London`, () => {
        expect(todayInLondon(new Date(instant))).to.equal(expected);
      });
    }

    it('defaults to now and returns a real date', () => {
      const today = todayInLondon();
      expect(isISODate(today)).to.equal(true);
      expect(Math.abs(toDayNumber(today) - Math.floor(Date.now() / MS_PER_DAY))).to.be.at.most(1);
    });

    it('rejects an invalid instant', () => {
      expect(() => todayInLondon(new Date('nonsense'))).to.throw(InvalidDateError, 'is not a valid instant');
    });
  });
});
