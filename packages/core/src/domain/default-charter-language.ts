/**
 * How the default charter writes its text in the kit's languages: English,
 * then Welsh, Polish and Urdu. The Welsh, Polish and Urdu are careful drafts
 * awaiting review by native speakers (the README's Languages section says
 * so); names of bodies that have no official translation (the Local
 * Government and Social Care Ombudsman, the ICO) stay in English inside
 * them, and widgets mark untranslated text with its own `lang`.
 */
import type { LocalText } from './types.js';

/** The languages the default charter's text is drafted in, beyond English. */
export const DEFAULT_CHARTER_LANGUAGES = ['cy', 'pl', 'ur'] as const;

/** Whether each language's text is reviewed by a native speaker yet. */
export const DEFAULT_CHARTER_TRANSLATION_STATUS: Readonly<Record<(typeof DEFAULT_CHARTER_LANGUAGES)[number], 'draft' | 'reviewed'>> =
  Object.freeze({ cy: 'draft', pl: 'draft', ur: 'draft' });

/** One text in English, Welsh, Polish and Urdu. */
export function t(en: string, cy: string, pl: string, ur: string): LocalText {
  return { en, cy, pl, ur };
}

/** Texts joined into one, sentence after sentence, language by language. */
export function sentences(...texts: LocalText[]): LocalText {
  const of = (text: LocalText, lang: string) => (typeof text === 'string' ? text : (text[lang] ?? text.en));
  const joined = (lang: string) => texts.map((text) => of(text, lang)).join(' ');
  return t(joined('en'), joined('cy'), joined('pl'), joined('ur'));
}
