/**
 * Every promise at once (no `timescale`, or `layout="table"`): the table or
 * the sentences, the working days, the date form. Loaded with import() only
 * by a widget that shows the table, so one timescale's answer and calendar
 * picture never come with it (nor these with the answer).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, localizedList, msg, textIn } from '@cx-kit/core/element';
import type { View } from './compute.js';
import { dateFormView } from './date-form-view.js';
import { sentencesView, tableCaption, tableView, tableWorkingDaysView } from './table-view.js';
import { tableStyles } from './table-views.styles.js';
import { dateText, type ViewContext } from './view-context.js';
import { commonStyles } from './views.js';

export * from './views.js';

export const styles = [...commonStyles, tableStyles];

/** What the widget says after the resident changes the date: the new dates, and which promises are now overdue. Shown under the button and read out. */
export function updatedAnswer(view: View, ctx: ViewContext): TemplateResult | string {
  const table = view.table!;
  const rows = table.dated.map(({ timescale, due }) => html`${localized(timescale.title, ctx.locale)}: ${dateText(due, ctx)}. `);
  const overdue = table.dated.filter((row) => row.overdue).map((row) => textIn(row.timescale.title, ctx.locale));
  const overdueList = localizedList(overdue, ctx.locale);
  return html`${tableCaption(view, ctx)}. ${rows} ${overdue.length ? msg(html`Now overdue: ${overdueList}.`) : nothing}`;
}

/** The widget's body. `result` is what the resident's last date change gave (empty before). */
export function renderView(view: View, result: TemplateResult | string, ctx: ViewContext): TemplateResult {
  const table = view.table!;
  return html`${view.layout === 'sentence' ? sentencesView(table, view, ctx) : tableView(table, view, ctx)} ${tableWorkingDaysView(table, view, ctx)}
  ${dateFormView('received', view.today, result, ctx)}`;
}
