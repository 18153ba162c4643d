/**
 * The form's field markup, GOV.UK style: a form group that turns red with an
 * error, label, hint and error message in the same shadow root as the control,
 * and `aria-describedby` naming only what is there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldError } from '@cx-kit/core/element';
import type { FieldId } from '../journey.js';
import type { FirstView } from './view.js';

/** The ids that exist, as one `aria-describedby` value (or no attribute at all). */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

export function group(view: FirstView, field: FieldId, content: TemplateResult, extraClass = ''): TemplateResult {
  return html`<div class="cx-form-group ${extraClass} ${view.journey.errorFor(field) ? 'cx-form-group--error' : ''}">${content}</div>`;
}

export interface RadioChoice<V extends string> {
  value: V;
  label: string;
  hint?: string;
  /** Shown under the chosen radio (GOV.UK's conditional reveal). */
  reveal?: TemplateResult | typeof nothing;
}

/**
 * GOV.UK radios in a fieldset: the legend (a step heading, or a question),
 * the error message, then each radio with its label and, outside the label,
 * its hint (the radio is described by it, so a screen reader reads the name
 * and the state once, then the hint). No `live()`: every change of a radio
 * changes the answer that renders it, so lit's last value is always the box's.
 */
export function radios<F extends FieldId, V extends string>(
  view: FirstView,
  field: F,
  legend: TemplateResult,
  choices: RadioChoice<V>[],
  chosen: string,
  choose: (value: V) => void,
): TemplateResult {
  const error = view.journey.errorFor(field);
  return group(
    view,
    field,
    html`<fieldset aria-describedby=${describedBy(error && `${field}-error`)}>
      ${legend} ${fieldError(field, error)}
      <div class="cx-radios">
        ${choices.map((choice, i) => {
          const id = i === 0 ? field : `${field}-${choice.value}`;
          return html`<div>
            <div class="cx-choice">
              <input
                type="radio"
                id=${id}
                name=${field}
                value=${String(choice.value)}
                .checked=${chosen === choice.value}
                aria-describedby=${describedBy(choice.hint && `${id}-hint`)}
                @change=${() => choose(choice.value)}
              />
              <label for=${id}>${choice.label}</label>
            </div>
            ${choice.hint ? html`<div class="cx-choice__hint" id="${id}-hint">${choice.hint}</div>` : nothing}
            ${chosen === choice.value ? (choice.reveal ?? nothing) : nothing}
          </div>`;
        })}
      </div>
    </fieldset>`,
  );
}
