/**
 * The GOV.UK date input: "When did we receive it?" (or, for a SAR, when
 * identity was confirmed), with the error summary above it and, below the
 * button, the new answer once the resident has changed the date: in view,
 * and said by screen readers (a polite status).
 */
import { html, type TemplateResult } from 'lit';
import { errorSummary, fieldError, msg, str } from '@cx-kit/core/element';
import type { DatePart } from './date-parts.js';
import { dateLegend, type DateQuestion } from './text.js';
import type { ViewContext } from './view-context.js';

const DATE_FIELDS: DatePart[] = ['day', 'month', 'year'];

export function dateFormView(question: DateQuestion, today: string, result: TemplateResult | string, ctx: ViewContext): TemplateResult {
  const error = ctx.dateError;
  const inError = (part: DatePart) => Boolean(error?.fields.includes(part));
  const labels: Record<DatePart, string> = { day: msg('Day'), month: msg('Month'), year: msg('Year') };
  // GOV.UK's kind of example: a made-up date in the current year, never what the resident typed.
  const year = today.slice(0, 4);
  const describedBy = error ? 'cx-received-hint cx-received-error' : 'cx-received-hint';
  return html`<form class="cx-date-form" part="date-form" novalidate @submit=${(event: SubmitEvent) => ctx.onSubmit(event, question)}>
    ${errorSummary(error ? [{ field: `cx-received-${error.fields[0] ?? 'day'}`, message: error.message }] : [], ctx.root)}
    <div class="cx-form-group ${error ? 'cx-form-group--error' : ''}">
      <fieldset role="group" aria-describedby=${describedBy}>
        <legend>${dateLegend(question)}</legend>
        <p id="cx-received-hint" class="cx-hint">${msg(str`For example, 27 3 ${year}`)}</p>
        ${fieldError('cx-received', error?.message)}
        <div class="cx-date-input">
          ${DATE_FIELDS.map(
            (part) =>
              html`<div class="cx-date-input__item">
                <label class="cx-label cx-date-input__label" for="cx-received-${part}">${labels[part]}</label>
                <input
                  class="cx-input cx-date-input__input cx-date-input__input--${part} ${inError(part) ? 'cx-input--error' : ''}"
                  id="cx-received-${part}"
                  name=${part}
                  type="text"
                  inputmode="numeric"
                  spellcheck="false"
                  aria-invalid=${inError(part) ? 'true' : 'false'}
                  .value=${ctx.fields[part]}
                />
              </div>`,
          )}
        </div>
      </fieldset>
    </div>
    <button class="cx-button" type="submit">${msg('Update the date')}</button>
    <p class="cx-date-result" role="status" aria-live="polite">${result}</p>
  </form>`;
}
