import { expect } from 'chai';
import fc from 'fast-check';
import { createCalendar } from '../../src/domain/calendar.js';
import { defaultCharter } from '../../src/domain/default-charter.js';
import { lgscoCharter } from '../../src/domain/lgsco-charter.js';
import { InvalidDateError, fromDayNumber, toDayNumber } from '../../src/domain/iso-date.js';
import {
  addCalendarMonths,
  calendarFor,
  countedDays,
  dueDate,
  dueDateFor,
  extendedDueDateFor,
  overdueBy,
  type TimescaleCharter,
} from '../../src/domain/timescales.js';
import type { TimescaleRule, WorkingCalendar } from '../../src/domain/types.js';

/** Cheshire East's promises as rules (the charter in seeds/customer-charter.txt). */
const cheshireEast: TimescaleCharter = {
  organisation: { division: 'england-and-wales', closures: [] },
  timescales: [
    { id: 'complaint-acknowledgement', rule: { kind: 'working-days', days: 3 } },
    { id: 'complaint-stage-1', rule: { kind: 'working-days', days: 10 } },
    { id: 'complaint-stage-2', rule: { kind: 'working-days', days: 20 } },
    { id: 'foi', rule: { kind: 'working-days', days: 20, calendar: 'united-kingdom' } },
    { id: 'sar', rule: { kind: 'calendar-months', months: 1, nextWorkingDay: true, extendedMonths: 3 } },
    { id: 'letter-more-information', rule: { kind: 'working-days', days: 8 } },
    { id: 'call-answer', rule: { kind: 'duration', minutes: 2 } },
  ],
};

const englandAndWales = createCalendar({ division: 'england-and-wales' });
const unitedKingdom = createCalendar({ division: 'united-kingdom' });

const receivedDates = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2090-12-31') }).map(fromDayNumber);

/** An oracle that walks day by day with isWorkingDay only. */
function countWorkingDays(calendar: WorkingCalendar, received: string, days: number): string {
  let day = toDayNumber(received);
  for (let left = days; left > 0; ) {
    day += 1;
    if (calendar.isWorkingDay(fromDayNumber(day))) left -= 1;
  }
  return fromDayNumber(day);
}

/** An oracle for calendar months built on Date's own month arithmetic. */
function monthLaterByDate(calendar: WorkingCalendar, received: string, months: number): string {
  const [y, m, d] = received.split('-').map(Number) as [number, number, number];
  let target = new Date(Date.UTC(y, m - 1 + months, d));
  if (target.getUTCDate() !== d) target = new Date(Date.UTC(y, m + months - 1 + 1, 0)); // overflowed: last day of the month
  let day = Math.round(target.getTime() / 86_400_000);
  while (!calendar.isWorkingDay(fromDayNumber(day))) day += 1;
  return fromDayNumber(day);
}

