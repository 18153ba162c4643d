import { LitElement, css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { sharedStyles } from '@cx-kit/core/element';
import { CONTRAST_PAIRS, checkTheme, type PairResult } from '../shared/theme-check.js';

/**
 * The contrast table for the theme in force where this element sits: it reads
 * the computed `--cx-*` tokens and checks every pair against WCAG 2.2 AA.
 */
export class CxThemeReport extends LitElement {
  static override styles = [
    ...sharedStyles,
    css`
      table {
        border-collapse: collapse;
        inline-size: 100%;
        margin-block-end: var(--_cx-space-3);
      }
      th,
      td {
        text-align: start;
        padding: var(--_cx-space-1) var(--_cx-space-2);
        border-block-end: 1px solid var(--_cx-border);
      }
      /* Headings are single words: never broken inside one ("Need/s"); the colour codes wrap instead. */
      thead th {
        white-space: nowrap;
        overflow-wrap: normal;
        word-break: normal;
        hyphens: none;
      }
      .swatch {
        display: inline-block;
        inline-size: 1em;
        block-size: 1em;
        border: 1px solid currentColor;
        vertical-align: middle;
      }
      .fail {
        color: var(--_cx-error);
        font-weight: 700;
      }
    `,
  ];

  @state() private results: PairResult[] = [];

  override connectedCallback() {
    super.connectedCallback();
    this.measure();
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', this.measure);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    matchMedia('(prefers-color-scheme: dark)').removeEventListener('change', this.measure);
  }

  private readonly measure = () => {
    const style = getComputedStyle(this);
    const tokens: Record<string, string> = {};
    for (const pair of CONTRAST_PAIRS) {
      for (const name of [pair.fg, pair.bg]) {
        const value = style.getPropertyValue(name).trim();
        if (value) tokens[name] = value;
      }
    }
    this.results = checkTheme(tokens);
  };

  protected override render() {
    const failing = this.results.filter((r) => !r.ok).length;
    return html`<table>
        <caption class="cx-visually-hidden">Contrast of this theme's colour pairs</caption>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">Colours</th>
            <th scope="col">Contrast</th>
            <th scope="col">Needs</th>
          </tr>
        </thead>
        <tbody>
          ${this.results.map(
            (r) => html`<tr>
              <th scope="row">${r.what}</th>
              <td><code>${r.fg}</code> on <code>${r.bg}</code></td>
              <td class=${r.ok ? '' : 'fail'}>${r.ratio.toFixed(2)}:1 ${r.ok ? 'passes' : 'fails'}</td>
              <td>${r.min}:1</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p role="status">${failing ? `${failing} pair(s) fail WCAG 2.2 AA.` : 'Every pair passes WCAG 2.2 AA.'}</p>`;
  }
}

if (!customElements.get('cx-theme-report')) customElements.define('cx-theme-report', CxThemeReport);
