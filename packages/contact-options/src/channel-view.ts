/**
 * How one channel looks: how to use it, its state now, its hours, the wait,
 * and the charter's promise. Plain template functions over plain data; the
 * element decides which channels and in what order.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, TEXT_SLOT, withText } from '@cx-kit/core/element';
import type { Channel, Charter, Service } from '@cx-kit/core';
import { formatDate, formatTime, formatWeekday, formatWeekdayRange, groupPhone, headingTemplate, localized, telHref } from '@cx-kit/core/element';
import type { HoursLine, HoursSummary } from './hours-summary.js';
import type { OpeningPhrase } from './opening-words.js';

/** What a channel needs from the element to render. */
export interface ChannelContext {
  charter: Charter;
  service?: Service;
  locale: string;
  /** The phrase for the channel's state now, or undefined when it has no hours to speak of (email, letter). */
  phrase?: OpeningPhrase;
  hours: HoursSummary;
  /** The live wait, rendered by the wait times' part, when there is one and the channel is open. */
  wait?: TemplateResult;
  /** The level of the widget's top headings (2 to 6); a channel's heading is one below. */
  level: number;
  /** Called when the resident uses the channel's link; returns false when a listener cancelled the choice. */
  onChoose(channel: Channel, event: Event): void;
}

// Any Monday, to name weekdays in the resident's language.
const WEEKDAY_DATES: Record<string, string> = {
  monday: '2024-01-01',
  tuesday: '2024-01-02',
  wednesday: '2024-01-03',
  thursday: '2024-01-04',
  friday: '2024-01-05',
  saturday: '2024-01-06',
  sunday: '2024-01-07',
};

const weekdayNames = new Map<string, string>();

/** "Monday" in the resident's language (remembered: building an Intl formatter each time is slow). */
function weekdayName(day: string, locale: string): string {
  const key = `${locale}|${day}`;
  let name = weekdayNames.get(key);
  if (name === undefined) weekdayNames.set(key, (name = formatWeekday(WEEKDAY_DATES[day], locale)));
  return name;
}

/** "at 5pm", "tomorrow at 8:30am", "Monday at 8:30am", "Tuesday 29 December at 8:30am". */
function when(moment: { date: string; time: string; weekday: string }, day: string | undefined, locale: string): string {
  const time = formatTime(moment.time, locale);
  if (day === 'today') return msg(str`at ${time}`);
  if (day === 'tomorrow') return msg(str`tomorrow at ${time}`);
  if (day === 'this-week') return msg(str`${weekdayName(moment.weekday, locale)} at ${time}`);
  return msg(str`${formatDate(moment.date, locale, { year: false })} at ${time}`);
}

/** The state now, in words: "Open now, closes at 5pm", "Closed, opens Monday at 8:30am". */
export function phraseText(phrase: OpeningPhrase, channel: Channel, locale: string): string {
  if (phrase.kind === 'always') {
    if (channel.kind === 'online') return msg('Available at any time');
    // Beside the offices' own lines, the emergency line is for when they are closed, though it never shuts.
    if (channel.kind === 'emergency') return msg('For emergencies, when our offices are closed');
    return msg('Open 24 hours a day, every day');
  }
  if (phrase.kind === 'open') {
    const closes = when(phrase.closes, phrase.day, locale);
    return phrase.closingSoon ? msg(str`Closing soon, closes ${closes}`) : msg(str`Open now, closes ${closes}`);
  }
  const opens = phrase.opens ? when(phrase.opens, phrase.day, locale) : undefined;
  if (phrase.closedFor && opens) return msg(str`Closed for ${phrase.closedFor}, opens ${opens}`);
  if (phrase.closedFor) return msg(str`Closed for ${phrase.closedFor}`);
  return opens ? msg(str`Closed, opens ${opens}`) : msg('Closed');
}

function rangeText([opens, closes]: [string, string], locale: string): string {
  if (opens === '00:00' && closes === '24:00') return msg('24 hours');
  return msg(str`${formatTime(opens, locale)} to ${formatTime(closes, locale)}`);
}

/** "Monday", "Monday to Thursday", "dydd Llun i ddydd Iau" (the day after Welsh "i" mutates). */
function daysText(line: HoursLine, locale: string): string {
  return line.from === line.to ? weekdayName(line.from, locale) : formatWeekdayRange(WEEKDAY_DATES[line.from], WEEKDAY_DATES[line.to], locale);
}

function hoursView(hours: HoursSummary, locale: string): TemplateResult | typeof nothing {
  if (hours.always || !hours.lines.length) return nothing;
  return html`<div class="cx-hours" part="hours">
    <p class="cx-hours__title">${msg('Opening times (UK time)')}</p>
    <ul class="cx-hours__list">
      ${hours.lines.map((line) => html`<li>${daysText(line, locale)}: ${line.ranges.map((r) => rangeText(r, locale)).join(', ')}</li>`)}
      ${hours.closedOnBankHolidays ? html`<li>${msg('Closed on bank holidays')}</li>` : nothing}
    </ul>
  </div>`;
}

/** A tel: link whose name says what the number is for, so a list of links tells the lines apart. */
function phoneLink(channel: Channel, phone: string, ctx: ChannelContext): TemplateResult {
  return html`<a class="cx-big-link" href=${telHref(phone)} @click=${(event: Event) => ctx.onChoose(channel, event)}
    ><span class="cx-visually-hidden">${localized(channel.label, ctx.locale)}: </span><span dir="ltr">${groupPhone(phone)}</span></a
  >`;
}

