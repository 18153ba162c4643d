/**
 * What the widget shows, worked out from the charter without the DOM: the
 * answer for one timescale (its due date, the days counted, whether it is
 * overdue) and the rows of the table of every promise. The counting itself
 * is core's (`dueDateFor`, `countedDays`, `overdueBy`); this file only
 * gathers it into the shape the element renders.
 */
import {
  addDays,
  calendarFor,
  countedDays,
  dueDateFor,
  extendedDueDateFor,
  overdueBy,
  toDayNumber,
  type Charter,
  type CountedDay,
  type ISODate,
  type NonWorkingDay,
  type Timescale,
} from '@cx-kit/core';

/**
 * - `no-date`: a promise of minutes (answering a call)
 * - `upcoming`: the due date is after today
 * - `due-today`
 * - `overdue`: today is after the due date (`overdueBy` working days; 0 on
 *   the weekend straight after a Friday due date)
 */
export type AnswerState = 'no-date' | 'upcoming' | 'due-today' | 'overdue';

export interface TimescaleAnswer {
  timescale: Timescale;
  received: ISODate;
  due: ISODate | null;
  /** The latest date if the council extends the time limit (a complex SAR), else null. */
  extendedDue: ISODate | null;
  /** Every day from receipt to the due date (empty for a promise of minutes). */
  days: CountedDay[];
  /** The days in the window that do not count, each with its reason. */
  notCounted: CountedDay[];
  /** Working days past the due date, on the rule's calendar (0 until then). */
  overdueBy: number;
  state: AnswerState;
}

/** The charter's timescale with this id, or undefined. */
export function findTimescale(charter: Charter, id: string): Timescale | undefined {
  return charter.timescales.find((t) => t.id === id);
}

/**
 * The answer for timescale `id` of a request received on `received`, as seen
 * on `today`. Throws what core throws (an unknown id, a date outside the calendar).
 */
export function answerFor(charter: Charter, id: string, received: ISODate, today: ISODate): TimescaleAnswer {
  const timescale = findTimescale(charter, id);
  if (!timescale) throw new RangeError(`The charter has no timescale "${id}"`);
  const due = dueDateFor(charter, id, received);
  const rule = timescale.rule;
  const extendedDue = rule.kind === 'calendar-months' && rule.extendedMonths !== undefined ? extendedDueDateFor(charter, id, received) : null;
  const days = countedDays(charter, id, received) ?? [];
  const notCounted = days.filter((day) => day.status === 'not-counted');
  let state: AnswerState = 'no-date';
  let late = 0;
  if (due !== null) {
    const diff = toDayNumber(today) - toDayNumber(due);
    state = diff < 0 ? 'upcoming' : diff === 0 ? 'due-today' : 'overdue';
    late = overdueBy(charter, id, received, today);
  }
  return { timescale, received, due, extendedDue, days, notCounted, overdueBy: late, state };
}

export interface PromiseRow {
  timescale: Timescale;
  due: ISODate;
  /** True when today is already past the due date. */
  overdue: boolean;
}

/** A named day that does not count, and which calendars it stops. */
export interface WindowHoliday extends NonWorkingDay {
  /** It is a holiday on the council's own calendar. */
  council: boolean;
  /** It is a holiday on the UK-wide (FOI) calendar. */
  unitedKingdom: boolean;
}

export interface PromiseTable {
  /** The dated promises, in the charter's order. */
  dated: PromiseRow[];
  /** Promises that are not dates (answering a call), in the charter's order. */
  undated: Timescale[];
  /** The last due date in the table, or `received` when there is none. */
  until: ISODate;
  /** Whether any dated promise counts on the UK-wide calendar. */
  usesUnitedKingdom: boolean;
  /** Bank holidays and closures from the day after receipt to `until`, in date order. */
  holidays: WindowHoliday[];
}

/** Every promise of the charter for a request received on `received`. */
export function promiseTable(charter: Charter, received: ISODate, today: ISODate): PromiseTable {
  const dated: PromiseRow[] = [];
  const undated: Timescale[] = [];
  let until = received;
  let usesUnitedKingdom = false;
  for (const timescale of charter.timescales) {
    const due = dueDateFor(charter, timescale.id, received);
    if (due === null) {
      undated.push(timescale);
      continue;
    }
    dated.push({ timescale, due, overdue: toDayNumber(today) > toDayNumber(due) });
    if (due > until) until = due;
    if (timescale.rule.kind === 'working-days' && timescale.rule.calendar === 'united-kingdom') usesUnitedKingdom = true;
  }
  return { dated, undated, until, usesUnitedKingdom, holidays: holidaysInWindow(charter, received, until, usesUnitedKingdom) };
}

function holidaysInWindow(charter: Charter, received: ISODate, until: ISODate, withUnitedKingdom: boolean): WindowHoliday[] {
  if (until <= received) return [];
  const from = addDays(received, 1);
  const byDate = new Map<ISODate, WindowHoliday>();
  for (const day of calendarFor(charter, 'council').holidaysBetween(from, until)) {
    byDate.set(day.date, { ...day, council: true, unitedKingdom: false });
  }
  if (withUnitedKingdom) {
    for (const day of calendarFor(charter, 'united-kingdom').holidaysBetween(from, until)) {
      const known = byDate.get(day.date);
      if (known) known.unitedKingdom = true;
      else byDate.set(day.date, { ...day, council: false, unitedKingdom: true });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
