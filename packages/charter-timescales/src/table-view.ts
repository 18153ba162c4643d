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
import { howLong, promiseSentence } from './text.js';
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
