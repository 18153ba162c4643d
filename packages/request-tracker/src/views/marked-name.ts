/**
 * A translated sentence with a charter name inside it ("Skontaktuj się z
 * <span lang=en>Cheshire East Council</span>…"): `msg()` gives a string, so the
 * name goes in as a placeholder and comes back out marked with its language.
 */
import { html, type TemplateResult } from 'lit';
import type { LocalText } from '@cx-kit/core';
import { localized } from '@cx-kit/core/element';

/** Stands for the name while the sentence is translated: characters no translation contains. */
export const NAME_SLOT = '\u2063cx-name\u2063';

/** `sentence` (built with `NAME_SLOT` where the name goes) with the name marked with its language. */
export function withName(sentence: string, name: LocalText, locale: string): TemplateResult | string {
  if (!sentence.includes(NAME_SLOT)) return sentence;
  const parts = sentence.split(NAME_SLOT);
  const marked = localized(name, locale);
  return html`${parts.map((part, i) => (i ? html`${marked}${part}` : part))}`;
}
