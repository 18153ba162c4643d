/**
 * The one format of every widget's `now` attribute (ISO 8601), read without
 * a DOM so it is tested in Node:
 * - `2026-12-24`: that day in the UK, from midnight;
 * - `2026-12-24T16:45` (seconds optional): that wall-clock time in the UK,
 *   GMT or BST as the date has it;
 * - `2026-12-24T16:45:00Z` or `…+01:00`: that instant.
 */
import { isISODate, toDayNumber } from '../domain/iso-date.js';
import { londonInstantMs } from '../domain/london-time.js';

const LOCAL = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** An example of the format, for editors' messages. */
export const NOW_EXAMPLE = '2026-12-24T16:45';

/**
 * Epoch milliseconds of a `now` attribute; `null` when it is not one of the
 * forms above (an attribute problem to report); `undefined` when absent or blank.
 */
export function parseNow(value: string | null | undefined): number | null | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (WITH_ZONE.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : null;
  }
  const local = LOCAL.exec(text);
  if (!local || !isISODate(local[1])) return null;
  const [, date, hh = '00', mm = '00', ss = '00', fraction = ''] = local;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  const minutes = Number(hh) * 60 + Number(mm);
  return londonInstantMs(toDayNumber(date!), minutes) + Number(ss) * 1000 + Math.floor(Number(`0.${fraction || '0'}`) * 1000);
}
