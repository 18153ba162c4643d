/** "What counts as a working day?" for one timescale: the rule in words and every day in its window that does not count. */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@cx-kit/core/element';
import type { CountedDay } from '@cx-kit/core';
import { calendarMonthRule } from './text.js';
import type { TimescaleAnswer } from './timescale-answer.js';
import { dateText, timeOf, type ViewContext } from './view-context.js';

const WEEKEND_REASONS = new Set(['Saturday', 'Sunday']);

export const isWeekend = (day: CountedDay) => !day.reason || WEEKEND_REASONS.has(day.reason);

const reasonOf = (day: CountedDay, locale: string) => (isWeekend(day) ? msg('weekend') : localized(day.reason!, locale));

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
