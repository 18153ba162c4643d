/**
 * Reading the dates servers send ("2026-03-02", "2026-03-02T10:15:00Z",
 * "2010-04-14T06:37:38-08:00", or an Open311 server's zone-less
 * "2026-03-02 10:15") as a UK calendar date and wall-clock time.
 */
import { londonMoment, type ISODate } from '@cx-kit/core';

export interface When {
  /** The calendar date in the UK. */
  date: ISODate;
  /** The wall-clock time in the UK, `HH:MM`, when the value had one. */
  time?: string;
}

const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})$/;
const WITH_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/;

/**
 * A server's date or date-time as UK date and time. A date-time without a
 * zone is read as UK time already (a UK council's server). Undefined for
 * anything unreadable.
 */
export function readWhen(value: string | undefined): When | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) return { date: dateOnly[1] };
  if (WITH_ZONE.test(text)) {
    const instant = new Date(text.replace(' ', 'T'));
    if (Number.isNaN(instant.getTime())) return undefined;
    // Core's London time, by arithmetic: no time-zone formatter to build (slow the first time on a slow phone).
    const { date, time } = londonMoment(instant);
    return { date, time };
  }
  const local = LOCAL.exec(text);
  return local ? { date: local[1], time: `${local[2]}:${local[3]}` } : undefined;
}

/** The UK date of a server's date or date-time. */
export function londonDate(value: string | undefined): ISODate | undefined {
  return readWhen(value)?.date;
}
