/**
 * Small string formats the charter and the API contracts share: ids, dates,
 * web addresses, phone numbers, email addresses, as plain predicates that cost
 * nothing to ship. Their zod/mini schemas are in field-format-schemas.ts.
 */

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Deliberately loose: "looks like an address"; only sending an email proves one.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;
// Digits as dialled, spaces allowed between groups, optional leading "+".
const DIALLED = /^\+?\d[\d ]*\d$|^\d$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
// A UK number once spaces, hyphens, dots and brackets are gone: 0 or +44 (or 0044), then 9 or 10 digits.
const UK_PHONE = /^(?:0|\+44|0044)\d{9,10}$/;
const UK_POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/i;
// ISO 8601 as Open311 servers write it: a date, optionally a time, optionally a zone.
const LOOSE_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for a kebab-case id such as `missed-bin`. */
export function isKebabId(value: string): boolean {
  return KEBAB_ID.test(value);
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** True for something that looks like an email address (`name@example.org`). */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

/** True for a phone number written as dialled: digits and spaces, 3 to 15 digits, optionally a leading `+`. */
export function isDialledNumber(value: string): boolean {
  if (!DIALLED.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 15;
}

/** True for a BCP 47 language tag of the simple kind the kit uses: `en`, `cy`, `cy-GB`, `pa-Guru`. */
export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

/** True for a UK phone number as a resident types it: `01632 960 001`, `+44 1632 960001`, `+44 (0)1632 960001`. */
export function isUkPhoneNumber(value: string): boolean {
  if (!/^[\d\s()+.-]+$/.test(value)) return false;
  return UK_PHONE.test(value.replace('(0)', '').replace(/[\s().-]/g, ''));
}

/** True for a UK postcode, with or without its space, in any case: `CW1 2AB`, `cw12ab`. */
export function isUkPostcode(value: string): boolean {
  return UK_POSTCODE.test(value.trim());
}

/** True for an ISO 8601 date or date-time with or without a zone, as servers write them. */
export function isLooseIsoDateTime(value: string): boolean {
  return LOOSE_DATE_TIME.test(value) && isIsoDate(value.slice(0, 10));
}

/**
 * The scheme a browser would see in `url` (lower case, without the colon), or
 * `null` for a relative URL. Browsers ignore tabs and newlines anywhere in a
 * URL and control characters or spaces before it, so `" java\tscript:"` is
 * read as `javascript:` here too.
 */
export function urlScheme(url: string): string | null {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1].toLowerCase() : null;
}

/**
 * True when `url` is safe to put in an `href`: an absolute `http:`/`https:`
 * address with a host, or (when `allowRelative`) a relative one. Every other
 * scheme (`javascript:`, `data:`, `vbscript:`, `mailto:` …) is false, so data
 * from a charter or a server never becomes a script link.
 */
export function isWebUrl(url: string, allowRelative = true): boolean {
  if (url.length === 0 || /[\s\u0000-\u001f\u007f]/.test(url)) return false;
  const scheme = urlScheme(url);
  if (scheme === null) return allowRelative;
  if (scheme !== 'http' && scheme !== 'https') return false;
  try {
    return new URL(url).hostname.length > 0;
  } catch {
    return false;
  }
}

/** Quote a value for an error message, cut short so a pasted essay does not drown the message. */
export function quote(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return typeof value === 'string' ? `"${short}"` : short;
}
