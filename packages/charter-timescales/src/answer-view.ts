/** The answer for one timescale: the promise with its date, how long, and what to do when it is late. */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, msg, overdueNotice, plural, str } from '@cx-kit/core/element';
import type { ISODate } from '@cx-kit/core';
import type { View } from './compute.js';
import { howLong, promiseSentence, ruleLength } from './text.js';
import type { TimescaleAnswer } from './timescale-answer.js';
import { dateText, milestoneTitle, timeOf, type ViewContext } from './view-context.js';
import { horizonNote } from './horizon-note.js';

export function answerView(answer: TimescaleAnswer, view: View, ctx: ViewContext): TemplateResult {
  const { timescale, due } = answer;
  const title = localized(timescale.title, ctx.locale);
  if (due === null) {
    return html`<section class="cx-answer" part="answer" aria-labelledby="cx-answer-title">
      <h2 id="cx-answer-title">${title}</h2>
      <p class="cx-answer__lead">${localized(timescale.description, ctx.locale)}</p>
      ${notesView(answer, ctx)}
    </section>`;
  }
  const sar = timescale.appliesTo === 'sar';
  const dueTime = html`<strong class="cx-answer__date">${timeOf(due, ctx, 'due-date', answer.state === 'overdue' ? 'plain' : 'by')}</strong>`;
  const lead = answer.state === 'overdue' ? msg(html`The date we promised was ${dueTime}`) : promiseSentence(timescale.id, dueTime);
  const length = howLong(timescale.rule, milestoneTitle(timescale, ctx));
  const from = dateText(view.received, ctx);
  return html`<section class="cx-answer" part="answer" aria-labelledby="cx-answer-title">
    <h2 id="cx-answer-title">${title}</h2>
    <p class="cx-answer__lead">${lead} <span class="cx-answer__length">(${length})</span></p>
    ${horizonNote([due, answer.extendedDue ?? undefined], ctx)}
    <p part="charter-words">${localized(timescale.description, ctx.locale)}</p>
    <p class="cx-secondary">
      ${sar ? msg(str`Counted from ${from}, the day we verified your identity.`) : msg(str`Counted from ${from}, the day we received it.`)}
    </p>
    ${sar ? html`<p>${msg('The month starts once we have verified your identity, not on the day you first asked.')}</p>` : nothing}
    ${answer.state === 'due-today' ? html`<p><strong class="cx-tag">${msg('Due today')}</strong></p>` : nothing}
    ${answer.extendedDue && answer.state !== 'overdue' ? extensionView(answer, answer.extendedDue, ctx) : nothing}
    ${answer.state === 'overdue' ? overdueView(answer, ctx) : nothing} ${notesView(answer, ctx)}
  </section>`;
}

/** The charter's words for this timescale: what the council does if it cannot meet it, social care, the law's detail. */
function notesView(answer: TimescaleAnswer, ctx: ViewContext): TemplateResult | typeof nothing {
  const { timescale } = answer;
  const socialCare = timescale.appliesTo === 'complaint' ? ctx.charter.feedback?.socialCareNote : undefined;
  const notes = [...(answer.state === 'overdue' ? [] : [timescale.ifMissed]), socialCare, ...(timescale.notes ?? [])].filter((note) => note !== undefined);
  if (!notes.length) return nothing;
  return html`<ul class="cx-notes">
    ${notes.map((note) => html`<li>${localized(note, ctx.locale)}</li>`)}
  </ul>`;
}

function extensionView(answer: TimescaleAnswer, extendedDue: ISODate, ctx: ViewContext): TemplateResult {
  const rule = answer.timescale.rule;
  const total = rule.kind === 'calendar-months' ? ruleLength({ kind: 'calendar-months', months: rule.extendedMonths ?? rule.months }) : '';
  const latest = timeOf(extendedDue, ctx, undefined, 'by');
  return html`<p>
    ${msg(
      html`If your request is complex, or you have sent us several, the law lets us take up to ${total} in all. If we need longer, we will tell you within the first month, and respond by ${latest} at the latest.`,
    )}
  </p>`;
}

/** "This is overdue by N working days." */
export function overdueHeadline(n: number): string {
  return n === 0 ? msg('The date we promised has passed.') : overdueBy(n);
}

function overdueView(answer: TimescaleAnswer, ctx: ViewContext): TemplateResult {
  const { ifMissed } = answer.timescale;
  return overdueNotice({
    className: 'cx-warning',
    title: html`<p class="cx-overdue__title"><strong>${overdueHeadline(answer.overdueBy)}</strong> ${msg('We are sorry.')}</p>`,
    promise: ifMissed ? localized(ifMissed, ctx.locale) : undefined,
    actions: answer.timescale.overdue?.map((text) => localized(text, ctx.locale)) ?? [],
    fallback: msg('Contact us, quoting your reference, and we will tell you what is happening.'),
  });
}

/** "This is overdue by 3 working days." */
export function overdueBy(n: number): string {
  return plural(n, {
    zero: () => msg(str`This is overdue by ${n} working days.`, { id: 'overdue-by-zero' }),
    one: () => msg(str`This is overdue by ${n} working day.`, { id: 'overdue-by-one' }),
    two: () => msg(str`This is overdue by ${n} working days.`, { id: 'overdue-by-two' }),
    few: () => msg(str`This is overdue by ${n} working days.`, { id: 'overdue-by-few' }),
    many: () => msg(str`This is overdue by ${n} working days.`, { id: 'overdue-by-many' }),
    other: () => msg(str`This is overdue by ${n} working days.`, { id: 'overdue-by-other' }),
  });
}
