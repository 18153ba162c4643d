/**
 * Dates, times, lists and plurals in Welsh, Polish and Urdu from the kit's own
 * data, for browsers that lack the language (Debian's Chromium has no Welsh:
 * `Intl` quietly answers in English). Pure functions, no DOM: they run in Node.
 */
import type { LocaleWords } from './types.js';
import { polish } from './polish.js';
import { urdu } from './urdu.js';
import { welsh } from './welsh.js';

export type { DateParts, LocaleWords } from './types.js';
export * from './words.js';
export { polish, urdu, welsh };

const byLanguage: Record<string, LocaleWords> = { cy: welsh, pl: polish, ur: urdu };

/** The kit's words for a language tag (`cy-GB` → Welsh), or undefined when it has none. */
export function localeWords(tag: string): LocaleWords | undefined {
  return byLanguage[tag.toLowerCase().split('-')[0]];
}