/** The promise for a channel: its own words, else its timescale's. */
function promiseOf(channel: Channel, charter: Charter, locale: string): TemplateResult | string | undefined {
  if (channel.promise) return localized(channel.promise, locale);
  const timescale = channel.timescale ? charter.timescales.find((t) => t.id === channel.timescale) : undefined;
  return timescale ? localized(timescale.description, locale) : undefined;
}

function address(lines: readonly string[]): TemplateResult {
  return html`<address class="cx-address">${lines.map((line) => html`<span dir="auto">${line}</span>`)}</address>`;
}

/** How to use the channel: a link, a number to call, an address to write to or visit. */
function howView(channel: Channel, ctx: ChannelContext): TemplateResult | typeof nothing {
  const { service, locale, charter } = ctx;
  const choose = (event: Event) => ctx.onChoose(channel, event);
  const phone = (channel.kind === 'phone' ? service?.team?.phone : undefined) ?? channel.phone;
  const email = (channel.kind === 'email' ? service?.team?.email : undefined) ?? channel.email;
  // Charter URLs are http(s) or relative: the charter schema rejects any other scheme before anything renders.
  const webUrl = channel.url;
  switch (channel.kind) {
    case 'online': {
      const links = service?.links ?? [];
      if (links.length) {
        return html`<ul class="cx-links">
          ${links.map((link) => html`<li><a class="cx-big-link" href=${link.url} @click=${choose}>${localized(link.label, locale)}</a></li>`)}
        </ul>`;
      }
      if (!webUrl) return nothing;
      const what = localized(service ? service.name : charter.organisation.name, locale);
      const words = service ? withText(msg(str`${TEXT_SLOT} on our website`), what) : withText(msg(str`${TEXT_SLOT} website`), what);
      return html`<p><a class="cx-big-link" href=${webUrl} @click=${choose}>${words}</a></p>`;
    }
    case 'webchat':
      return webUrl ? html`<p><a class="cx-big-link" href=${webUrl} @click=${choose}>${msg('Start a web chat')}</a></p>` : nothing;
    case 'phone':
    case 'emergency':
      return phone ? html`<p>${phoneLink(channel, phone, ctx)}</p>` : nothing;
    case 'email':
      return email ? html`<p><a class="cx-big-link" href="mailto:${email}" dir="ltr" @click=${choose}>${email}</a></p>` : nothing;
    case 'letter':
      return channel.address ? html`<p class="cx-how-label">${msg('Write to:')}</p>${address(channel.address)}` : nothing;
    case 'face-to-face':
      return html`${channel.address ? html`<p class="cx-how-label">${msg('Visit:')}</p>${address(channel.address)}` : nothing}
      ${webUrl ? html`<p><a href=${webUrl} @click=${choose}>${msg('Where and when to visit')}</a></p>` : nothing}`;
  }
}

/** The state line: open (green edge), closing soon (amber), closed (grey). */
function stateView(ctx: ChannelContext, channel: Channel): TemplateResult | typeof nothing {
  const phrase = ctx.phrase;
  if (!phrase) return nothing;
  const tone = phrase.kind === 'closed' ? 'closed' : phrase.kind === 'open' && phrase.closingSoon ? 'soon' : 'open';
  return html`<p class="cx-state cx-state--${tone}" part="state">${phraseText(phrase, channel, ctx.locale)}</p>`;
}

/** One channel, as a list item. */
export function channelView(channel: Channel, ctx: ChannelContext, headingId: string): TemplateResult {
  const promise = promiseOf(channel, ctx.charter, ctx.locale);
  return html`<li class="cx-channel cx-channel--${channel.kind}" part="channel channel-${channel.kind}" data-channel=${channel.id}>
    ${headingTemplate(ctx.level + 1, localized(channel.label, ctx.locale), { id: headingId, className: 'cx-channel__title' })} ${howView(channel, ctx)} ${stateView(ctx, channel)}
    ${ctx.wait ?? nothing} ${hoursView(ctx.hours, ctx.locale)}
    ${promise ? html`<p class="cx-promise" part="promise">${promise}</p>` : nothing}
    ${channel.notes ? html`<p class="cx-secondary cx-small">${localized(channel.notes, ctx.locale)}</p>` : nothing}
  </li>`;
}

/** The emergency line when the offices are closed: first, and standing out. */
export function emergencyView(channel: Channel, ctx: ChannelContext): TemplateResult {
  const phone = channel.phone;
  const promise = promiseOf(channel, ctx.charter, ctx.locale);
  // At the widget's top level: it comes before the service's own heading, and must not jump a level.
  return html`<div class="cx-emergency" part="emergency" data-channel=${channel.id}>
    ${headingTemplate(ctx.level, localized(channel.label, ctx.locale), { id: 'cx-emergency-title' })}
    <p>${msg('Our offices are closed now. If it is an emergency, call:')}</p>
    ${phone ? html`<p>${phoneLink(channel, phone, ctx)}</p>` : nothing}
    ${channel.notes ? html`<p>${localized(channel.notes, ctx.locale)}</p>` : nothing}
    ${promise ? html`<p class="cx-promise" part="promise">${promise}</p>` : nothing}
  </div>`;
}
