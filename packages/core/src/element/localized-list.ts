/**
 * Charter text in a list, each item marked with its language: apart from
 * foreign-text.ts because the list words (format.ts) weigh more than the
 * marking itself, and most widgets' first content shows no list.
 */
import { html, type TemplateResult } from 'lit';
import { foreignText, type TextInLanguage } from './foreign-text.js';
import { formatListParts } from './format.js';

/**
 * A list whose items may be in other languages ("weekendy, <span lang=en>Christmas Day</span>
 * i <span lang=en>Boxing Day</span>"): joined in the widget's language, each item marked.
 */
export function localizedList(items: readonly (string | TextInLanguage)[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): TemplateResult {
  const values = items.map((item) => (typeof item === 'string' ? { text: item, lang: locale } : item));
  const parts = formatListParts(
    values.map((value) => value.text),
    locale,
    type,
  );
  return html`${parts.map((part) => (typeof part === 'number' ? foreignText(values[part], locale) : part))}`;
}
