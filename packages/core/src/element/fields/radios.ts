/**
 * GOV.UK radios: a fieldset whose legend is the question (or the step's
 * heading), the hint and error message, then each radio with its label and,
 * outside the label, its own hint (the radio is described by it, so a screen
 * reader reads the name and the state once, then the hint). A choice may
 * reveal more questions under it while chosen (GOV.UK's conditional reveal).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, fieldError, fieldHint, formGroup, type FieldContent } from './field.js';

/** One radio or checkbox. */
export interface Choice<V extends string> {
  value: V;
  label: FieldContent;
  hint?: FieldContent;
  /** Shown under the choice while it is chosen. */
  reveal?: TemplateResult | typeof nothing;
}

export interface RadiosOptions<V extends string> {
  /** The group's name; the first radio's id (what an error summary links to), the others' `${name}-${value}`. */
  name: string;
  legend: FieldContent;
  hint?: FieldContent;
  error?: string;
  items: Choice<V>[];
  /** The chosen value ('' for none). */
  value: string;
  onChange: (value: V) => void;
}

/** A choice's id: the group's own for the first, so an error links to the group's first box. */
export const choiceId = (name: string, value: string, index: number): string => (index === 0 ? name : `${name}-${value}`);

/**
 * One radio or checkbox, its label and its hint (the row GOV.UK calls an
 * item). `error` only for a lone checkbox, which is described by it; in a
 * fieldset the fieldset is.
 */
export function choiceItem(type: 'radio' | 'checkbox', name: string, id: string, item: Choice<string>, checked: boolean, change: (checked: boolean) => void, error?: string): TemplateResult {
  return html`<div>
    <div class="cx-choice">
      <input
        type=${type}
        id=${id}
        name=${name}
        value=${item.value}
        .checked=${checked}
        aria-describedby=${describedBy(item.hint && `${id}-hint`, error && `${name}-error`)}
        @change=${(event: Event) => change((event.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${item.label}</label>
    </div>
    ${item.hint ? html`<div class="cx-choice__hint" id="${id}-hint">${item.hint}</div>` : nothing}
    ${checked ? (item.reveal ?? nothing) : nothing}
  </div>`;
}

/**
 * No `live()`: every change of a radio changes the value that renders it, so
 * lit's last value is always the box's.
 */
export function radios<V extends string>(options: RadiosOptions<V>): TemplateResult {
  const { name, error, value } = options;
  return formGroup(
    error,
    html`<fieldset aria-describedby=${describedBy(options.hint && `${name}-hint`, error && `${name}-error`)}>
      <legend>${options.legend}</legend>
      ${fieldHint(name, options.hint)} ${fieldError(name, error)}
      <div class="cx-radios">
        ${options.items.map((item, i) => choiceItem('radio', name, choiceId(name, item.value, i), item, value === item.value, () => options.onChange(item.value)))}
      </div>
    </fieldset>`,
  );
}
