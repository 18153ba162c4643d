/**
 * GOV.UK's date input: a fieldset (role group) with the question as its
 * legend, a hint with a made-up example, the error message, then three
 * labelled boxes for day, month and year. The boxes are plain text boxes with
 * `inputmode="numeric"` (GOV.UK: `type="number"` loses leading zeros and
 * changes with the mouse wheel). Reading the boxes is `parseDateInput` in
 * `@cx-kit/core`; this is only the markup.
 */
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DATE_INPUT_PARTS, type DateInputPart, type DateInputValue } from '../../domain/date-input.js';
import { msg } from '../locale.js';
import { describedBy, fieldError, fieldHint, formGroup, type FieldContent, type FieldOptions } from './field.js';

export interface DateInputOptions extends FieldOptions {
  /** The question; the boxes are `${id}-day`, `${id}-month` and `${id}-year`. */
  legend: FieldContent;
  /** What the boxes show. */
  value: DateInputValue;
  /** The boxes at fault while there is an `error` (GOV.UK marks only those); all three when not given. */
  errorParts?: readonly DateInputPart[];
  /** Form names are `${namePrefix}-day`… (GOV.UK's `namePrefix`), or `day`, `month`, `year` without one. */
  namePrefix?: string;
  /** `bday` for a date of birth (the browser may fill it in); `off` where the browser's suggestions would mislead. */
  autocomplete?: 'bday' | 'off';
  /** Called with all three boxes whenever one changes; without it the boxes are read from the form. */
  onInput?: (value: DateInputValue) => void;
}

export function dateInput(options: DateInputOptions): TemplateResult {
  const { id, error, value, onInput } = options;
  const labels: Record<DateInputPart, string> = { day: msg('Day'), month: msg('Month'), year: msg('Year') };
  const wrong = (part: DateInputPart) => Boolean(error) && (options.errorParts ?? DATE_INPUT_PARTS).includes(part);
  const auto = options.autocomplete;
  return formGroup(
    error,
    html`<fieldset role="group" aria-describedby=${describedBy(options.hint && `${id}-hint`, error && `${id}-error`)}>
      <legend>${options.legend}</legend>
      ${fieldHint(id, options.hint)} ${fieldError(id, error)}
      <div class="cx-date-input">
        ${DATE_INPUT_PARTS.map(
          (part) =>
            html`<div class="cx-date-input__item">
              <label class="cx-label cx-date-input__label" for="${id}-${part}">${labels[part]}</label>
              <input
                class="cx-input cx-date-input__input cx-date-input__input--${part} ${wrong(part) ? 'cx-input--error' : ''}"
                id="${id}-${part}"
                name=${options.namePrefix ? `${options.namePrefix}-${part}` : part}
                type="text"
                inputmode="numeric"
                spellcheck="false"
                autocomplete=${ifDefined(auto === 'bday' ? (`bday-${part}` as const) : auto)}
                aria-invalid=${wrong(part) ? 'true' : 'false'}
                .value=${value[part]}
                @input=${(event: Event) => onInput?.({ ...value, [part]: (event.target as HTMLInputElement).value })}
              />
            </div>`,
        )}
      </div>
    </fieldset>`,
  );
}

/** The date input's looks: add to the widget's styles with `formStyles`. */
export const dateInputStyles = css`
  .cx-date-input {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cx-space-3);
  }
  .cx-date-input__label {
    font-weight: 400;
  }
  .cx-date-input__input--day,
  .cx-date-input__input--month {
    inline-size: 3.5em;
  }
  .cx-date-input__input--year {
    inline-size: 5em;
  }
`;
