import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from './locale.js';
import type { CxProblem } from './events.js';
import { DOCS_URL } from './debug.js';
import { headingTemplate } from './heading.js';

/** The panel's styles: the element base adds them when it first shows the panel (it loads with it). */
export const problemsPanelStyles = css`
  .cx-problems {
    padding: var(--_cx-space-3);
    border: 5px solid var(--_cx-error);
    margin-block-end: var(--_cx-space-3);
  }
  .cx-problems code {
    font-weight: 700;
  }
`;

/**
 * The panel editors see in debug mode: each problem (or note) with the path
 * where it is, so the fix is obvious. Rendered as text only (lit escapes
 * it): charter data never becomes markup. `fallback`: whether residents see
 * the editor's fallback content instead of the widget (the "problems" panel,
 * an alert); otherwise it is the quieter "notes" panel above the working
 * widget (part `notes`, not a live region: it must not speak on page load).
 */
export function problemsPanel(
  tag: string,
  title: string,
  problems: readonly CxProblem[],
  { level = 2, fallback = true }: { level?: number; fallback?: boolean } = {},
): TemplateResult {
  // The brackets go in the value, not the message: a translation's "&lt;" would be shown as typed.
  const element = `<${tag}>`;
  return html`<section class="cx-problems" part=${fallback ? 'problems' : 'notes'} role=${fallback ? 'alert' : 'region'} aria-labelledby="cx-problems-title">
    ${headingTemplate(level, title, { id: 'cx-problems-title' })}
    <p>
      ${fallback
        ? msg(str`For editors: ${element} found ${problems.length} problem(s). Residents see your fallback content instead.`)
        : msg(str`For editors: ${element} has ${problems.length} thing(s) to fix. Residents see the widget; only you see this panel.`)}
    </p>
    <ul>
      ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
    ${problems.length ? html`<p><a href=${DOCS_URL}>${msg('How to write a charter')}</a></p>` : nothing}
  </section>`;
}
