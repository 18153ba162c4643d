/**
 * Every promise at once: a table (stacked rows on a narrow screen or with
 * large text, GOV.UK's pattern, so nothing is clipped and nothing scrolls
 * sideways), or a list of sentences; then the promises that are not dates,
 * and the notes that apply to several promises (what the council does if it
 * cannot meet them, social care), each said once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@cx-kit/core/element';
import { localText, type LocalText } from '@cx-kit/core';
import type { View } from './compute.js';
import { howLong, promiseSentence } from './text.js';
import type { PromiseTable } from './timescale-answer.js';
import { dateText, milestoneTitle, timeOf, type ViewContext } from './view-context.js';

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
              <th scope="row">${localText(timescale.title, ctx.locale)}</th>
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
    ${undatedView(table, ctx)} ${sharedNotesView(table, ctx)}`;
}

export function sentencesView(table: PromiseTable, view: View, ctx: ViewContext): TemplateResult {
  return html`<section class="cx-sentences" part="answer" aria-labelledby="cx-sentences-title">
    <h2 id="cx-sentences-title">${tableCaption(view, ctx)}</h2>
    <ul class="cx-sentences__list">
      ${table.dated.map(
        ({ timescale, due }) =>
          html`<li>
            <strong>${localText(timescale.title, ctx.locale)}:</strong>
            ${promiseSentence(timescale.id, timeOf(due, ctx))} (${howLong(timescale.rule, milestoneTitle(timescale, ctx))}).
          </li>`,
      )}
    </ul>
    ${undatedView(table, ctx)} ${sharedNotesView(table, ctx)}
  </section>`;
}

function undatedView(table: PromiseTable, ctx: ViewContext): TemplateResult | typeof nothing {
  if (!table.undated.length) return nothing;
  return html`<div class="cx-undated">${table.undated.map((timescale) => html`<p>${localText(timescale.description, ctx.locale)}</p>`)}</div>`;
}

/** Notes that several promises share, in the charter's order: "If we cannot meet this timescale…", social care. */
export function sharedNotes(table: PromiseTable): LocalText[] {
  const seen = new Map<string, { note: LocalText; count: number }>();
  for (const { timescale } of table.dated) {
    for (const note of timescale.notes ?? []) {
      const key = JSON.stringify(note);
      const known = seen.get(key);
      if (known) known.count += 1;
      else seen.set(key, { note, count: 1 });
    }
  }
  return [...seen.values()].filter((entry) => entry.count > 1).map((entry) => entry.note);
}

function sharedNotesView(table: PromiseTable, ctx: ViewContext): TemplateResult | typeof nothing {
  const notes = sharedNotes(table);
  if (!notes.length) return nothing;
  return html`<ul class="cx-notes" part="notes">
    ${notes.map((note) => html`<li>${localText(note, ctx.locale)}</li>`)}
  </ul>`;
}
