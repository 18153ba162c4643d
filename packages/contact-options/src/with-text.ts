/**
 * A translated sentence with charter text inside it ("{name} na naszej
 * stronie"), where the charter text may be in another language and so needs
 * its own `lang` (WCAG 3.1.2). `msg(str…)` can only hold strings, so the
 * sentence is translated round a placeholder, then the marked text goes in
 * its place: the translations keep their ids.
 */
import { html, type TemplateResult } from 'lit';

// A private-use character: no translation or charter text contains it.
const SLOT = '\uE000';

export function withText(sentence: (slot: string) => string, text: TemplateResult | string): TemplateResult {
  const [before, ...after] = sentence(SLOT).split(SLOT);
  return html`${before}${text}${after.join('')}`;
}
