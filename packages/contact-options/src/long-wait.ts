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

/** The other ways to reach this service (or the council) right now: online first, then web chat, then email. */
export function alternativesTo(charter: Charter, service: Service | undefined, waiting: Channel): Channel[] {
  const pool = (service ? serviceChannels(charter, service) : charter.channels).filter((c) => c !== waiting && INSTEAD.includes(c.kind));
  return INSTEAD.flatMap((kind) => pool.filter((c) => c.kind === kind).slice(0, 1));
}
