// Demo waiting times for the charter's phone and webchat channels, as a
// council's telephony might publish them: busiest first thing in the
// morning and after lunch, changing every few minutes, none while closed.
import { core } from './core.js';
import { seededRandom } from './rng.js';

/** Minutes a caller typically waits at each hour of the UK day the lines are open. */
const TYPICAL_MINUTES = { 8: 4, 9: 7, 10: 5, 11: 3.5, 12: 2.5, 13: 4, 14: 3, 15: 2.5, 16: 2, 17: 1.5 };
const SLOT_MS = 5 * 60_000;

/**
 * The WaitTimes body at `now` for every open phone or webchat channel.
 * The same five-minute slot always gives the same figures.
 * @param {object} charter
 * @param {number} now epoch milliseconds
 */
export function waitTimes(charter, now) {
  const hour = Number(core.londonMoment(now).time.slice(0, 2));
  const slot = Math.floor(now / SLOT_MS);
  const channels = charter.channels
    .filter((channel) => channel.kind === 'phone' || channel.kind === 'webchat')
    .filter((channel) => core.openingState(channel.hours, now, core.calendarFor(charter, 'council')).open)
    .map((channel, index) => {
      const random = seededRandom(`${channel.id}:${slot}`);
      const typical = (TYPICAL_MINUTES[hour] ?? 1) * (channel.kind === 'webchat' ? 0.6 : 1);
      const minutes = Math.max(0, Math.round((typical + (random() - 0.5) * 2) * 2) / 2);
      return { channel: channel.id, minutes, queuePosition: Math.round(minutes * (1.2 + index * 0.1) + random()) };
    });
  return { updatedAt: new Date(slot * SLOT_MS).toISOString(), channels };
}
