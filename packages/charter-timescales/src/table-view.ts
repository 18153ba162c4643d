/**
 * Every promise at once: a table (stacked rows on a narrow screen or with
 * large text, GOV.UK's pattern, so nothing is clipped and nothing scrolls
 * sideways), or a list of sentences; then the promises that are not dates,
 * and the notes that apply to several promises (what the council does if it
 * cannot meet them, social care), each said once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localized, msg, str } from '@cx-kit/core/element';
import type { Charter, LocalText } from '@cx-kit/core';
import type { View } from './compute.js';
import { calendarMonthRule, howLong, promiseSentence } from './text.js';
import type { PromiseTable } from './timescale-answer.js';
import { dateText, milestoneTitle, timeOf, type ViewContext } from './view-context.js';
import { horizonNote } from './horizon-note.js';

export function tableCaption(view: View, ctx: ViewContext): string {
  const day = dateText(view.received, ctx);
  return view.received === view.today ? msg(str`Our promises if we receive your request today, ${day}`) : msg(str`Our promises for a request we received on ${day}`);
}

export function tableView(table: PromiseTable, view: View, ctx: ViewContext): TemplateResult {
  const what = msg('What');
  const long = msg('How long');
  const when = msg('By when');
  return html`<table class="cx-table" part="table">
      <caption>
        ${tableCaption(view, ctx)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${what}</th>
          <th scope="col">${long}</th>
          <th scope="col">${when}</th>
        </tr>
      </thead>
      <tbody>
        ${table.dated.map(
          ({ timescale, due, overdue }) =>
            html`<tr class=${timescale.id === view.answer?.timescale.id ? 'cx-table__row--chosen' : ''}>
              <th scope="row">${localized(timescale.title, ctx.locale)}</th>
              <td>
                <span class="cx-table__label" aria-hidden="true">${long}</span>
                ${howLong(timescale.rule, milestoneTitle(timescale, ctx))}
                ${timescale.appliesTo === 'sar' ? html`<span class="cx-secondary cx-small cx-block">${msg('from the day we verify your identity')}</span>` : nothing}
              </td>
              <td>
                <span class="cx-table__label" aria-hidden="true">${when}</span>
                ${timeOf(due, ctx)} ${overdue ? html`<strong class="cx-tag cx-tag--overdue">${msg('Overdue')}</strong>` : nothing}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${horizonNote(table.dated.map(({ due }) => due), ctx)} ${undatedView(table, ctx)} ${sharedNotesView(table, ctx)}`;
}

export function sentencesView(table: PromiseTable, view: View, ctx: ViewContext): TemplateResult {
  return html`<section class="cx-sentences" part="answer" aria-labelledby="cx-sentences-title">
    <h2 id="cx-sentences-title">${tableCaption(view, ctx)}</h2>
    <ul class="cx-sentences__list">
      ${table.dated.map(
        ({ timescale, due }) =>
          html`<li>
            <strong>${localized(timescale.title, ctx.locale)}:</strong>
            ${promiseSentence(timescale.id, timeOf(due, ctx, undefined, 'by'))} (${howLong(timescale.rule, milestoneTitle(timescale, ctx))}).
          </li>`,
      )}
    </ul>
    ${horizonNote(table.dated.map(({ due }) => due), ctx)} ${undatedView(table, ctx)} ${sharedNotesView(table, ctx)}
  </section>`;
}

function undatedView(table: PromiseTable, ctx: ViewContext): TemplateResult | typeof nothing {
  if (!table.undated.length) return nothing;
  return html`<div class="cx-undated">${table.undated.map((timescale) => html`<p>${localized(timescale.description, ctx.locale)}</p>`)}</div>`;
}

/**
 * What the council promises if it cannot meet the promises in the table
 * (each `ifMissed` once, in the charter's order), and the social care note
 * when complaints are among them.
 */
export function sharedNotes(table: PromiseTable, charter: Charter): LocalText[] {
  const notes = new Map<string, LocalText>();
  for (const { timescale } of table.dated) if (timescale.ifMissed) notes.set(JSON.stringify(timescale.ifMissed), timescale.ifMissed);
  const socialCare = charter.feedback?.socialCareNote;
  if (socialCare && table.dated.some((row) => row.timescale.appliesTo === 'complaint')) notes.set(JSON.stringify(socialCare), socialCare);
  return [...notes.values()];
}

function sharedNotesView(table: PromiseTable, ctx: ViewContext): TemplateResult | typeof nothing {
  const notes = sharedNotes(table, ctx.charter);
  if (!notes.length) return nothing;
  return html`<ul class="cx-notes" part="notes">
    ${notes.map((note) => html`<li>${localized(note, ctx.locale)}</li>`)}
  </ul>`;
}

/** "What counts as a working day?" for the table of every promise: working days, FOI's UK-wide rule, and a SAR's calendar month. */
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
