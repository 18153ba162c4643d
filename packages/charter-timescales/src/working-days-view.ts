/** "What counts as a working day?": the rule in words and every day in the window that does not count. */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@cx-kit/core/element';
import type { CountedDay } from '@cx-kit/core';
import type { View } from './compute.js';
import type { PromiseTable, TimescaleAnswer } from './timescale-answer.js';
import { dateText, timeOf, type ViewContext } from './view-context.js';

const WEEKEND_REASONS = new Set(['Saturday', 'Sunday']);

export const isWeekend = (day: CountedDay) => !day.reason || WEEKEND_REASONS.has(day.reason);

const reasonOf = (day: CountedDay, locale: string) => (isWeekend(day) ? msg('weekend') : localized(day.reason!, locale));

const calendarMonthRule = () =>
  msg(
    'This is counted in calendar months, not working days: it ends on the same date a month later, or on the last day of that month if it is shorter. If that is a weekend, a bank holiday or a day the council is closed, it moves to the next working day.',
  );

/** For one timescale. */
export function workingDaysView(answer: TimescaleAnswer, ctx: ViewContext): TemplateResult {
  const rule = answer.timescale.rule;
  const unitedKingdom = rule.kind === 'working-days' && rule.calendar === 'united-kingdom';
  const explanation =
    rule.kind === 'calendar-months'
      ? calendarMonthRule()
      : unitedKingdom
        ? msg(
            'Working days are Monday to Friday. For this request, weekends and bank holidays in any part of the UK do not count. Day 1 is the first working day after the day we receive it.',
          )
        : msg(
            'Working days are Monday to Friday. Weekends, bank holidays and days the council is closed do not count. Day 1 is the first working day after the day we receive it.',
          );
  const from = dateText(answer.received, ctx);
  const to = dateText(answer.due!, ctx);
  return html`<details class="cx-details" part="working-days">
    <summary>${msg('What counts as a working day?')}</summary>
    <div class="cx-details__text">
      <p>${explanation}</p>
      ${answer.notCounted.length
        ? html`<p>${msg(str`Between ${from} and ${to}, these days do not count:`)}</p>
            <ul class="cx-skipped">
              ${answer.notCounted.map((day) => html`<li>${timeOf(day.date, ctx)}: ${reasonOf(day, ctx.locale)}</li>`)}
            </ul>`
        : rule.kind === 'calendar-months'
          ? nothing
          : html`<p>${msg(str`Every day from ${from} to ${to}, apart from the day we received it, is a working day.`)}</p>`}
    </div>
  </details>`;
}

/** For the table of every promise: working days, FOI's UK-wide rule, and a SAR's calendar month. */
export function tableWorkingDaysView(table: PromiseTable, view: View, ctx: ViewContext): TemplateResult {
  const from = dateText(view.received, ctx);
  const to = dateText(table.until, ctx);
  const hasMonths = table.dated.some((row) => row.timescale.rule.kind === 'calendar-months');
  const note = (day: PromiseTable['holidays'][number]) =>
    !table.usesUnitedKingdom
      ? nothing
      : !day.council
        ? html` <span class="cx-secondary">${msg('(a bank holiday in another part of the UK: only Freedom of Information requests skip it)')}</span>`
        : !day.unitedKingdom
          ? html` <span class="cx-secondary">${msg('(Freedom of Information requests still count this day)')}</span>`
          : nothing;
  return html`<details class="cx-details" part="working-days">
    <summary>${msg('What counts as a working day?')}</summary>
    <div class="cx-details__text">
      <p>
        ${msg(
          'Working days are Monday to Friday. Weekends, bank holidays and days the council is closed do not count. Day 1 is the first working day after the day we receive your request.',
        )}
      </p>
      ${table.usesUnitedKingdom ? html`<p>${msg('For Freedom of Information requests, a bank holiday in any part of the UK does not count.')}</p>` : nothing}
      ${hasMonths ? html`<p>${msg('Subject Access Requests:')} ${calendarMonthRule()}</p>` : nothing}
      ${table.holidays.length
        ? html`<p>${msg(str`Between ${from} and ${to}, these bank holidays and closures do not count, as well as weekends:`)}</p>
            <ul class="cx-skipped">
              ${table.holidays.map((day) => html`<li>${timeOf(day.date, ctx)}: ${localized(day.title, ctx.locale)}${note(day)}</li>`)}
            </ul>`
        : html`<p>${msg(str`Between ${from} and ${to}, there are no bank holidays or closures: for promises counted in working days, only weekends do not count.`)}</p>`}
    </div>
  </details>`;
}
