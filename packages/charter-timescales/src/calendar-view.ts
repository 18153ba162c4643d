/**
 * The calendar picture: the one to three months from receipt to the due
 * date, hidden from assistive technology, with one sentence that says the
 * same for screen readers.
 */
import { html, type TemplateResult } from 'lit';
import { formatMonthYear, formatWeekday, localizedList, msg, plural, str, textIn, type TextInLanguage } from '@cx-kit/core/element';
import type { CountedDay, ISODate } from '@cx-kit/core';
import type { MonthGrid } from './month-grid.js';
import type { TimescaleAnswer } from './timescale-answer.js';
import { dateText, type ViewContext } from './view-context.js';
import { isWeekend } from './working-days-view.js';

/** "weekends, Christmas Day and Boxing Day (substitute day)": each reason once, in order; holiday names marked with their language. */
function reasonsList(days: CountedDay[], locale: string): TemplateResult {
  const weekendDays = days.filter(isWeekend).length;
  const reasons: TextInLanguage[] = [];
  for (const day of days) {
    const reason = isWeekend(day) ? { text: weekendDays === 1 ? msg('a weekend day') : msg('weekends'), lang: locale } : textIn(day.reason!, locale);
    if (!reasons.some((r) => r.text === reason.text)) reasons.push(reason);
  }
  return localizedList(reasons, locale);
}

export function calendarView(answer: TimescaleAnswer, months: MonthGrid[], ctx: ViewContext): TemplateResult {
  const byDate = new Map(answer.days.map((day) => [day.date, day]));
  const sar = answer.timescale.appliesTo === 'sar';
  const from = dateText(answer.received, ctx);
  const to = dateText(answer.due!, ctx);
  const marks = sar
    ? msg(str`A calendar marks ${from}, the day we verified your identity, and ${to}, the due date.`)
    : msg(str`A calendar marks ${from}, the day we received it, and ${to}, the due date.`);
  const count = answer.notCounted.length;
  const skipped = count ? crossedOut(count, reasonsList(answer.notCounted, ctx.locale)) : '';
  return html`<div class="cx-calendar" part="calendar">
    <p class="cx-visually-hidden">${marks} ${skipped}</p>
    <div class="cx-calendar__picture" aria-hidden="true">
      <div class="cx-calendar__months">${months.map((month) => monthView(month, byDate, ctx.locale))}</div>
      <ul class="cx-legend">
        <li><span class="cx-day cx-day--received">1</span> ${sar ? msg('Identity verified') : msg('Received')}</li>
        <li><span class="cx-day cx-day--counted">2</span> ${msg('Counted')}</li>
        <li><span class="cx-day cx-day--not-counted">3</span> ${msg('Not counted')}</li>
        <li><span class="cx-day cx-day--due">4</span> ${msg('Due date')}</li>
      </ul>
    </div>
  </div>`;
}

function monthView(month: MonthGrid, byDate: Map<ISODate, CountedDay>, locale: string): TemplateResult {
  const title = formatMonthYear(month.first, locale);
  // 5 January 1970 was a Monday.
  const heads = Array.from({ length: 7 }, (_, i) => formatWeekday(`1970-01-${String(5 + i).padStart(2, '0')}`, locale, 'narrow'));
  const dayNumber = new Intl.NumberFormat(locale);
  return html`<table class="cx-month">
    <caption>
      ${title}
    </caption>
    <thead>
      <tr>
        ${heads.map((head) => html`<th scope="col">${head}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${month.weeks.map(
        (week) =>
          html`<tr>
            ${week.map((date) => {
              if (date === null) return html`<td></td>`;
              const status = byDate.get(date)?.status;
              const shown = status === 'milestone' ? 'counted' : status;
              return html`<td><span class="cx-day ${shown ? `cx-day--${shown}` : ''}">${dayNumber.format(Number(date.slice(8)))}</span></td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** "It crosses out 14 days that do not count: weekends, Christmas Day …" (the reasons a template, each marked with its language). */
export function crossedOut(n: number, reasons: TemplateResult): TemplateResult {
  return plural(n, {
    zero: () => msg(html`It crosses out ${n} days that do not count: ${reasons}.`, { id: 'crossed-out-zero' }),
    one: () => msg(html`It crosses out ${n} day that does not count: ${reasons}.`, { id: 'crossed-out-one' }),
    two: () => msg(html`It crosses out ${n} days that do not count: ${reasons}.`, { id: 'crossed-out-two' }),
    few: () => msg(html`It crosses out ${n} days that do not count: ${reasons}.`, { id: 'crossed-out-few' }),
    many: () => msg(html`It crosses out ${n} days that do not count: ${reasons}.`, { id: 'crossed-out-many' }),
    other: () => msg(html`It crosses out ${n} days that do not count: ${reasons}.`, { id: 'crossed-out-other' }),
  });
}
