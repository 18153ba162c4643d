/**
 * "When did we receive it?" (or, for a SAR, when identity was confirmed):
 * core's GOV.UK date input, with the error summary above it and, below the
 * button, the new answer once the resident has changed the date: in view,
 * and said by screen readers (a polite status).
 */
import { html, type TemplateResult } from 'lit';
import { dateInput, errorSummary, msg, str } from '@cx-kit/core/element';
import { dateLegend, type DateQuestion } from './text.js';
import type { ViewContext } from './view-context.js';

export function dateFormView(question: DateQuestion, today: string, result: TemplateResult | string, ctx: ViewContext): TemplateResult {
  const error = ctx.dateError;
  // GOV.UK's kind of example: a made-up date in the current year, never what the resident typed.
  const year = today.slice(0, 4);
  return html`<form class="cx-date-form" part="date-form" novalidate @submit=${(event: SubmitEvent) => ctx.onSubmit(event, question)}>
    ${errorSummary(error ? [{ field: `cx-received-${error.fields[0] ?? 'day'}`, message: error.message }] : [], ctx.root)}
    ${dateInput({
      id: 'cx-received',
      legend: dateLegend(question),
      hint: msg(str`For example, 27 3 ${year}`),
      value: ctx.fields,
      error: error?.message,
      errorParts: error?.fields,
    })}
    <button class="cx-button" type="submit">${msg('Update the date')}</button>
    <p class="cx-date-result" role="status" aria-live="polite">${result}</p>
  </form>`;
}
