/**
 * What `<cx-contact-options>` shows for a service (or, without one, beside
 * the search): its channels with their state now, the emergency line first
 * while the offices are closed, and the link to other formats. Loaded by the
 * element with import(), at the same time as the charter: with the working
 * calendar behind "open now" it is most of the widget's weight, and a page
 * that shows only the form control never needs it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { createCalendarWithoutFeed, FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR, londonInstant, londonMoment, openingState, type Channel, type Charter, type LocalMoment, type OpeningState, type Service, type WorkingCalendar } from '@cx-kit/core';
import { ClockController, headingTemplate, localized, localizedList, msg, str, TEXT_SLOT, textIn, withText } from '@cx-kit/core/element';
import type { ReactiveControllerHost } from 'lit';
import { emergencyChannels, officeChannels, serviceChannels } from './channel-order.js';
import { channelView, emergencyView, type ChannelContext } from './channel-view.js';
import { summariseHours } from './hours-summary.js';
import { CLOSING_SOON_MINUTES, openingPhrase } from './opening-words.js';
import { styles } from './cx-contact-options.styles.js';

export const partStyles = [styles];

/** What the element hands the view on each render. */
export interface ContactInput {
  charter: Charter;
  /** The service shown (from `service`, or chosen in the search), if any. */
  service?: Service;
  /** True when the resident chose the service in the search (announced), false when `service` named it. */
  searching: boolean;
  locale: string;
  /** The widget's top heading level. */
  level: number;
  /** Epoch ms on the widget's clock. */
  nowMs: number;
  /** A channel's live wait, rendered, when the page has wait times (the wait times' part, wait-view.ts). */
  waitFor?(service: Service | undefined, channel: Channel, onChoose: ChannelContext['onChoose']): TemplateResult | undefined;
  /** "Example details…", or nothing, from the base. */
  exampleNotice: TemplateResult | typeof nothing;
  onChoose(service: Service | undefined, channel: Channel, event?: Event): void;
  /** Told each instant at which what shows will change (an opening, a closing, "closing soon"), for the clock. */
  noteChange(ms: number): void;
}

/**
 * Core's clock for the widget (the `now` attribute, UK midnight, and the
 * instants `changes()` names). Made here, with the part that shows the
 * time: the shell carries none of the date code.
 */
export function createClock(host: ReactiveControllerHost, changes: (now: number) => Iterable<number>): ClockController {
  return new ClockController(host, { changes });
}

const instant = (moment: LocalMoment) => londonInstant(moment.date, moment.time).getTime();

/** The state's next changes: when it opens, closes, and starts "closing soon". */
function noteChanges(state: OpeningState, input: ContactInput): OpeningState {
  if (state.closesAt) {
    const closes = instant(state.closesAt);
    input.noteChange(closes);
    input.noteChange(closes - CLOSING_SOON_MINUTES * 60_000);
  }
  if (state.opensAt) input.noteChange(instant(state.opensAt));
  return state;
}

/**
 * Why `now` cannot be shown, if it cannot: "open now" looks at the working
 * days of its year and the next (the next opening), which the calendar must cover.
 */
export function nowOutsideCalendar(now: string, nowMs: number): string | undefined {
  const year = Number(londonMoment(nowMs).date.slice(0, 4));
  if (year >= FIRST_BANK_HOLIDAY_YEAR && year < LAST_BANK_HOLIDAY_YEAR) return undefined;
  return `now="${now}" is outside the years the working-day calendar covers (${FIRST_BANK_HOLIDAY_YEAR} to ${LAST_BANK_HOLIDAY_YEAR - 1}).`;
}

// The council's calendar per charter. Built here from `createCalendarWithoutFeed`, not `calendarFor`: that one
// brings the timescale rules, which "open now" never needs (charters are not edited after first use).
const calendars = new WeakMap<Charter, WorkingCalendar>();

function councilCalendar(charter: Charter): WorkingCalendar {
  let calendar = calendars.get(charter);
  if (!calendar) {
    calendar = createCalendarWithoutFeed({ division: charter.organisation.division, closures: charter.organisation.closures ?? [] });
    calendars.set(charter, calendar);
  }
  return calendar;
}

function context(input: ContactInput, channel: Channel, calendar: WorkingCalendar, today: string): ChannelContext {
  const { charter, service, nowMs } = input;
  const staffed = channel.hours !== undefined || channel.kind === 'online' || channel.kind === 'webchat';
  const state = staffed ? noteChanges(openingState(channel.hours, nowMs, calendar), input) : undefined;
  const ctx: ChannelContext = {
    charter,
    service,
    locale: input.locale,
    phrase: state ? openingPhrase(state, nowMs, today) : undefined,
    hours: summariseHours(channel.hours),
    level: input.level,
    onChoose: (chosen, event) => input.onChoose(service, chosen, event),
  };
  if (!state || state.open) ctx.wait = input.waitFor?.(service, channel, ctx.onChoose);
  return ctx;
}

/** The channels of a service; with none chosen yet, just the emergency line while the offices are closed. */
export function contactView(input: ContactInput): TemplateResult {
  const { charter, service, nowMs, locale } = input;
  const today = londonMoment(nowMs).date;
  const calendar = councilCalendar(charter);
  const channels = service ? serviceChannels(charter, service) : [];
  const emergency = emergencyChannels(charter, service);
  const offices = officeChannels(charter, channels);
  const officesOpen = offices.length === 0 || offices.map((c) => noteChanges(openingState(c.hours, nowMs, calendar), input)).some((state) => state.open);
  const ctx = (channel: Channel) => context(input, channel, calendar, today);
  const listed = officesOpen ? [...channels, ...emergency] : channels;
  const chosenNote = input.searching && service ? withText(msg(str`Showing how to contact us about ${TEXT_SLOT}`), localized(service.name, locale)) : '';
  const showsContacts = service !== undefined || (!officesOpen && emergency.length > 0);
  // The example numbers are called out where they show (after the emergency line, which stands first).
  return html`${officesOpen ? nothing : emergency.map((channel) => emergencyView(channel, ctx(channel)))}
    ${showsContacts ? input.exampleNotice : nothing}
    ${service
      ? html`<div class="cx-service">
          ${headingTemplate(input.level, localized(service.name, locale), { id: 'cx-service-title' })}
          ${service.summary ? html`<p>${localized(service.summary, locale)}</p>` : nothing}
          <ul class="cx-channels">
            ${listed.map((channel) => channelView(channel, ctx(channel), `cx-channel-${channel.id}`))}
          </ul>
        </div>`
      : nothing}
    ${input.searching ? html`<p class="cx-visually-hidden" role="status">${chosenNote}</p>` : nothing}
    ${otherFormats(charter, locale)}`;
}

function otherFormats(charter: Charter, locale: string): TemplateResult | typeof nothing {
  const other = charter.otherFormats;
  if (!other) return nothing;
  const formats = other.formats.map((f) => textIn(f, locale));
  return html`<p class="cx-other-formats" part="other-formats">
    <a href=${other.url}>${localized(other.text, locale)}</a>
    ${formats.length ? html`<span class="cx-secondary cx-small">${localizedList(formats, locale)}</span>` : nothing}
  </p>`;
}
