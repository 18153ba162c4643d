/**
 * The answer for one timescale (`timescale`, unless `layout="table"`): the
 * promise and its date, the calendar picture, the working days, the date
 * form. Loaded with import() only by a widget that shows an answer, so the
 * table's templates never come with it (nor these with the table).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, msg } from '@cx-kit/core/element';
import { answerView, overdueHeadline } from './answer-view.js';
import { answerStyles } from './answer-views.styles.js';
import { calendarView } from './calendar-view.js';
import type { View } from './compute.js';
import { monthsBetween, type MonthGrid } from './month-grid.js';
import { dateFormView } from './date-form-view.js';
import { promiseSentence } from './text.js';
import { dateText, type ViewContext } from './view-context.js';
import { commonStyles } from './views.js';
import { workingDaysView } from './working-days-view.js';

export * from './views.js';

export const styles = [...commonStyles, answerStyles];

/** What the widget says after the resident changes the date: the new date, or that it is now overdue. Shown under the button and read out. */
export function updatedAnswer(view: View, ctx: ViewContext): TemplateResult | string {
  const answer = view.answer!;
  if (answer.due === null) return localized(answer.timescale.description, ctx.locale);
  const due = dateText(answer.due, ctx, answer.state === 'overdue' ? 'plain' : 'by');
  return answer.state === 'overdue'
    ? html`${msg(html`The date we promised was ${due}`)}. ${overdueHeadline(answer.overdueBy)}`
    : html`${promiseSentence(answer.timescale.id, html`${due}`)}.`;
}

/** The months of a view's calendar picture, worked out once per view (`null`: the window is too long for a small picture). */
const monthsOf = new WeakMap<View, MonthGrid[] | null>();

function calendarMonths(view: View): MonthGrid[] | null {
  let months = monthsOf.get(view);
  if (months === undefined) {
    const days = view.answer!.days;
    months = days.length ? monthsBetween(days[0]!.date, days.at(-1)!.date) : null;
    monthsOf.set(view, months);
  }
  return months;
}

/** The widget's body. `result` is what the resident's last date change gave (empty before). */
export function renderView(view: View, result: TemplateResult | string, ctx: ViewContext): TemplateResult {
  const answer = view.answer!;
  const months = answer.due && view.layout === 'calendar' ? calendarMonths(view) : null;
  return html`${answerView(answer, view, ctx)}
    ${months ? calendarView(answer, months, ctx) : nothing}
    ${answer.due ? workingDaysView(answer, ctx) : nothing}
    ${answer.due ? dateFormView(answer.timescale.appliesTo === 'sar' ? 'verified' : 'received', view.today, result, ctx) : nothing}`;
}
