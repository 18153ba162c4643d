/**
 * The apology when a promise is missed, one shape for every widget: the
 * apology itself (headed as the widget heads it), when it should have been
 * done, the council's own promise for a missed timescale (the charter's
 * `ifMissed`) before anything the resident is asked to do, then what they
 * can do, in order, from the charter. The looks are each widget's own (a
 * tracker's red box, the timescales' warning); `part="overdue"` for pages.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './locale.js';

export interface OverdueNoticeOptions {
  /** "This is overdue. We are sorry.", as a heading or a line. */
  title: TemplateResult;
  /** "We should have done this by …". */
  when?: TemplateResult | string;
  /** The council's promise for a missed timescale, from the charter. */
  promise?: TemplateResult | string;
  /** What the resident can do, in order; `fallback` alone when the charter says nothing. */
  actions: (TemplateResult | string)[];
  fallback: string;
  /** Anything after the steps (the ombudsman, at the last stage). */
  after?: TemplateResult | typeof nothing;
  /** More classes on the box, for the widget's looks. */
  className?: string;
}

export function overdueNotice(options: OverdueNoticeOptions): TemplateResult {
  const actions = options.actions.length ? options.actions : [options.fallback];
  return html`<div class="cx-overdue ${options.className ?? ''}" part="overdue">
    ${options.title} ${options.when ? html`<p>${options.when}</p>` : nothing}
    ${options.promise ? html`<p class="cx-overdue__promise">${options.promise}</p>` : nothing}
    <p>${msg('What you can do:')}</p>
    <ol class="cx-overdue__steps">
      ${actions.map((action) => html`<li>${action}</li>`)}
    </ol>
    ${options.after ?? nothing}
  </div>`;
}
