/**
 * "What has happened": the request's events, oldest first. A long history
 * (a complaint with 200 updates) shows only the latest few, with a
 * "Show all" button that reveals the rest: the page stays quick to render and
 * to read, and nothing is hidden that cannot be reached by keyboard.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTime, localized, msg, plural, str } from '@cx-kit/core/element';
import { statusWords } from '../status-words.js';
import type { TimelineEvent, TrackedRequest } from '../tracked-request.js';
import { readWhen } from '../when.js';

/** How many of the latest events show before "Show all". */
export const RECENT_EVENTS = 5;

/** A server's date or date-time as "Monday 2 March 2026 at 10:15am". */
export function whenText(value: string, locale: string): string {
  const when = readWhen(value);
  if (!when) return value;
  const date = formatDate(when.date, locale);
  return when.time ? msg(str`${date} at ${formatTime(when.time, locale)}`) : date;
}

/** One event (stage headings are added by the caller). */
function eventItem(event: TimelineEvent, locale: string): TemplateResult {
  return html`<li class="cx-timeline__item">
    <p class="cx-timeline__title">${event.status ? statusWords(event.status) : msg('Update')}</p>
    <p class="cx-timeline__when cx-secondary"><time datetime=${event.at}>${whenText(event.at, locale)}</time></p>
    ${event.text ? html`<p class="cx-timeline__text">${localized(event.text, locale)}</p>` : nothing}
  </li>`;
}

/** "Show all 200 updates", in the plural form the language needs. */
export function showAllLabel(count: number): string {
  return plural(count, {
    one: () => msg(str`Show all ${count} update`, { id: 'tracker-show-all-one' }),
    two: () => msg(str`Show all ${count} updates`, { id: 'tracker-show-all-two' }),
    few: () => msg(str`Show all ${count} updates`, { id: 'tracker-show-all-few' }),
    many: () => msg(str`Show all ${count} updates`, { id: 'tracker-show-all-many' }),
    other: () => msg(str`Show all ${count} updates`, { id: 'tracker-show-all-other' }),
  });
}

/** "Showing all 200 updates.", announced after "Show all". */
export function showingAllText(count: number): string {
  return plural(count, {
    one: () => msg(str`Showing all ${count} update.`, { id: 'tracker-showing-all-one' }),
    two: () => msg(str`Showing all ${count} updates.`, { id: 'tracker-showing-all-two' }),
    few: () => msg(str`Showing all ${count} updates.`, { id: 'tracker-showing-all-few' }),
    many: () => msg(str`Showing all ${count} updates.`, { id: 'tracker-showing-all-many' }),
    other: () => msg(str`Showing all ${count} updates.`, { id: 'tracker-showing-all-other' }),
  });
}

export interface TimelineOptions {
  locale: string;
  /** Show every event (after "Show all"), not only the latest. */
  showAll: boolean;
  onShowAll: () => void;
}

/** The events, with older ones folded away behind "Show all" when there are many. */
export function timeline(request: TrackedRequest, options: TimelineOptions): TemplateResult | typeof nothing {
  const events = request.events;
  if (!events.length) return nothing;
  const hidden = options.showAll ? 0 : Math.max(0, events.length - RECENT_EVENTS);
  const shown = hidden ? events.slice(hidden) : events;
  return html`<h3 id="cx-timeline-title">${msg('What has happened')}</h3>
    ${hidden
      ? html`<p><button class="cx-link-button cx-timeline__all" type="button" aria-describedby="cx-timeline-title" @click=${options.onShowAll}>${showAllLabel(events.length)}</button></p>`
      : nothing}
    <ol class="cx-timeline" part="timeline" aria-labelledby="cx-timeline-title" start=${hidden + 1} tabindex="-1">
      ${shown.map((event) => eventItem(event, options.locale))}
    </ol>`;
}
