/**
 * Which channels a service shows, and in what order: the charter's order,
 * online first where there is one, and the emergency out-of-hours line
 * always listed: first when the offices are closed, last when they are open.
 */
import type { Channel, Charter, Service } from '@cx-kit/core';

/** Channels where a person answers at set hours: whether any is open says whether "the offices" are. */
const STAFFED: readonly Channel['kind'][] = ['phone', 'face-to-face', 'webchat'];

export const isEmergency = (channel: Channel) => channel.kind === 'emergency';

/** The service's channels in the charter's order, online ones first; emergency channels left out (see `emergencyChannels`). */
export function serviceChannels(charter: Charter, service: Service): Channel[] {
  const byId = new Map(charter.channels.map((c) => [c.id, c]));
  const channels = service.channels.map((id) => byId.get(id)).filter((c): c is Channel => c !== undefined && !isEmergency(c));
  return [...channels.filter((c) => c.kind === 'online'), ...channels.filter((c) => c.kind !== 'online')];
}

/** The emergency lines: the service's own, else the charter's (there is always someone in an emergency). */
export function emergencyChannels(charter: Charter, service?: Service): Channel[] {
  const own = service ? charter.channels.filter((c) => isEmergency(c) && service.channels.includes(c.id)) : [];
  return own.length ? own : charter.channels.filter(isEmergency);
}

/**
 * The channels whose hours say whether the offices are open: the service's
 * staffed channels with set hours, else the whole charter's. Empty when no
 * channel keeps office hours (then the offices never count as closed).
 */
export function officeChannels(charter: Charter, channels: readonly Channel[]): Channel[] {
  const staffed = (list: readonly Channel[]) => list.filter((c) => STAFFED.includes(c.kind) && c.hours && !c.hours.always);
  const own = staffed(channels);
  return own.length ? own : staffed(charter.channels);
}
