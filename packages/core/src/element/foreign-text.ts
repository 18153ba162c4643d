/**
 * Text in a language other than the widget's, marked as such (WCAG 3.1.2):
 * an English service name inside a Polish widget is read by a screen reader
 * with English sounds, and inside an Urdu widget it is isolated, so its full
 * stop stays at its own end ("services.", not ".services").
 *
 * Use `localized(text, this.locale)` wherever charter text (a `LocalText`:
 * a plain string or `{ en, cy, … }`) goes into a template, instead of
 * `localText()`; keep `localText()` for attributes (`aria-label`, `value`),
 * which cannot carry markup.
 */
import { html, type TemplateResult } from 'lit';
import type { LocalText } from '../domain/types.js';
import { isRightToLeft } from './locale.js';

/** A string and the language it is written in. */
export interface TextInLanguage {
  text: string;
  lang: string;
}

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The text to show for `locale` and the language it is in: an exact match
 * (`cy-GB`), then the base language (`cy`), then any variant of it, then
 * English. A plain string is in `plainLang` (English: the charter's own
 * language unless the council wrote it in another).
 */
export function textIn(text: LocalText, locale: string, plainLang = 'en'): TextInLanguage {
  if (typeof text === 'string') return { text, lang: plainLang };
  const entries = Object.entries(text);
  const wanted = locale.toLowerCase();
  const found =
    entries.find(([tag]) => tag.toLowerCase() === wanted) ??
    entries.find(([tag]) => tag.toLowerCase() === base(locale)) ??
    entries.find(([tag]) => base(tag) === base(locale));
  return found ? { text: found[1], lang: found[0] } : { text: text.en, lang: 'en' };
}

/** Whether two language tags name the same language (`en` and `en-GB` do). */
export function sameLanguage(a: string, b: string): boolean {
  return base(a) === base(b);
}

/**
 * `text` as it goes into a widget showing `locale`: as it is when it is in the
 * widget's language; otherwise in `<span lang>`, isolated (`dir="auto"`) when
 * either language is written right to left.
 */
export function foreignText(value: TextInLanguage, locale: string): TemplateResult | string {
  if (sameLanguage(value.lang, locale)) return value.text;
  if (isRightToLeft(locale) || isRightToLeft(value.lang)) return html`<span lang=${value.lang} dir="auto">${value.text}</span>`;
  return html`<span lang=${value.lang}>${value.text}</span>`;
}

/** Charter text for a template in a widget showing `locale`: its words for that language, marked when they are in another. */
export function localized(text: LocalText, locale: string, plainLang = 'en'): TemplateResult | string {
  return foreignText(textIn(text, locale, plainLang), locale);
}
