/**
 * How the kit writes dates, times, lists and counts for people: GOV.UK style in
 * English ("Thursday 21 January 2027", "5pm", "8:30am"). English, Welsh, Polish
 * and Urdu come from the kit's own words (core/src/domain/locale-data), always:
 * a resident reads the same on every browser, including those without that
 * language's data (Debian's Chromium has no Welsh: `Intl` would answer in
 * English), and an English page builds no `Intl` formatter at all (the first
 * one on a page costs some 80 ms on a slow phone). `Intl` for anything else.
 *
 * A language's words arrive with its strings (locale.ts `loadLocale`), so a
 * page carries only the languages it shows; until then that language is
 * written as `Intl` has it (a widget shows nothing before its language loads).
 */
import {
  dateInWords,
  listPartsInWords,
  monthYearInWords,
  pluralInWords,
  timeInWords,
  timeRangeInWords,
  weekdayInWords,
  weekdayRangeInWords,
  type DateForm,
  type ListPart,
  type PluralCategory,
} from '../domain/locale-data/words.js';
import { english } from '../domain/locale-data/english.js';
import type { LocaleWords } from '../domain/locale-data/types.js';
import { localeWords } from './locale-words.js';
import { msgLocale } from './locale.js';

export type { DateForm, ListPart, PluralCategory } from '../domain/locale-data/words.js';

export { useLocaleWords } from './locale-words.js';

/** Formatters are costly to build and cheap to reuse: one per locale and kind. */
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules | null>();

const isEnglish = (locale: string) => locale.toLowerCase().startsWith('en');
/** The kit's own words for the locale: always for English, for another language once it has loaded. */
const wordsFor = (locale: string): LocaleWords | undefined => (isEnglish(locale) ? english : localeWords(locale));
const language = (tag: string) => tag.toLowerCase().split('-')[0];

const supported = new Map<string, string>();
/**
 * The locale to hand to `Intl`: the resident's when the browser has its data,
 * otherwise British English. (Some browser builds lack Welsh, say, and would
 * silently fall back to American English: "Thursday, January 21, 2027".)
 */
function intlLocale(locale: string): string {
  if (isEnglish(locale)) return 'en-GB';
  return cached(supported, locale, () => (language(new Intl.DateTimeFormat(locale).resolvedOptions().locale) === language(locale) ? locale : 'en-GB'));
}

const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);

export interface DateOptions {
  weekday?: boolean;
  year?: boolean;
  /** 'by': the form that follows the language's "by" ("do czwartku, 21 stycznia 2027" in Polish). */
  form?: DateForm;
}

/** An ISO date as people read it: "Thursday 21 January 2027" (no comma, as GOV.UK writes it), "dydd Iau 21 Ionawr 2027". */
export function formatDate(iso: string, locale = 'en-GB', options: DateOptions = {}): string {
  const words = wordsFor(locale);
  if (words) return dateInWords(iso, words, options);
  const tag = intlLocale(locale);
  const weekday = options.weekday ?? true;
  const year = options.year ?? true;
  const text = cached(dateFormats, `${tag}|${weekday}|${year}`, () =>
    new Intl.DateTimeFormat(tag, { weekday: weekday ? 'long' : undefined, day: 'numeric', month: 'long', year: year ? 'numeric' : undefined, timeZone: 'UTC' }),
  ).format(utc(iso));
  return tag === 'en-GB' ? text.replace(',', '') : text;
}

/** A date for "by {date}" phrases: Polish "Odpowiemy do czwartku, 21 stycznia 2027"; the plain date elsewhere. */
export function formatByDate(iso: string, locale = 'en-GB', options: Omit<DateOptions, 'form'> = {}): string {
  return formatDate(iso, locale, { ...options, form: 'by' });
}

/** The month and year of an ISO date, as a calendar's title: "January 2027", "Ionawr 2027", "styczeń 2027". */
export function formatMonthYear(iso: string, locale = 'en-GB'): string {
  const words = wordsFor(locale);
  if (words) return monthYearInWords(iso, words);
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(iso));
}

/** The weekday of an ISO date in the locale: "Monday"; 'short' "Mon", 'narrow' "M" (a calendar's column heads). */
export function formatWeekday(iso: string, locale = 'en-GB', width: 'long' | 'short' | 'narrow' = 'long'): string {
  const words = wordsFor(locale);
  if (words) return weekdayInWords(iso, words, width);
  const tag = intlLocale(locale);
  return cached(weekdayFormats, `${tag}|${width}`, () => new Intl.DateTimeFormat(tag, { weekday: width, timeZone: 'UTC' })).format(utc(iso));
}

