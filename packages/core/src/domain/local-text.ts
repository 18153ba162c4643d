/**
 * Text an editor writes once, or once per language. English is required in
 * the translated form because it is the language every reader falls back to.
 */
import type { LocalText } from './types.js';

/** A charter text resolved for a reader: the words, and the language they are in (a tag as the charter wrote it, or "en"). */
export interface ResolvedText {
  text: string;
  lang: string;
}

/**
 * The text to show for `locale`, and which language it is in: an exact
 * match (`cy-GB`), then the base language (`cy`), then any variant of it
 * (`cy-GB` for `cy`), then English. Language tags match case-insensitively,
 * as BCP 47 says they do. A plain string is taken to be English. A widget
 * marks text whose `lang` differs from its own with that `lang`, so screen
 * readers pronounce it right.
 */
export function resolveLocalText(text: LocalText, locale: string): ResolvedText {
  if (typeof text === 'string') return { text, lang: 'en' };
  const wanted = locale.toLowerCase();
  const base = wanted.split('-')[0];
  let baseMatch: ResolvedText | undefined;
  let variant: ResolvedText | undefined;
  for (const [tag, value] of Object.entries(text)) {
    const lower = tag.toLowerCase();
    if (lower === wanted) return { text: value, lang: tag };
    if (lower === base) baseMatch ??= { text: value, lang: tag };
    else if (lower.split('-')[0] === base) variant ??= { text: value, lang: tag };
  }
  return baseMatch ?? variant ?? { text: text.en, lang: 'en' };
}

/** The text to show for `locale` (see {@link resolveLocalText}, which also says which language it is). */
export function localText(text: LocalText, locale: string): string {
  return resolveLocalText(text, locale).text;
}
