/** Text boxes and text areas (with GOV.UK's character count), for the later steps. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldError } from '@cx-kit/core/element';
import { countMessage } from '../character-count.js';
import { describedBy, group } from './fields.js';
import type { LaterView } from './view.js';

export interface TextInputOptions {
  hint?: string | TemplateResult;
  type?: string;
  autocomplete?: string;
  short?: boolean;
  spellcheck?: boolean;
  inputmode?: string;
  ltr?: boolean;
}

export function textInput(
  view: LaterView,
  field: 'relatedReference' | 'name' | 'email' | 'phone',
  label: string,
  options: TextInputOptions = {},
): TemplateResult {
  const error = view.journey.errorFor(field);
  return group(
    view,
    field,
    html`<label class="cx-label" for=${field}>${label}</label>
      ${options.hint ? html`<p class="cx-hint" id="${field}-hint">${options.hint}</p>` : nothing} ${fieldError(field, error)}
      <input
        class="cx-input ${options.short ? 'cx-input--short' : ''} ${error ? 'cx-input--error' : ''}"
        id=${field}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        spellcheck=${options.spellcheck === false ? 'false' : nothing}
        dir=${options.ltr ? 'ltr' : nothing}
        aria-describedby=${describedBy(options.hint && `${field}-hint`, error && `${field}-error`)}
        aria-invalid=${error ? 'true' : nothing}
        .value=${live(view.journey.answers[field])}
        @input=${(e: Event) => view.journey.set(field, (e.target as HTMLInputElement).value)}
      />`,
  );
}

export interface TextAreaOptions {
  /** May be rich (a list). */
  hint?: TemplateResult | string;
  rows?: number;
  autocomplete?: string;
  /** The label is the step's heading (GOV.UK's "label as page heading"). */
  heading?: boolean;
}

/** A textarea with GOV.UK's character count when it has a `limit`. */
export function textArea(
  view: LaterView,
  field: 'details' | 'reasonNotSatisfied' | 'wantedOutcome' | 'address',
  label: string,
  limit: number | undefined,
  options: TextAreaOptions = {},
): TemplateResult {
  const error = view.journey.errorFor(field);
  const value = view.journey.answers[field];
  const over = limit !== undefined && value.length > limit;
  const labelled = html`<label class="cx-label ${options.heading ? 'cx-label--heading' : ''}" for=${field}>${label}</label>`;
  return group(
    view,
    field,
    html`${options.heading ? view.heading(labelled) : labelled}
      ${options.hint ? html`<div class="cx-hint" id="${field}-hint">${options.hint}</div>` : nothing} ${fieldError(field, error)}
      <textarea
        class="cx-textarea ${error || over ? 'cx-textarea--error' : ''}"
        id=${field}
        name=${field}
        rows=${options.rows ?? 8}
        autocomplete=${options.autocomplete ?? 'off'}
        aria-describedby=${describedBy(options.hint && `${field}-hint`, limit !== undefined && `${field}-info`, error && `${field}-error`)}
        aria-invalid=${error ? 'true' : nothing}
        .value=${live(value)}
        @input=${(e: Event) => {
          const text = (e.target as HTMLTextAreaElement).value;
          view.journey.set(field, text);
          if (limit !== undefined) view.counts.typed(field, () => countMessage(text, limit, view.locale));
        }}
      ></textarea>
      ${limit !== undefined ? view.counts.render(field, value, limit, view.locale) : nothing}`,
    limit !== undefined ? 'cx-form-group--count' : '',
  );
}
