/**
 * How the default charter writes its text in the kit's languages: English
 * (default-charter-en.ts), then Welsh, Polish and Urdu, one file each
 * (default-charter-cy.ts, -pl.ts, -ur.ts; the services' words in
 * default-charter-services-cy.ts, -pl.ts, -ur.ts). The Welsh, Polish and Urdu
 * are careful drafts awaiting review by native speakers (the README's
 * Languages section says so); names of bodies that have no official
 * translation (the Local Government and Social Care Ombudsman, the ICO) stay
 * in English inside them, and widgets mark untranslated text with its own `lang`.
 *
 * The charter is built from whichever languages are at hand: all four for
 * `defaultCharter`, English and the page's language for a widget, which
 * downloads no other.
 */
import type { CharterWords, en } from './default-charter-en.js';
import type { LocalText } from './types.js';

/** The languages the default charter's text is drafted in, beyond English. */
export const DEFAULT_CHARTER_LANGUAGES = ['cy', 'pl', 'ur'] as const;

export type DefaultCharterLanguage = (typeof DEFAULT_CHARTER_LANGUAGES)[number];

/** Whether each language's text is reviewed by a native speaker yet. */
export const DEFAULT_CHARTER_TRANSLATION_STATUS: Readonly<Record<DefaultCharterLanguage, 'draft' | 'reviewed'>> = Object.freeze({
  cy: 'draft',
  pl: 'draft',
  ur: 'draft',
});

/** Each of the default charter's texts in the languages at hand. */
export type CharterText = { readonly [key in keyof typeof en]: { en: string; [lang: string]: string } };

/** The words of English and the other languages at hand, text by text: `{ en, cy, … }`, English first. */
export function charterText(english: CharterWords, others: Partial<Record<DefaultCharterLanguage, CharterWords>>): CharterText {
  const text: Record<string, { en: string; [lang: string]: string }> = {};
  for (const [key, words] of Object.entries(english)) {
    text[key] = { en: words };
    for (const [lang, translated] of Object.entries(others)) text[key][lang] = translated[key as keyof CharterWords];
  }
  return text as CharterText;
}

/** Texts and punctuation joined into one text, language by language (a plain string is the same in each). */
export function joined(...parts: LocalText[]): LocalText {
  const langs = Object.keys(parts.find((part) => typeof part !== 'string') ?? { en: '' });
  const of = (part: LocalText, lang: string) => (typeof part === 'string' ? part : (part[lang] ?? part.en));
  return Object.fromEntries(langs.map((lang) => [lang, parts.map((part) => of(part, lang)).join('')])) as LocalText;
}

/** Texts joined into one, sentence after sentence, language by language. */
export function sentences(...texts: LocalText[]): LocalText {
  return joined(...texts.flatMap((text, i) => (i ? [' ', text] : [text])));
}
