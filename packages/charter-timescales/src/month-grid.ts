/**
 * The weeks of a month as rows of seven days, Monday first (as UK calendars
 * are), for the widget's calendar picture.
 */
import { dateParts, daysInMonth, isoDateFromParts, isoWeekdayOfDayNumber, toDayNumber, type ISODate } from '@cx-kit/core';

export interface MonthGrid {
  year: number;
  /** 1-12. */
  month: number;
  /** The first day of the month, for formatting its name. */
  first: ISODate;
  /** Rows of seven: a date, or `null` for a day of the month before or after. */
  weeks: (ISODate | null)[][];
}

/** One month's grid. */
export function monthGrid(year: number, month: number): MonthGrid {
  const first = isoDateFromParts(year, month, 1);
  const blanks = isoWeekdayOfDayNumber(toDayNumber(first)) - 1;
  const cells: (ISODate | null)[] = Array.from({ length: blanks }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day += 1) cells.push(isoDateFromParts(year, month, day));
  while (cells.length % 7) cells.push(null);
  const weeks: (ISODate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, first, weeks };
}

/**
 * The months from `from` to `to`, inclusive, when there are at most `limit`
 * of them (a small picture stays small); `null` when there are more. Three
 * by default: a one-month SAR from 31 January ends on 1 March.
 */
export function monthsBetween(from: ISODate, to: ISODate, limit = 3): MonthGrid[] | null {
  const a = dateParts(from);
  const b = dateParts(to);
  const count = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (count < 1 || count > limit) return null;
  return Array.from({ length: count }, (_, i) => {
    const index = a.year * 12 + (a.month - 1) + i;
    return monthGrid(Math.floor(index / 12), (index % 12) + 1);
  });
}
