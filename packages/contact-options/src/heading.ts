/**
 * A heading at a level worked out at render time (`heading-level` sets the
 * widget's top heading; sub-headings follow from it), so the widget's
 * headings fit the outline of any page. One template per level: lit cannot
 * bind a tag name, and static templates would be more weight for five tags.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** `<hN id class>content</hN>` with N clamped to 2..6. */
export function headingAt(level: number, id: string | undefined, className: string | undefined, content: unknown): TemplateResult {
  const n = Math.min(6, Math.max(2, Math.round(level)));
  const [i, c] = [ifDefined(id), ifDefined(className)];
  if (n === 2) return html`<h2 id=${i} class=${c}>${content}</h2>`;
  if (n === 3) return html`<h3 id=${i} class=${c}>${content}</h3>`;
  if (n === 4) return html`<h4 id=${i} class=${c}>${content}</h4>`;
  if (n === 5) return html`<h5 id=${i} class=${c}>${content}</h5>`;
  return html`<h6 id=${i} class=${c}>${content}</h6>`;
}
