/**
 * Everything the widget shows once it has a charter, loaded on demand by the
 * element (its first download is the shell: properties, state and events).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dateInputStyles, formStyles, localized, localizedList, msg, textIn } from '@cx-kit/core/element';
import { answerView, overdueHeadline } from './answer-view.js';
import { calendarView } from './calendar-view.js';
import type { View } from './compute.js';
import { dateFormView } from './date-form-view.js';
import { sentencesView, tableCaption, tableView } from './table-view.js';
import { promiseSentence } from './text.js';
import { timescalesStyles } from './cx-charter-timescales.styles.js';
import { dateText, type ViewContext } from './view-context.js';
import { tableWorkingDaysView, workingDaysView } from './working-days-view.js';

export { computeView } from './compute.js';
export { parseReceived } from './date-parts.js';
export { dateInputValue } from '@cx-kit/core';
export { dateErrorMessage } from './text.js';
export { focusErrorSummary } from '@cx-kit/core/element';

/** The views' styles: the element's first download (and its "Loading…") needs none of them. */
export const styles = [formStyles, dateInputStyles, timescalesStyles];

/**
 * What the widget says after the resident changes the date: the new dates,
 * and which promises are now overdue. Shown under the button and read out.
 */
export function updatedAnswer(view: View, ctx: ViewContext): TemplateResult | string {
  const answer = view.answer;
  if (answer && view.layout !== 'table') {
    if (answer.due === null) return localized(answer.timescale.description, ctx.locale);
    const due = dateText(answer.due, ctx, answer.state === 'overdue' ? 'plain' : 'by');
    return answer.state === 'overdue'
      ? html`${msg(html`The date we promised was ${due}`)}. ${overdueHeadline(answer.overdueBy)}`
      : html`${promiseSentence(answer.timescale.id, html`${due}`)}.`;
  }
  const table = view.table!;
  const rows = table.dated.map(({ timescale, due }) => html`${localized(timescale.title, ctx.locale)}: ${dateText(due, ctx)}. `);
  const overdue = table.dated.filter((row) => row.overdue).map((row) => textIn(row.timescale.title, ctx.locale));
  const overdueList = localizedList(overdue, ctx.locale);
  return html`${tableCaption(view, ctx)}. ${rows} ${overdue.length ? msg(html`Now overdue: ${overdueList}.`) : nothing}`;
}

/** The widget's body for a view. `result` is what the resident's last date change gave (empty before). */
export function renderView(view: View, result: TemplateResult | string, ctx: ViewContext): TemplateResult {
  const answer = view.answer;
  if (answer && view.layout !== 'table') {
    return html`${answerView(answer, view, ctx)}
    ${answer.due && view.layout === 'calendar' && view.months ? calendarView(answer, view.months, ctx) : nothing}
    ${answer.due ? workingDaysView(answer, ctx) : nothing}
    ${answer.due ? dateFormView(answer.timescale.appliesTo === 'sar' ? 'verified' : 'received', view.today, result, ctx) : nothing}`;
  }
  const table = view.table!;
  return html`${view.layout === 'sentence' ? sentencesView(table, view, ctx) : tableView(table, view, ctx)} ${tableWorkingDaysView(table, view, ctx)}
  ${dateFormView('received', view.today, result, ctx)}`;
}
