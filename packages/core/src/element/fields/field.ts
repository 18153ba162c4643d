/**
 * What every field template shares, GOV.UK style: a form group that turns
 * red with an error, the hint and the error message with ids derived from the
 * control's, `aria-describedby` naming only what is there, and the error
 * summary that links to the fields. Label, hint, error and control always
 * render in the same shadow root (ARIA references do not cross shadow roots).
 * One module on purpose: every form needs all of it, so it is one small
 * chunk, not several.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../locale.js';

/** Text, or markup (a hint may hold a list). */
export type FieldContent = string | TemplateResult;

/** What every field template takes. */
export interface FieldOptions {
  /** The control's id; its hint is `${id}-hint` and its error `${id}-error`. */
  id: string;
  hint?: FieldContent;
  /** The message under the field; the group turns red while there is one. */
  error?: string;
}

/** The ids that exist, as one `aria-describedby` value (or no attribute at all). */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/** GOV.UK's form group: the red bar at its side while the field is in error. */
export function formGroup(error: unknown, content: TemplateResult, extraClass = ''): TemplateResult {
  return html`<div class="cx-form-group ${extraClass} ${error ? 'cx-form-group--error' : ''}">${content}</div>`;
}

/** The hint under a label or legend. */
export function fieldHint(id: string, hint: FieldContent | undefined): TemplateResult | typeof nothing {
  return hint ? html`<div class="cx-hint" id="${id}-hint">${hint}</div>` : nothing;
}

/** The message under a field (GOV.UK: "Error: …" for screen readers, the text in red for everyone). */
export function fieldError(id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message
    ? html`<p class="cx-error-message" id="${id}-error"><span class="cx-visually-hidden">${msg('Error:')}</span> ${message}</p>`
    : nothing;
}

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
<ul class="cx-error-summary__list">${errors.map((e) => html`<li><a href="#${e.field}" @click=${(event: Event) => go(event, e.field)}>${e.message}</a></li>`)}</ul></div>`;
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

/** GOV.UK-style form parts shared by every widget that asks for input. */
export const formStyles = css`
  .cx-form-group {
    margin-block-end: var(--_cx-space-4);
  }
  .cx-form-group--error {
    padding-inline-start: var(--_cx-space-3);
    border-inline-start: 5px solid var(--_cx-error);
  }
  .cx-label,
  legend {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_cx-space-1);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .cx-hint {
    display: block;
    color: var(--_cx-text-secondary);
    margin-block-end: var(--_cx-space-2);
  }
  .cx-input,
  .cx-textarea,
  .cx-select {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 44px;
    padding: var(--_cx-space-1) var(--_cx-space-2);
    border: var(--_cx-border-width) solid var(--_cx-input-border);
    border-radius: var(--_cx-radius);
    background: var(--_cx-background);
  }
  .cx-input--error,
  .cx-textarea--error {
    border-color: var(--_cx-error);
  }
  .cx-error-message {
    color: var(--_cx-error);
    font-weight: 700;
    margin-block: 0 var(--_cx-space-2);
  }
  .cx-error-summary {
    padding: var(--_cx-space-3);
    border: 5px solid var(--_cx-error);
    margin-block-end: var(--_cx-space-4);
  }
  .cx-error-summary:focus {
    outline: var(--_cx-focus-width) solid var(--_cx-focus);
  }
  .cx-error-summary__list a {
    color: var(--_cx-error);
    font-weight: 700;
  }
  .cx-radios,
  .cx-checkboxes {
    display: grid;
    gap: var(--_cx-space-2);
  }
  .cx-choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_cx-space-2);
  }
  .cx-choice input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    flex: none;
    margin: 0;
    accent-color: var(--_cx-text);
  }
  .cx-choice label {
    padding-block-start: 0.1em;
  }
  @media (forced-colors: active) {
    .cx-input,
    .cx-textarea,
    .cx-select,
    .cx-error-summary {
      border-color: CanvasText;
    }
  }
`;
