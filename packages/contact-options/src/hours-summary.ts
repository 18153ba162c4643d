/**
 * Opening hours as people read them: days with the same times run together
 * ("Monday to Thursday, 8:30am to 5pm"; "Friday, 8:30am to 4:30pm"). Pure
 * data here; the element turns it into words in the resident's language.
 */
import type { OpeningHours, Weekday } from '@cx-kit/core';

/** A run of consecutive days open at the same times. */
export interface HoursLine {
  from: Weekday;
  to: Weekday;
  /** `[opens, closes]` as "HH:MM", in order; `["00:00", "24:00"]` is all day. */
  ranges: [string, string][];
}

export type HoursSummary =
  | { always: true }
  | {
      always: false;
      lines: HoursLine[];
      /** Shut on bank holidays (the default): worth saying. */
      closedOnBankHolidays: boolean;
    };

export const WEEK: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The ranges of a day, sorted, as `[opens, closes]` pairs. */
function rangesOf(hours: OpeningHours, day: Weekday): [string, string][] {
  return (hours.weekly?.[day] ?? [])
    .map((range) => range.split('-') as [string, string])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** Groups the week into runs of days with the same hours; days the channel is shut are left out. */
export function summariseHours(hours: OpeningHours | undefined): HoursSummary {
  if (!hours || hours.always) return { always: true };
  const lines: HoursLine[] = [];
  let last: { line: HoursLine; key: string; index: number } | undefined;
  WEEK.forEach((day, index) => {
    const ranges = rangesOf(hours, day);
    if (!ranges.length) return;
    const key = ranges.map((r) => r.join('-')).join(',');
    if (last && last.key === key && last.index === index - 1) {
      last.line.to = day;
      last.index = index;
    } else {
      const line: HoursLine = { from: day, to: day, ranges };
      lines.push(line);
      last = { line, key, index };
    }
  });
  return { always: false, lines, closedOnBankHolidays: !hours.openOnBankHolidays };
}
