import type { LocaleWords } from '../domain/locale-data/types.js';

/**
 * Each loaded language's words for dates, times, lists and plurals: filled
 * by locale.ts as a language loads, read by format.ts. Apart from both, so
 * the element base (which loads languages) does not carry the formatters.
 */
const wordsByLanguage = new Map<string, LocaleWords>();

/** Makes a language's words available to format.ts (locale.ts does, as the language loads). */
export function useLocaleWords(words: LocaleWords): void {
  wordsByLanguage.set(words.tag, words);
}

/** The words of `tag`'s language, once loaded. */
export function localeWords(tag: string): LocaleWords | undefined {
  return wordsByLanguage.get(tag.toLowerCase().split('-')[0]);
}