/** A run of days: "Monday to Thursday", "dydd Llun i ddydd Iau", "poniedziałek–czwartek", "پیر تا جمعرات". */
export function formatWeekdayRange(fromIso: string, toIso: string, locale = 'en-GB'): string {
  const words = wordsFor(locale);
  if (words) return weekdayRangeInWords(fromIso, toIso, words);
  return `${formatWeekday(fromIso, locale)} to ${formatWeekday(toIso, locale)}`;
}

/** A 24-hour "HH:MM" as people read it: "5pm", "8:30am", "midday", "midnight" in English; "5yh" in Welsh; "17:00" in Polish and Urdu. */
export function formatTime(time: string, locale = 'en-GB'): string {
  const words = wordsFor(locale);
  if (words) return timeInWords(time, words);
  const [h, m] = time.split(':').map(Number);
  if (intlLocale(locale) === 'en-GB') return english.time(h, m);
  return cached(timeFormats, locale, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })).format(new Date(Date.UTC(2000, 0, 1, h % 24, m)));
}

/** Opening to closing: "8:30am to 5pm", "8:30yb i 5yh", "8:30–17:00", "8:30 تا 17:00". */
export function formatTimeRange(from: string, to: string, locale = 'en-GB'): string {
  const words = wordsFor(locale);
  if (words) return timeRangeInWords(from, to, words);
  return `${formatTime(from, locale)} to ${formatTime(to, locale)}`;
}

/** A whole number in the locale ("1,000"). */
export function formatNumber(value: number, locale = 'en-GB'): string {
  // English whole numbers by hand ("-1,234"), as Intl writes them: no formatter to build. (String(-0) is "0", Intl's "-0".)
  if (isEnglish(locale) && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  return cached(numberFormats, locale, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

/** A list in the locale: "email, phone and post", "e-bost, ffôn a post", "a, b i c", "a، b اور c". */
export function formatList(items: readonly string[], locale = 'en-GB', type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return formatListParts(items, locale, type)
    .map((part) => (typeof part === 'number' ? items[part] : part))
    .join('');
}

/** The same list as parts, each item by its index, so a template can mark an item's language (foreign-text.ts `localizedList`). */
export function formatListParts(items: readonly string[], locale = 'en-GB', type: 'conjunction' | 'disjunction' = 'conjunction'): ListPart[] {
  const words = wordsFor(locale);
  if (words) return listPartsInWords(items, words, type);
  let next = 0;
  return cached(listFormats, `${locale}|${type}`, () => new Intl.ListFormat(intlLocale(locale), { style: 'long', type }))
    .formatToParts(items)
    .map((part) => (part.type === 'element' ? next++ : part.value));
}

/**
 * The CLDR plural category of `count` in the locale: the kit's own rule in
 * English; `Intl.PluralRules` where the browser has the language, the kit's
 * own rules where it does not (Welsh has six: zero, one, two, few, many,
 * other; Polish four).
 */
export function pluralCategory(count: number, locale = 'en-GB'): PluralCategory {
  if (isEnglish(locale)) return english.plural(count);
  const rules = cached(pluralRules, locale, () => {
    const intl = new Intl.PluralRules(locale);
    return language(intl.resolvedOptions().locale) === language(locale) ? intl : null;
  });
  const words = localeWords(locale);
  if (!rules && words) return pluralInWords(count, words);
  return rules ? (rules.select(count) as PluralCategory) : english.plural(count);
}

/**
 * Picks the message for `count`'s plural category in the language `msg()`
 * answers in now. @lit/localize has no plural syntax, so each category is its
 * own `msg()` with an id; English writes `one` and repeats `other` for the
 * rest, translators write each category their language uses (Welsh all six):
 *
 *     plural(n, {
 *       one: () => msg(str`${n} working day`, { id: 'working-days-one' }),
 *       two: () => msg(str`${n} working days`, { id: 'working-days-two' }),
 *       other: () => msg(str`${n} working days`, { id: 'working-days-other' }),
 *     })
 *
 * A category with no message falls back to `other`.
 */
export function plural<T>(count: number, forms: Partial<Record<PluralCategory, () => T>> & { other: () => T }): T {
  return (forms[pluralCategory(count, msgLocale())] ?? forms.other)();
}
