/**
 * A translated sentence with charter text inside it ("{name} na naszej
 * stronie", "Skontaktuj się z Cheshire East Council…"), where the charter
 * text may be in another language and so needs its own `lang` (WCAG 3.1.2).
 * `msg(str…)` holds strings only, so the sentence is translated round
 * `TEXT_SLOT`, then the marked text goes in its place: the translations keep
 * their ids.
 *
 *     withText(msg(str`Contact the ${TEXT_SLOT}`), localized(ombudsman.name, locale))
 */
import { html, type TemplateResult } from 'lit';

/** Stands for the text while the sentence is translated: characters no translation or charter contains. */
export const TEXT_SLOT = '\u2063cx-text\u2063';

/** `sentence`, written with `TEXT_SLOT` where the text goes, with `text` in each such place. */
export function withText(sentence: string, text: TemplateResult | string): TemplateResult | string {
  if (!sentence.includes(TEXT_SLOT)) return sentence;
  const parts = sentence.split(TEXT_SLOT);
  return html`${parts.map((part, i) => (i ? html`${text}${part}` : part))}`;
}