describe('timescales', () => {
  describe('golden due dates (checked by hand against GOV.UK bank holidays)', () => {
    it('FOI received Friday 18 December 2026: Thursday 21 January 2027', () => {
      // Skips Christmas, Boxing Day (substitute) 28 Dec, New Year's Day and Scotland's 2nd January (substitute) 4 Jan.
      expect(dueDateFor(cheshireEast, 'foi', '2026-12-18')).to.equal('2027-01-21');
    });

    it('complaint received Monday 23 November 2026: acknowledged by Thursday 26, stage 1 by Monday 7 December', () => {
      expect(dueDateFor(cheshireEast, 'complaint-acknowledgement', '2026-11-23')).to.equal('2026-11-26');
      expect(dueDateFor(cheshireEast, 'complaint-stage-1', '2026-11-23')).to.equal('2026-12-07');
    });

    it("St Andrew's Day (Scotland only) stops the FOI clock but not the council's", () => {
      // Monday 30 November 2026 is a bank holiday in Scotland only.
      expect(dueDateFor(cheshireEast, 'foi', '2026-11-23')).to.equal('2026-12-22');
      expect(dueDateFor(cheshireEast, 'complaint-stage-2', '2026-11-23')).to.equal('2026-12-21');
    });

    it('counts from a Saturday, a Sunday or a bank holiday as from the day itself', () => {
      expect(dueDateFor(cheshireEast, 'complaint-acknowledgement', '2026-11-21')).to.equal('2026-11-25');
      expect(dueDateFor(cheshireEast, 'complaint-acknowledgement', '2026-11-22')).to.equal('2026-11-25');
      expect(dueDateFor(cheshireEast, 'complaint-acknowledgement', '2026-12-28')).to.equal('2026-12-31');
    });

    it('crosses Christmas and New Year', () => {
      // 24 Dec (1), then 25, 26, 27, 28 closed, 29 (2), 30 (3), 31 (4), 1 Jan closed, 4 Jan (5) … 7 Jan (8).
      expect(dueDateFor(cheshireEast, 'letter-more-information', '2026-12-23')).to.equal('2027-01-07');
      expect(dueDateFor(cheshireEast, 'complaint-acknowledgement', '2026-12-24')).to.equal('2026-12-31');
    });

    it('a promise of minutes has no date', () => {
      expect(dueDateFor(cheshireEast, 'call-answer', '2026-11-23')).to.equal(null);
    });
  });

  describe("the kit's charters", () => {
    it("Cheshire East's default charter gives the issue's dates", () => {
      expect(dueDateFor(defaultCharter, 'foi', '2026-12-18')).to.equal('2027-01-21');
      expect(dueDateFor(defaultCharter, 'complaint-acknowledgement', '2026-11-23')).to.equal('2026-11-26');
      expect(dueDateFor(defaultCharter, 'complaint-stage-1', '2026-11-23')).to.equal('2026-12-07');
      expect(dueDateFor(defaultCharter, 'complaint-stage-2', '2026-11-23')).to.equal('2026-12-21');
      expect(dueDateFor(defaultCharter, 'letter-more-information', '2026-11-23')).to.equal('2026-12-03');
      expect(dueDateFor(defaultCharter, 'sar', '2027-01-31')).to.equal('2027-03-01');
      expect(extendedDueDateFor(defaultCharter, 'sar', '2026-11-30')).to.equal('2027-03-01');
      expect(dueDateFor(defaultCharter, 'call-answer', '2026-11-23')).to.equal(null);
    });

    it("the LGSCO preset counts stage 1 from the acknowledgement", () => {
      // Acknowledge by Mon 30 Nov (5 working days), stage 1 ten working days after that.
      expect(dueDateFor(lgscoCharter, 'complaint-acknowledgement', '2026-11-23')).to.equal('2026-11-30');
      expect(dueDateFor(lgscoCharter, 'complaint-stage-1', '2026-11-23')).to.equal('2026-12-14');
    });

    it("the LGSCO preset's Christmas closures stop the complaint clock but not the FOI one", () => {
      // Acknowledged Mon 21 Dec; then 22, 23, 24 Dec and 4-8, 11, 12 Jan (29-31 Dec are closures).
      expect(dueDateFor(lgscoCharter, 'complaint-stage-1', '2026-12-14')).to.equal('2027-01-12');
      expect(dueDateFor(lgscoCharter, 'foi', '2026-12-18')).to.equal('2027-01-21');
    });
  });

  describe('SAR: one calendar month', () => {
    const sar = (received: string) => dueDateFor(cheshireEast, 'sar', received);

    it('is the same date next month', () => {
      expect(sar('2026-01-03')).to.equal('2026-02-03');
      expect(sar('2026-03-30')).to.equal('2026-04-30');
      expect(sar('2026-08-29')).to.equal('2026-09-29');
      expect(sar('2026-12-15')).to.equal('2027-01-15');
    });

    it("is the month's last day when the next month is shorter", () => {
      expect(sar('2028-01-31')).to.equal('2028-02-29'); // leap year, a Tuesday
      expect(sar('2028-01-30')).to.equal('2028-02-29');
      expect(sar('2026-03-31')).to.equal('2026-04-30');
      expect(sar('2026-08-31')).to.equal('2026-09-30');
    });

    it('moves on to the next working day', () => {
      expect(sar('2026-01-31')).to.equal('2026-03-02'); // 28 Feb 2026 is a Saturday
      expect(sar('2027-01-31')).to.equal('2027-03-01'); // 28 Feb 2027 is a Sunday
      expect(sar('2027-01-29')).to.equal('2027-03-01'); // no 29 February in 2027
      expect(sar('2026-03-03')).to.equal('2026-04-07'); // Good Friday, weekend, Easter Monday
      expect(sar('2026-04-25')).to.equal('2026-05-26'); // Spring bank holiday
      expect(sar('2026-11-25')).to.equal('2026-12-29'); // Christmas, weekend, Boxing Day (substitute)
    });

    it('may be extended to three months from the same start', () => {
      expect(extendedDueDateFor(cheshireEast, 'sar', '2026-11-30')).to.equal('2027-03-01'); // 28 Feb 2027 is a Sunday
      expect(extendedDueDateFor(cheshireEast, 'sar', '2026-01-15')).to.equal('2026-04-15');
    });

    it('only a calendar-months rule with extendedMonths can be extended', () => {
      expect(() => extendedDueDateFor(cheshireEast, 'foi', '2026-01-15')).to.throw(TypeError, /"foi" has no extended/);
    });

    it('can keep a due date that falls at a weekend when the rule says so', () => {
      const rule: TimescaleRule = { kind: 'calendar-months', months: 1, nextWorkingDay: false };
      expect(dueDate(rule, '2026-01-31', englandAndWales)).to.equal('2026-02-28');
    });

    it('counts months more than one, across years', () => {
      expect(addCalendarMonths('2026-11-30', 3)).to.equal('2027-02-28');
      expect(addCalendarMonths('2027-12-31', 2)).to.equal('2028-02-29');
      expect(addCalendarMonths('2026-05-31', 12)).to.equal('2027-05-31');
    });

    it('agrees with Date-based month arithmetic (property)', () => {
      fc.assert(
        fc.property(receivedDates, fc.integer({ min: 1, max: 3 }), (received, months) => {
          const rule: TimescaleRule = { kind: 'calendar-months', months };
          expect(dueDate(rule, received, englandAndWales)).to.equal(monthLaterByDate(englandAndWales, received, months));
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('properties of every rule in the charter', () => {
    const dated = cheshireEast.timescales.filter((t) => t.rule.kind !== 'duration').map((t) => t.id);
    const ids = fc.constantFrom(...dated);

    it('a due date is always a working day of its calendar, after receipt', () => {
      fc.assert(
        fc.property(ids, receivedDates, (id, received) => {
          const due = dueDateFor(cheshireEast, id, received)!;
          const calendar = id === 'foi' ? unitedKingdom : englandAndWales;
          expect(calendar.isWorkingDay(due), `${id} ${received} → ${due}`).to.equal(true);
          expect(toDayNumber(due)).to.be.greaterThan(toDayNumber(received));
        }),
        { numRuns: 1000 },
      );
    });

    it('never goes earlier when the request arrives later', () => {
      fc.assert(
        fc.property(ids, receivedDates, fc.integer({ min: 0, max: 40 }), (id, received, later) => {
          const laterReceived = fromDayNumber(toDayNumber(received) + later);
          expect(dueDateFor(cheshireEast, id, laterReceived)! >= dueDateFor(cheshireEast, id, received)!).to.equal(true);
        }),
        { numRuns: 1000 },
      );
    });

    it('working-day rules agree with counting day by day', () => {
      fc.assert(
        fc.property(receivedDates, fc.integer({ min: 1, max: 30 }), fc.boolean(), (received, days, uk) => {
          const calendar = uk ? unitedKingdom : englandAndWales;
          expect(dueDate({ kind: 'working-days', days }, received, calendar)).to.equal(countWorkingDays(calendar, received, days));
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('calendars', () => {
    const withClosures: TimescaleCharter = {
      organisation: {
        division: 'england-and-wales',
        closures: ['2026-12-29', { date: '2026-12-30', title: 'Council offices closed' }],
      },
      timescales: [
        { id: 'stage-1', rule: { kind: 'working-days', days: 3 } },
        { id: 'foi', rule: { kind: 'working-days', days: 3, calendar: 'united-kingdom' } },
        { id: 'sar', rule: { kind: 'calendar-months', months: 1 } },
      ],
    };

    it("council closures stop the council's clock", () => {
      // 24 Dec (1), 31 Dec (2), 4 Jan (3): 29 and 30 December are closures.
      expect(dueDateFor(withClosures, 'stage-1', '2026-12-23')).to.equal('2027-01-04');
      expect(calendarFor(withClosures, 'council').reasonClosed('2026-12-30')).to.equal('Council offices closed');
    });

    it('council closures do not stop the FOI clock (FOIA s.10(6))', () => {
      // 24 Dec (1), 29 Dec (2), 30 Dec (3).
      expect(dueDateFor(withClosures, 'foi', '2026-12-23')).to.equal('2026-12-30');
      expect(calendarFor(withClosures, 'united-kingdom').isWorkingDay('2026-12-29')).to.equal(true);
    });

    it('a SAR due on a closure moves on', () => {
      expect(dueDateFor(withClosures, 'sar', '2026-11-29')).to.equal('2026-12-31');
    });

    it('builds each calendar once per charter', () => {
      expect(calendarFor(withClosures, 'council')).to.equal(calendarFor(withClosures, 'council'));
      expect(calendarFor(withClosures, 'united-kingdom').division).to.equal('united-kingdom');
      expect(calendarFor(cheshireEast, 'council').division).to.equal('england-and-wales');
    });

    it('names an unknown calendar', () => {
      expect(() => calendarFor(cheshireEast, 'wales' as 'council')).to.throw(RangeError, /"wales"/);
    });

    it('counts on a Scottish council calendar', () => {
      const scottish: TimescaleCharter = {
        organisation: { division: 'scotland' },
        timescales: [{ id: 'reply', rule: { kind: 'working-days', days: 1 } }],
      };
      expect(dueDateFor(scottish, 'reply', '2026-11-27')).to.equal('2026-12-01'); // St Andrew's Day (substitute) 30 Nov
    });
  });

  describe('milestones', () => {
    // The LGSCO's model: acknowledge in 5 working days, then stage 1 within 10 working days of acknowledging.
    const lgsco: TimescaleCharter = {
      organisation: { division: 'england-and-wales' },
      timescales: [
        { id: 'acknowledgement', rule: { kind: 'working-days', days: 5 } },
        { id: 'stage-1', rule: { kind: 'working-days', days: 10, from: 'acknowledgement' } },
        { id: 'stage-2', rule: { kind: 'working-days', days: 20, from: 'stage-1' } },
        { id: 'review', rule: { kind: 'calendar-months', months: 1, from: 'acknowledgement' } },
      ],
    };

    it('counts from the due date of another timescale', () => {
      expect(dueDateFor(lgsco, 'acknowledgement', '2026-11-23')).to.equal('2026-11-30');
      expect(dueDateFor(lgsco, 'stage-1', '2026-11-23')).to.equal('2026-12-14');
      expect(dueDateFor(lgsco, 'review', '2026-11-23')).to.equal('2026-12-30');
    });

    it('follows a chain of milestones across Christmas', () => {
      // Stage 1 due Mon 14 Dec; 20 working days on skips 25, 28 Dec and 1 Jan.
      expect(dueDateFor(lgsco, 'stage-2', '2026-11-23')).to.equal('2027-01-14');
    });

    it('dueDate asks for the milestone it counts from', () => {
      const rule: TimescaleRule = { kind: 'working-days', days: 2, from: 'x' };
      expect(dueDate(rule, '2026-11-23', englandAndWales, { milestone: () => '2026-11-26' })).to.equal('2026-11-30');
      expect(() => dueDate(rule, '2026-11-23', englandAndWales)).to.throw(TypeError, /"x" milestone/);
    });

    it('reports a circle of milestones', () => {
      const circular: TimescaleCharter = {
        organisation: { division: 'england-and-wales' },
        timescales: [
          { id: 'a', rule: { kind: 'working-days', days: 1, from: 'b' } },
          { id: 'b', rule: { kind: 'working-days', days: 1, from: 'a' } },
        ],
      };
      expect(() => dueDateFor(circular, 'a', '2026-11-23')).to.throw(RangeError, 'a → b → a');
    });

    it('rejects counting from a promise of minutes or an unknown timescale', () => {
      const odd: TimescaleCharter = {
        organisation: { division: 'england-and-wales' },
        timescales: [
          { id: 'call', rule: { kind: 'duration', minutes: 2 } },
          { id: 'after-call', rule: { kind: 'working-days', days: 1, from: 'call' } },
          { id: 'after-nothing', rule: { kind: 'working-days', days: 1, from: 'nothing' } },
        ],
      };
      expect(() => dueDateFor(odd, 'after-call', '2026-11-23')).to.throw(TypeError, /"after-call" counts from "call", which is a promise of minutes/);
      expect(() => countedDays(odd, 'after-call', '2026-11-23')).to.throw(TypeError, /promise of minutes/);
      expect(() => dueDateFor(odd, 'after-nothing', '2026-11-23')).to.throw(RangeError, /no timescale "nothing"/);
    });
  });

  describe('errors', () => {
    it('names an unknown timescale and lists the valid ones', () => {
      expect(() => dueDateFor(cheshireEast, 'fio', '2026-11-23')).to.throw(RangeError, /no timescale "fio".*complaint-acknowledgement, .*foi, sar/);
      expect(() => dueDateFor({ organisation: { division: 'scotland' }, timescales: [] }, 'foi', '2026-11-23')).to.throw(/\(none\)/);
    });

    it('rejects a malformed date of receipt', () => {
      expect(() => dueDateFor(cheshireEast, 'foi', '2026-02-30')).to.throw(InvalidDateError);
      expect(() => dueDateFor(cheshireEast, 'call-answer', '18/12/2026')).to.throw(InvalidDateError);
      expect(() => dueDate({ kind: 'working-days', days: 3 }, '', englandAndWales)).to.throw(InvalidDateError);
      expect(() => extendedDueDateFor(cheshireEast, 'sar', '2026-13-01')).to.throw(InvalidDateError);
    });

    it('says a duration is a promise of minutes, not a date', () => {
      expect(() => dueDate({ kind: 'duration', minutes: 2 }, '2026-11-23', englandAndWales)).to.throw(TypeError, /promise of minutes, not a date/);
    });

    it('rejects a negative or fractional count', () => {
      expect(() => dueDate({ kind: 'working-days', days: -1 }, '2026-11-23', englandAndWales)).to.throw(RangeError);
      expect(() => dueDate({ kind: 'calendar-months', months: 1.5 }, '2026-11-23', englandAndWales)).to.throw(RangeError);
    });
  });

  describe('overdueBy', () => {
    it('is 0 up to and on the due date', () => {
      expect(overdueBy(cheshireEast, 'complaint-stage-1', '2026-11-23', '2026-11-30')).to.equal(0);
      expect(overdueBy(cheshireEast, 'complaint-stage-1', '2026-11-23', '2026-12-07')).to.equal(0);
    });

    it('counts working days after the due date', () => {
      // Due Friday 4 December 2026 (stage 1 from Friday 20 November).
      expect(dueDateFor(cheshireEast, 'complaint-stage-1', '2026-11-20')).to.equal('2026-12-04');
      expect(overdueBy(cheshireEast, 'complaint-stage-1', '2026-11-20', '2026-12-05')).to.equal(0);
      expect(overdueBy(cheshireEast, 'complaint-stage-1', '2026-11-20', '2026-12-07')).to.equal(1);
      expect(overdueBy(cheshireEast, 'complaint-stage-1', '2026-11-20', '2026-12-31')).to.equal(17); // 5 + 5 + 4 + 3 (29-31 Dec)
    });

    it("counts on the rule's own calendar", () => {
      // FOI from 2026-11-02 is due 2026-11-30 on the council calendar but 2026-12-01 on the UK one.
      expect(dueDateFor(cheshireEast, 'foi', '2026-11-02')).to.equal('2026-12-01');
      expect(overdueBy(cheshireEast, 'foi', '2026-11-02', '2026-12-01')).to.equal(0);
      expect(overdueBy(cheshireEast, 'foi', '2026-11-02', '2026-12-02')).to.equal(1);
    });

    it('is never overdue for a promise of minutes', () => {
      expect(overdueBy(cheshireEast, 'call-answer', '2020-01-01', '2026-12-01')).to.equal(0);
    });

    it('rejects a malformed today', () => {
      expect(() => overdueBy(cheshireEast, 'foi', '2026-11-02', 'today')).to.throw(InvalidDateError);
    });
  });

  describe('countedDays', () => {
    it('shows which days counted and why others did not', () => {
      const days = countedDays(cheshireEast, 'complaint-acknowledgement', '2026-12-23')!;
      expect(days.map((d) => [d.date, d.status, d.day ?? d.reason])).to.deep.equal([
        ['2026-12-23', 'received', undefined],
        ['2026-12-24', 'counted', 1],
        ['2026-12-25', 'not-counted', 'Christmas Day'],
        ['2026-12-26', 'not-counted', 'Saturday'],
        ['2026-12-27', 'not-counted', 'Sunday'],
        ['2026-12-28', 'not-counted', 'Boxing Day (substitute day)'],
        ['2026-12-29', 'counted', 2],
        ['2026-12-30', 'due', 3],
      ]);
      expect(days[0]!.weekday).to.equal('wednesday');
    });

    it('says why the day of receipt was not a working day', () => {
      const days = countedDays(cheshireEast, 'complaint-acknowledgement', '2026-11-21')!;
      expect(days[0]).to.deep.equal({ date: '2026-11-21', weekday: 'saturday', status: 'received', reason: 'Saturday' });
      expect(days.at(-1)).to.include({ date: '2026-11-25', status: 'due', day: 3 });
    });

    it("shows a Scotland-only holiday in the FOI count", () => {
      const days = countedDays(cheshireEast, 'foi', '2026-11-23')!;
      expect(days.find((d) => d.date === '2026-11-30')).to.include({ status: 'not-counted' });
      expect(days.find((d) => d.date === '2026-11-30')!.reason).to.match(/St Andrew/);
    });

    it('counts every day of a calendar month, then shows the days the due date moved past', () => {
      const days = countedDays(cheshireEast, 'sar', '2027-01-31')!;
      expect(days).to.have.length(30);
      expect(days.at(-3)).to.include({ date: '2027-02-27', status: 'counted', day: 27 });
      expect(days.at(-2)).to.include({ date: '2027-02-28', status: 'not-counted', reason: 'Sunday' });
      expect(days.at(-1)).to.include({ date: '2027-03-01', status: 'due', day: 28 });
      const onTime = countedDays(cheshireEast, 'sar', '2026-01-03')!;
      expect(onTime.at(-1)).to.include({ date: '2026-02-03', status: 'due', day: 31 });
      expect(onTime.filter((d) => d.status === 'not-counted')).to.deep.equal([]);
      const moved = countedDays(cheshireEast, 'sar', '2026-03-03')!;
      expect(moved.slice(-6).map((d) => [d.date, d.status, d.reason])).to.deep.equal([
        ['2026-04-02', 'counted', undefined],
        ['2026-04-03', 'not-counted', 'Good Friday'],
        ['2026-04-04', 'not-counted', 'Saturday'],
        ['2026-04-05', 'not-counted', 'Sunday'],
        ['2026-04-06', 'not-counted', 'Easter Monday'],
        ['2026-04-07', 'due', undefined],
      ]);
    });

    it('shows the milestone a timescale counts from, then restarts the count', () => {
      const lgsco: TimescaleCharter = {
        organisation: { division: 'england-and-wales' },
        timescales: [
          { id: 'acknowledgement', rule: { kind: 'working-days', days: 2 } },
          { id: 'stage-1', rule: { kind: 'working-days', days: 2, from: 'acknowledgement' } },
        ],
      };
      const days = countedDays(lgsco, 'stage-1', '2026-11-26')!;
      expect(days.map((d) => [d.date, d.status, d.day ?? d.reason, d.milestone])).to.deep.equal([
        ['2026-11-26', 'received', undefined, undefined],
        ['2026-11-27', 'counted', 1, undefined],
        ['2026-11-28', 'not-counted', 'Saturday', undefined],
        ['2026-11-29', 'not-counted', 'Sunday', undefined],
        ['2026-11-30', 'milestone', 2, 'acknowledgement'],
        ['2026-12-01', 'counted', 1, undefined],
        ['2026-12-02', 'due', 2, undefined],
      ]);
    });

    it('has nothing to show for a promise of minutes', () => {
      expect(countedDays(cheshireEast, 'call-answer', '2026-11-23')).to.equal(null);
    });

    it('is a run of consecutive days that ends on the due date and counts the rule (property)', () => {
      const workingDayIds = fc.constantFrom('complaint-acknowledgement', 'complaint-stage-1', 'foi', 'letter-more-information');
      const days: Record<string, number> = { 'complaint-acknowledgement': 3, 'complaint-stage-1': 10, foi: 20, 'letter-more-information': 8 };
      fc.assert(
        fc.property(workingDayIds, receivedDates, (id, received) => {
          const list = countedDays(cheshireEast, id, received)!;
          list.forEach((d, i) => expect(toDayNumber(d.date)).to.equal(toDayNumber(received) + i));
          expect(list.at(-1)!.date).to.equal(dueDateFor(cheshireEast, id, received));
          expect(list.filter((d) => d.status === 'counted' || d.status === 'due')).to.have.length(days[id]!);
          expect(list.filter((d) => d.status === 'not-counted').every((d) => typeof d.reason === 'string')).to.equal(true);
        }),
        { numRuns: 300 },
      );
    });
  });
});
