import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from './locale.js';
import type { CharterProblem } from './charter-source.js';
import { DOCS_URL } from './debug.js';

/**
 * The panel editors see in debug mode when a widget cannot show what it
 * should: each problem with the path where it is, so the fix is obvious.
 * Rendered as text only (lit escapes it): charter data never becomes markup.
 */
export function problemsPanel(tag: string, title: string, problems: CharterProblem[]): TemplateResult {
  return html`<section class="cx-problems" part="problems" role="alert" aria-labelledby="cx-problems-title">
    <h2 id="cx-problems-title">${title}</h2>
    <p>${msg(str`For editors: <${tag}> found ${problems.length} problem(s). Residents see your fallback content instead.`)}</p>
    <ul>
      ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
    ${problems.length ? html`<p><a href=${DOCS_URL}>${msg('How to write a charter')}</a></p>` : nothing}
  </section>`;
}
