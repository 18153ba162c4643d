/**
 * "Today" for the widget: UK time from the clock, or fixed by the `now`
 * attribute for demos and tests ("2026-12-18", or an instant with its offset
 * such as "2027-01-25T09:00:00Z").
 */
import { isISODate, todayInLondon, type ISODate } from '@cx-kit/core';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The UK date of a `now` attribute: an ISO date is that day; an instant
 * (with `Z` or an offset, so it means the same everywhere) is the London date
 * at that moment. `null` for anything else. No value: today, by the clock.
 */
export function todayFrom(now: string | null | undefined, clock: () => Date = () => new Date()): ISODate | null {
  if (now === undefined || now === null || now.trim() === '') return todayInLondon(clock());
  const value = now.trim();
  if (isISODate(value)) return value;
  if (!INSTANT.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : todayInLondon(instant);
}
