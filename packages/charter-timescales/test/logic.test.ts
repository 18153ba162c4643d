// The widget's pure logic: the years a date may take (the date input's rules are core's), "today", the month grid and the answer model.
import { expect } from '@open-wc/testing';
import { defaultCharter, lgscoCharter } from '@cx-kit/core';
import { parseReceived } from '../src/date-parts.js';
import { todayFrom } from '../src/today.js';
import { monthGrid, monthsBetween } from '../src/month-grid.js';
import { answerFor, promiseTable } from '../src/timescale-answer.js';

describe('parseReceived: the date input, within the years the calendar covers', () => {
  it('keeps to the years the calendar covers', () => {
    expect(parseReceived({ day: '1', month: '1', year: '1969' })).to.include({ ok: false, problem: 'out-of-range' });
    expect(parseReceived({ day: '1', month: '1', year: '2100' })).to.include({ ok: false, problem: 'out-of-range' });
    expect(parseReceived({ day: '31', month: '12', year: '2099' })).to.deep.equal({ ok: true, date: '2099-12-31' });
  });
});

describe('todayFrom: "today" in UK time, or fixed by now', () => {
  it('takes a date as it is', () => {
    expect(todayFrom('2027-01-25')).to.equal('2027-01-25');
  });

  it('reads an instant in London time', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(todayFrom('2026-06-30T23:30:00Z')).to.equal('2026-07-01');
    expect(todayFrom('2026-12-31T23:30:00Z')).to.equal('2026-12-31');
    expect(todayFrom('2027-01-01T00:30:00+01:00')).to.equal('2026-12-31');
  });

  it('uses the clock when not given', () => {
    expect(todayFrom(undefined, () => new Date('2026-03-29T23:30:00Z'))).to.equal('2026-03-30');
    expect(todayFrom('', () => new Date('2026-01-10T12:00:00Z'))).to.equal('2026-01-10');
  });

  it('refuses anything else', () => {
    expect(todayFrom('2027-02-30')).to.equal(null);
    expect(todayFrom('tomorrow')).to.equal(null);
    expect(todayFrom('2027-01-25T09:00')).to.equal(null, 'an instant without an offset means different days in different places');
  });
});

describe('monthGrid and monthsBetween', () => {
  it('lays a month out Monday first', () => {
    const december = monthGrid(2026, 12); // 1 December 2026 is a Tuesday
    expect(december.weeks[0]).to.deep.equal([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(december.weeks.at(-1)).to.deep.equal(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
    expect(december.weeks.every((week) => week.length === 7)).to.equal(true);
    expect(monthGrid(2027, 2).weeks.length).to.equal(4); // February 2027 starts on a Monday and has 28 days
  });

  it('gives one to three months, and none for a longer window', () => {
    expect(monthsBetween('2026-12-18', '2026-12-24')!.map((m) => m.first)).to.deep.equal(['2026-12-01']);
    expect(monthsBetween('2026-12-18', '2027-01-21')!.map((m) => m.first)).to.deep.equal(['2026-12-01', '2027-01-01']);
    expect(monthsBetween('2027-01-31', '2027-03-01')!.map((m) => m.first)).to.deep.equal(['2027-01-01', '2027-02-01', '2027-03-01']);
    expect(monthsBetween('2026-12-18', '2027-03-01')).to.equal(null);
    expect(monthsBetween('2026-12-18', '2027-01-21', 1)).to.equal(null);
  });
});

describe('answerFor and promiseTable', () => {
  it('counts an FOI request over Christmas on the UK calendar', () => {
    const answer = answerFor(defaultCharter, 'foi', '2026-12-18', '2026-12-18');
    expect(answer.due).to.equal('2027-01-21');
    expect(answer.state).to.equal('upcoming');
    const named = answer.notCounted.filter((d) => !['Saturday', 'Sunday'].includes(d.reason ?? ''));
    expect(named.map((d) => `${d.date} ${d.reason}`)).to.deep.equal([
      '2026-12-25 Christmas Day',
      '2026-12-28 Boxing Day (substitute day)',
      '2027-01-01 New Year’s Day',
      '2027-01-04 2nd January (substitute day)',
    ]);
  });

  it('knows when it is due today and when it is overdue, in working days', () => {
    expect(answerFor(defaultCharter, 'foi', '2026-12-18', '2027-01-21').state).to.equal('due-today');
    const late = answerFor(defaultCharter, 'foi', '2026-12-18', '2027-01-26');
    expect(late).to.include({ state: 'overdue', overdueBy: 3 });
  });

  it('gives a SAR its extended date', () => {
    const answer = answerFor(defaultCharter, 'sar', '2027-01-31', '2027-01-31');
    expect(answer.due).to.equal('2027-03-01'); // 28 February 2027 is a Sunday
    expect(answer.extendedDue).to.equal('2027-04-30');
  });

  it('has no date for a promise of minutes', () => {
    const answer = answerFor(defaultCharter, 'call-answer', '2026-12-18', '2026-12-18');
    expect(answer).to.include({ due: null, extendedDue: null, state: 'no-date' });
    expect(answer.days).to.deep.equal([]);
  });

  it('tables every dated promise in the charter’s order, with the undated ones apart', () => {
    const table = promiseTable(defaultCharter, '2026-12-18', '2026-12-18');
    expect(table.dated.map((row) => row.timescale.id)).to.deep.equal([
      'complaint-acknowledgement',
      'complaint-stage-1',
      'complaint-stage-2',
      'foi',
      'sar',
      'letter-more-information',
    ]);
    expect(table.undated.map((t) => t.id)).to.deep.equal(['call-answer']);
    expect(table.until).to.equal('2027-01-21');
    expect(table.usesUnitedKingdom).to.equal(true);
    const scottish = table.holidays.find((day) => day.date === '2027-01-04')!;
    expect(scottish).to.include({ council: false, unitedKingdom: true });
    expect(table.holidays.find((day) => day.date === '2026-12-25')).to.include({ council: true, unitedKingdom: true });
  });

  it('marks rows already past their date, and lists a council’s closures by name', () => {
    const table = promiseTable(lgscoCharter, '2026-12-18', '2027-01-05');
    expect(table.dated.find((row) => row.timescale.id === 'complaint-acknowledgement')!.overdue).to.equal(true);
    const closure = table.holidays.find((day) => day.date === '2026-12-29')!;
    expect(closure).to.include({ title: 'Council closed between Christmas and New Year', council: true, unitedKingdom: false });
  });
});
