/**
 * The charter's schema for `OpeningHours` (types.ts): always open, or time
 * ranges per weekday in Europe/London, such as "08:30-17:00".
 */
import * as z from 'zod/mini';
import { quote } from './field-format-schemas.js';

const RANGE = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;

/** True for `HH:MM-HH:MM` with the end after the start (`24:00` ends a whole day). */
export function isTimeRange(value: string): boolean {
  const match = RANGE.exec(value);
  if (!match) return false;
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = Number(match[3]) * 60 + Number(match[4]);
  return end > start && end <= 24 * 60;
}

const rangeSchema = z.string().check(
  z.refine(isTimeRange, {
    error: (issue) =>
      `${quote(issue.input)} is not a time range: write the opening and closing times as "08:30-17:00" (24-hour clock, closing after opening; "00:00-24:00" for all day)`,
  }),
);

const day = z.optional(z.array(rangeSchema));

/** Opening hours: `{ "always": true }` or `{ "weekly": { "monday": ["08:30-17:00"], … } }`. */
export const openingHoursSchema = z
  .strictObject({
    always: z.optional(z.boolean()),
    weekly: z.optional(
      z.strictObject({
        monday: day,
        tuesday: day,
        wednesday: day,
        thursday: day,
        friday: day,
        saturday: day,
        sunday: day,
      }),
    ),
    openOnBankHolidays: z.optional(z.boolean()),
    openOnClosures: z.optional(z.boolean()),
  })
  .check(
    z.refine((hours) => hours.always === true || hours.weekly !== undefined, {
      error: 'should say when it is open: {"always": true}, or "weekly" times such as {"monday": ["08:30-17:00"]}',
    }),
  );
