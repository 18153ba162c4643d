import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The levels a widget's top heading may take (`heading-level`): h1 belongs to the page. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface HeadingOptions {
  id?: string;
  className?: string;
  part?: string;
}

/**
 * A heading of the given level, as a real `<h2>`…`<h6>` (screen readers'
 * heading lists and browsers' outlines know those best). One small template
 * per level rather than `lit/static-html.js`: no extra code to download, and
 * each template is still cached. Deeper than 6 (a sub-heading of an h6), a
 * `role="heading"` with `aria-level`, which ARIA allows past 6.
 */
export function headingTemplate(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = ifDefined(options.id);
  const cls = ifDefined(options.className);
  const part = ifDefined(options.part);
  switch (level) {
    case 1:
    case 2:
      return html`<h2 id=${id} class=${cls} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${cls} part=${part}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${level} id=${id} class=${cls} part=${part}>${content}</div>`;
  }
}

/** The level a `heading-level` attribute asks for, or undefined when it is not a whole number from 2 to 6. */
export function parseHeadingLevel(value: string | null | undefined): HeadingLevel | undefined {
  const text = value?.trim() ?? '';
  return /^[2-6]$/.test(text) ? (Number(text) as HeadingLevel) : undefined;
}
