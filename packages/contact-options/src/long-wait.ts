/**
 * The charter's call promise ("We will aim to answer your call within two
 * minutes… or offer you an alternative way of contacting us"): what the
 * promise is in minutes, and which other ways in to offer when the live wait
 * is longer.
 */
import type { Channel, Charter, Service } from '@cx-kit/core';
import { serviceChannels } from './channel-order.js';

/** Kinds a resident can use at once instead of waiting on the phone, in the order offered. */
const INSTEAD: readonly Channel['kind'][] = ['online', 'webchat', 'email'];

/** The channel's promise in minutes (its timescale's `duration` rule), if it has one. */
export function promisedMinutes(charter: Charter, channel: Channel): number | undefined {
  const timescale = channel.timescale ? charter.timescales.find((t) => t.id === channel.timescale) : undefined;
  return timescale?.rule.kind === 'duration' ? timescale.rule.minutes : undefined;
}

/**
 * The other ways in to offer: the channel's own `alternatives` from the
 * charter, else the service's (or the council's) online, web chat and email
 * channels, one of each.
 */
export function alternativesTo(charter: Charter, service: Service | undefined, waiting: Channel): Channel[] {
  if (waiting.alternatives?.length) {
    return waiting.alternatives.map((id) => charter.channels.find((c) => c.id === id)).filter((c): c is Channel => c !== undefined && c !== waiting);
  }
  const pool = (service ? serviceChannels(charter, service) : charter.channels).filter((c) => c !== waiting && INSTEAD.includes(c.kind));
  return INSTEAD.flatMap((kind) => pool.filter((c) => c.kind === kind).slice(0, 1));
}
