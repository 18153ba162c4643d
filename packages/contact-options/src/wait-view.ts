/**
 * Live wait times: the controller that polls `wait-time-src`, and what a
 * channel says with its wait ("Waiting time now: about 4 minutes") and, when
 * that is longer than the charter's promise, the other ways in. Loaded by the
 * element with import() only on a page that sets `wait-time-src`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { isWebUrl, type Channel, type Charter, type Service, type WaitTimes } from '@cx-kit/core';
import { localized, msg, str } from '@cx-kit/core/element';
import { alternativesTo, promisedMinutes } from './long-wait.js';

export { WaitTimesController } from './wait-times-controller.js';

/** Why `wait-time-src` cannot be fetched (not an http(s) or relative address), for the editor; undefined when it can. */
export function waitSourceProblem(src: string): string | undefined {
  return isWebUrl(src) ? undefined : msg(str`wait-time-src="${src}" must be an http(s) or relative address. The widget shows no live wait times.`);
}

export const partStyles = [
  css`
    .cx-wait {
      font-weight: 600;
    }
    .cx-long-wait {
      margin-block: var(--cx-space-2, 0.5rem);
      padding-inline-start: var(--cx-space-3, 0.75rem);
      border-inline-start: 4px solid var(--cx-color-warning, #f47738);
    }
  `,
];

/** What a channel's wait needs: the answer, the channel, and where the resident is. */
export interface WaitInput {
  data: WaitTimes;
  charter: Charter;
  service?: Service;
  channel: Channel;
  /** Epoch ms on the widget's clock: answers older than a quarter of an hour are not shown. */
  nowMs: number;
  locale: string;
  onChoose(channel: Channel, event: Event): void;
}

/** The channel's live wait, or undefined when the answer has none for it or is stale. */
export function liveWaitView(input: WaitInput): TemplateResult | undefined {
  const { data, charter, service, channel } = input;
  const wait = data.channels.find((c) => c.channel === channel.id);
  if (!wait || Math.abs(input.nowMs - Date.parse(data.updatedAt)) > 15 * 60_000) return undefined;
  return waitView({ minutes: wait.minutes, queuePosition: wait.queuePosition, promisedMinutes: promisedMinutes(charter, channel), alternatives: alternativesTo(charter, service, channel) }, input);
}

/** A channel's live wait, and what to offer when it is longer than the charter's promise. */
interface LiveWait {
  minutes: number;
  queuePosition?: number;
  /** The charter's promise in minutes ("within two minutes"), when the channel has one. */
  promisedMinutes?: number;
  /** Other ways in, offered when the wait is longer than the promise (online, web chat, email). */
  alternatives: readonly Channel[];
}

function waitView(wait: LiveWait, ctx: WaitInput): TemplateResult {
  const minutes = Math.round(wait.minutes);
  const time = minutes < 1 ? msg('No wait right now') : minutes === 1 ? msg('Waiting time now: about 1 minute') : msg(str`Waiting time now: about ${minutes} minutes`);
  const queue = wait.queuePosition ? msg(str`You would be number ${wait.queuePosition} in the queue.`) : '';
  const long = wait.promisedMinutes !== undefined && wait.minutes > wait.promisedMinutes && wait.alternatives.length > 0;
  return html`<p class="cx-wait" part="wait-time">${time}${queue ? html`. ${queue}` : '.'}</p>
    ${long ? longWaitView(wait.promisedMinutes!, wait.alternatives, ctx) : nothing}`;
}

/** The charter's "…or offer you an alternative way of contacting us", right where the long wait shows. */
function longWaitView(promised: number, alternatives: readonly Channel[], ctx: WaitInput): TemplateResult {
  const aim = promised === 1 ? msg('That is longer than we aim for (1 minute). Instead, you can:') : msg(str`That is longer than we aim for (${promised} minutes). Instead, you can:`);
  return html`<div class="cx-long-wait" part="long-wait">
    <p>${aim}</p>
    <ul class="cx-links">
      ${alternatives.map((channel) => html`<li>${alternativeLink(channel, ctx)}</li>`)}
    </ul>
  </div>`;
}

/** One link for another way in: the service's first online link, a web chat, an email address. */
function alternativeLink(channel: Channel, ctx: WaitInput): TemplateResult | typeof nothing {
  const choose = (event: Event) => ctx.onChoose(channel, event);
  if (channel.kind === 'email') {
    const email = ctx.service?.team?.email ?? channel.email;
    return email ? html`<a href="mailto:${email}" @click=${choose}>${msg('Email us:')} <span dir="ltr">${email}</span></a>` : nothing;
  }
  if (channel.kind === 'webchat') return channel.url ? html`<a href=${channel.url} @click=${choose}>${msg('Start a web chat')}</a>` : nothing;
  const link = ctx.service?.links?.[0];
  const url = link?.url ?? channel.url;
  if (!url) return nothing;
  return html`<a href=${url} @click=${choose}>${link ? localized(link.label, ctx.locale) : msg('Use our website')}</a>`;
}

