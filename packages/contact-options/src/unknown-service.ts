/**
 * The editor's message for a `service` the charter does not have, with the
 * ids they may have meant. Loaded with import() only when that happens: it
 * needs the service search.
 */
import { boundedEditDistance, buildServiceIndex, searchServices, type Charter } from '@cx-kit/core';

/** `service="wast-collection" is not a service in the charter. Did you mean "waste-collection"?` */
export function unknownServiceMessage(charter: Charter, id: string): string {
  const start = `service="${id}" is not a service in the charter.`;
  if (!charter.services.length) return `${start} The charter has no services.`;
  // Typos of the id first, then services whose names or keywords match its words.
  const max = Math.max(2, Math.floor(id.length / 4));
  const typos = charter.services
    .map((s) => ({ id: s.id, distance: boundedEditDistance(id.toLowerCase(), s.id, max) }))
    .filter((s) => s.distance <= max)
    .sort((a, b) => a.distance - b.distance)
    .map((s) => s.id);
  const words = searchServices(buildServiceIndex(charter.services), id.replace(/[-_]+/g, ' '), 3).map((m) => m.service.id);
  const close = [...new Set([...typos, ...words])].slice(0, 3).map((s) => `"${s}"`);
  if (close.length) return `${start} Did you mean ${close.join(' or ')}?`;
  return `${start} Use the id of one of its services, such as ${charter.services.slice(0, 5).map((s) => `"${s.id}"`).join(', ')}.`;
}
