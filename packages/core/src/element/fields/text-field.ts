/**
 * GOV.UK's text input: label, hint, error message, then the box, described
 * by the hint and the error. The autofill token and the keyboard (`type`,
 * `inputmode`) are the caller's to choose for what is asked.
 */
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldError, fieldHint, formGroup, type FieldContent, type FieldOptions } from './field.js';

/** The autofill tokens the kit's fields use (a union lit-analyzer can check). */
export type FieldAutofill = 'off' | 'name' | 'email' | 'tel' | 'street-address' | 'postal-code' | 'address-line1';

export interface TextFieldOptions extends FieldOptions {
  label: FieldContent;
  value: string;
  onInput: (value: string) => void;
  /** The form's name for it; the id by default. */
  name?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: FieldAutofill;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url' | 'search';
  /** False for names, addresses and references, which a spell checker only marks as wrong. */
  spellcheck?: boolean;
  /** A box about 20 characters wide, for short answers (a reference, a phone number). */
  short?: boolean;
  /** `ltr` for what is always written left to right (an email address, a phone number), in any language. */
  dir?: 'ltr';
  /** Wraps the label when it is also the step's heading (GOV.UK's "label as page heading"). */
  heading?: (label: TemplateResult) => TemplateResult;
}

/** A control's label, wrapped in the step's heading when it is one (one element, read once). */
export function fieldLabel(id: string, label: FieldContent, heading?: (label: TemplateResult) => TemplateResult): TemplateResult {
  const tag = html`<label class="cx-label ${heading ? 'cx-label--heading' : ''}" for=${id}>${label}</label>`;
  return heading ? heading(tag) : tag;
}

export function textField(options: TextFieldOptions): TemplateResult {
  const { id, error } = options;
  return formGroup(
    error,
    html`${fieldLabel(id, options.label, options.heading)} ${fieldHint(id, options.hint)} ${fieldError(id, error)}
      <input
        class="cx-input ${options.short ? 'cx-input--short' : ''} ${error ? 'cx-input--error' : ''}"
        id=${id}
        name=${options.name ?? id}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${ifDefined(options.inputmode)}
        spellcheck=${ifDefined(options.spellcheck === false ? 'false' : undefined)}
        dir=${ifDefined(options.dir)}
        aria-describedby=${describedBy(options.hint && `${id}-hint`, error && `${id}-error`)}
        aria-invalid=${ifDefined(error ? 'true' : undefined)}
        .value=${live(options.value)}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      />`,
  );
}

/** The short box's looks (`short`): add to the widget's styles with `formStyles`. */
export const textFieldStyles = css`
  .cx-input--short {
    max-inline-size: 20ch;
  }
`;
