/**
 * How the kit writes dates, times, numbers and phone numbers for people:
 * GOV.UK style in English ("Thursday 21 January 2027", "5pm", "8:30am"),
 * and `Intl` in the resident's locale for every other language.
 */

/** Formatters are costly to build and cheap to reuse: one per locale and kind. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, withWeekday: boolean, withYear: boolean): Intl.DateTimeFormat {
  return cached(dateFormats, `${locale}|${withWeekday}|${withYear}`, () =>
    new Intl.DateTimeFormat(locale, { weekday: withWeekday ? 'long' : undefined, day: 'numeric', month: 'long', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }),
  );
}

const isEnglish = (locale: string) => locale.toLowerCase().startsWith('en');

const supported = new Map<string, string>();
/**
 * The locale to hand to `Intl`: the resident's when the browser has its data,
 * otherwise British English. (Some browser builds lack Welsh, say, and would
 * silently fall back to American English: "Thursday, January 21, 2027".)
 */
function intlLocale(locale: string): string {
  if (isEnglish(locale)) return 'en-GB';
  return cached(supported, locale, () => (Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en-GB'));
}

/** An ISO date as people read it: "Thursday 21 January 2027" (no comma, as GOV.UK writes it). */
export function formatDate(iso: string, locale = 'en-GB', options: { weekday?: boolean; year?: boolean } = {}): string {
  const [y, m, d] = iso.split('-').map(Number);
  const tag = intlLocale(locale);
  const text = dateFormat(tag, options.weekday ?? true, options.year ?? true).format(new Date(Date.UTC(y, m - 1, d)));
  return tag === 'en-GB' ? text.replace(',', '') : text;
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** The weekday of an ISO date in the locale: "Monday". */
export function formatWeekday(iso: string, locale = 'en-GB'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const tag = intlLocale(locale);
  return cached(weekdayFormats, tag, () => new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A 24-hour "HH:MM" as people read it: "5pm", "8:30am", "midday", "midnight" in English; `Intl` elsewhere. */
export function formatTime(time: string, locale = 'en-GB'): string {
  const [h, m] = time.split(':').map(Number);
  if (intlLocale(locale) === 'en-GB') {
    if ((h === 0 || h === 24) && m === 0) return 'midnight';
    if (h === 12 && m === 0) return 'midday';
    const hour12 = h % 12 === 0 ? 12 : h % 12;
    return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 || h === 24 ? 'am' : 'pm'}`;
  }
  return cached(timeFormats, locale, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })).format(new Date(Date.UTC(2000, 0, 1, h % 24, m)));
}

/** A whole number in the locale ("1,000"). */
export function formatNumber(value: number, locale = 'en-GB'): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

/** A list in the locale: "email, phone and post". */
export function formatList(items: string[], locale = 'en-GB', type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(listFormats, `${locale}|${type}`, () => new Intl.ListFormat(intlLocale(locale), { style: 'long', type })).format(items);
}

/**
 * A UK phone number grouped as people read it ("01632 960000", "0808 157 0123",
 * "0300 123 5500", "020 7946 0000"); and the `tel:` form (digits, +44).
 */
export function groupPhone(number: string): string {
  const digits = number.replace(/[^\d+]/g, '').replace(/^\+44/, '0');
  if (!/^0\d{9,10}$/.test(digits)) return number.trim();
  if (/^0(20|23|24|28|29)/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^0(3|8|9)/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  if (/^07/.test(digits)) return `${digits.slice(0, 5)} ${digits.slice(5)}`;
  if (/^01\d1/.test(digits) || /^011/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+44${digits.slice(1)}` : digits}`;
}
