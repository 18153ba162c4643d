/**
 * Text an editor writes once, or once per language. English is required in
 * the translated form because it is the language every reader falls back to.
 */
import type { LocalText } from './types.js';

/**
 * The text to show for `locale`: an exact match (`cy-GB`), then the base
 * language (`cy`), then any variant of it (`cy-GB` for `cy`), then English.
 * Language tags match case-insensitively, as BCP 47 says they do.
 */
export function localText(text: LocalText, locale: string): string {
  if (typeof text === 'string') return text;
  const byTag = new Map(Object.entries(text).map(([tag, value]) => [tag.toLowerCase(), value] as const));
  const wanted = locale.toLowerCase();
  const base = wanted.split('-')[0];
  const exact = byTag.get(wanted) ?? byTag.get(base);
  if (exact !== undefined) return exact;
  for (const [tag, value] of byTag) {
    if (tag.split('-')[0] === base) return value;
  }
  return text.en;
}
