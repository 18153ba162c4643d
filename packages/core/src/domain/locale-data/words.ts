/**
 * Dates, times, lists and plurals written from one language's words
 * (`LocaleWords`). Pure functions, no DOM, no language data of their own: the
 * element side loads a language's words with its strings (locale.ts), so a
 * page carries only the languages it shows.
 */
import type { DateParts, LocaleWords, PluralCategory } from './types.js';

export type { PluralCategory } from './types.js';

/** Where a date goes: on its own, or after the language's word for "by" ("do" + genitive in Polish). */
export type DateForm = 'plain' | 'by';

export interface DateWordsOptions {
  weekday?: boolean;
  year?: boolean;
  form?: DateForm;
}

function partsOf(iso: string): { year: number; month: number; day: number; weekday: number } {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return { year, month: month - 1, day, weekday };
}

/** Monday 0 … Sunday 6, for an ISO date. */
export function weekdayIndex(iso: string): number {
  return partsOf(iso).weekday;
}

/** An ISO date in `words`' language: "dydd Iau 21 Ionawr 2027", "do czwartku, 21 stycznia 2027" (form 'by', without the "do"). */
export function dateInWords(iso: string, words: LocaleWords, options: DateWordsOptions = {}): string {
  const { year, month, day, weekday } = partsOf(iso);
  const parts: DateParts = { day, month: words.months.inDate[month] };
  if (options.weekday ?? true) parts.weekday = (options.form === 'by' ? words.weekdays.afterBy : words.weekdays.long)[weekday];
  if (options.year ?? true) parts.year = year;
  return words.date(parts);
}

/** The month and year of an ISO date, as a calendar's title. */
export function monthYearInWords(iso: string, words: LocaleWords): string {
  const { year, month } = partsOf(iso);
  return words.monthYear(words.months.long[month], year);
}

/** The weekday of an ISO date: long ("dydd Iau"), short ("Iau") or narrow ("I"). */
export function weekdayInWords(iso: string, words: LocaleWords, width: 'long' | 'short' | 'narrow' = 'long'): string {
  return words.weekdays[width][partsOf(iso).weekday];
}

/** "dydd Llun i ddydd Iau", "poniedziałek–czwartek", "پیر تا جمعرات". */
export function weekdayRangeInWords(fromIso: string, toIso: string, words: LocaleWords): string {
  return words.range(words.weekdays.long[partsOf(fromIso).weekday], words.weekdays.rangeEnd[partsOf(toIso).weekday]);
}

/** A 24-hour "HH:MM" in the language: "8:30yb", "17:00". */
export function timeInWords(time: string, words: LocaleWords): string {
  const [hours, minutes] = time.split(':').map(Number);
  return words.time(hours, minutes);
}

/** "8:30yb i 5yh", "8:30–17:00", "8:30 تا 17:00". */
export function timeRangeInWords(from: string, to: string, words: LocaleWords): string {
  return words.range(timeInWords(from, words), timeInWords(to, words));
}

/** A list as parts: the index of each item, and the words between them (`[0, ', ', 1, ' a ', 2]`). */
export type ListPart = number | string;

/** The parts of "a, b a c", "a, b i c", "a، b اور c" ("neu", "lub", "یا" for a choice). */
export function listPartsInWords(items: readonly string[], words: LocaleWords, type: 'conjunction' | 'disjunction' = 'conjunction'): ListPart[] {
  const parts: ListPart[] = [];
  items.forEach((item, i) => {
    if (i > 0 && i === items.length - 1) parts.push(` ${type === 'conjunction' ? words.and(item) : words.or(item)} `);
    else if (i > 0) parts.push(words.comma);
    parts.push(i);
  });
  return parts;
}

/** "a, b a c", "a, b i c", "a، b اور c"; "neu", "lub", "یا" for a choice. */
export function listInWords(items: readonly string[], words: LocaleWords, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return listPartsInWords(items, words, type)
    .map((part) => (typeof part === 'number' ? items[part] : part))
    .join('');
}

/** The plural category of `n` by the language's CLDR rule. */
export function pluralInWords(n: number, words: LocaleWords): PluralCategory {
  return words.plural(n);
}
