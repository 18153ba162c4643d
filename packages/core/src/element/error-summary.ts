import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './locale.js';

/** One thing the resident must fix: the id of the field it belongs to, and the message. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * GOV.UK's error summary, exactly: it lists every problem at the top, takes
 * focus after a failed submit (call `focusErrorSummary`), and each link moves
 * focus to its field and scrolls the field's label or legend into view. All in
 * the caller's shadow root, because ARIA references do not cross shadow roots.
 */
export function errorSummary(errors: FieldError[], root: ShadowRoot | null): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const go = (event: Event, field: string) => {
    event.preventDefault();
    focusField(root, field);
  };
  return html`<div class="cx-error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="cx-error-summary-title">
    <h2 id="cx-error-summary-title" class="cx-error-summary__title">${msg('There is a problem')}</h2>
    <ul class="cx-error-summary__list">
      ${errors.map((e) => html`<li><a href="#${e.field}" @click=${(event: Event) => go(event, e.field)}>${e.message}</a></li>`)}
    </ul>
  </div>`;
}

/** Moves focus to the summary after a failed submit, as GOV.UK does. */
export function focusErrorSummary(root: ShadowRoot | null): void {
  const summary = root?.querySelector<HTMLElement>('.cx-error-summary');
  summary?.focus();
  summary?.scrollIntoView?.({ block: 'start' });
}

/** Focuses a field by id and brings its legend (for a group) or label into view. */
export function focusField(root: ShadowRoot | null, id: string): void {
  const field = root?.getElementById(id) as HTMLElement | null;
  if (!field) return;
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = root?.querySelector(`label[for="${CSS.escape(id)}"]`);
  field.focus({ preventScroll: true });
  (legend ?? label ?? field).scrollIntoView?.({ block: 'start' });
}

/** The message under a field (GOV.UK: "Error: …" for screen readers, the text in red for everyone). */
export function fieldError(id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message
    ? html`<p class="cx-error-message" id="${id}-error"><span class="cx-visually-hidden">${msg('Error:')}</span> ${message}</p>`
    : nothing;
}
