/**
 * GOV.UK checkboxes: with a `legend`, a fieldset of choices described by its
 * hint and error; without one, a lone checkbox (a consent, "I do not know")
 * in a form group, the box itself described by the error.
 */
import { html, type TemplateResult } from 'lit';
import { describedBy, fieldError, fieldHint, formGroup, type FieldContent } from './field.js';
import { choiceId, choiceItem, type Choice } from './radios.js';

export interface CheckboxesOptions<V extends string> {
  /** The group's name; the first box's id, the others' `${name}-${value}`. */
  name: string;
  /** The question; leave it out for a lone checkbox whose label says it all. */
  legend?: FieldContent;
  hint?: FieldContent;
  error?: string;
  items: (Choice<V> & { checked: boolean })[];
  onChange: (value: V, checked: boolean) => void;
}

export function checkboxes<V extends string>(options: CheckboxesOptions<V>): TemplateResult {
  const { name, error, legend } = options;
  const boxes = html`<div class="cx-checkboxes">
    ${options.items.map((item, i) =>
      choiceItem('checkbox', name, choiceId(name, item.value, i), item, item.checked, (checked) => options.onChange(item.value, checked), legend ? undefined : error),
    )}
  </div>`;
  return formGroup(
    error,
    legend
      ? html`<fieldset aria-describedby=${describedBy(options.hint && `${name}-hint`, error && `${name}-error`)}>
          <legend>${legend}</legend>
          ${fieldHint(name, options.hint)} ${fieldError(name, error)} ${boxes}
        </fieldset>`
      : html`${fieldHint(name, options.hint)} ${fieldError(name, error)} ${boxes}`,
  );
}
