// Data for the browser benchmarks, built from the kit's own defaults and
// checked against its own schemas, so a benchmark never measures a widget
// rejecting its input.
import { defaultCharter, parseCharter, parseTrackerStatus, type Charter, type TrackerStatus } from '../../packages/core/src/index.ts';
import { localText } from '../../packages/core/src/domain/local-text.ts';
import { buildServiceIndex, searchServicesCounted } from '../../packages/core/src/domain/service-search.ts';

/**
 * Cheshire East's charter with 1,000 services: the default ones again and
 * again, each copy numbered in its id, name and keywords (so every name is
 * different and many of them match a query, as in a big council's list).
 */
export function charterWithServices(count: number): Charter {
  const base = defaultCharter.services;
  const services = Array.from({ length: count }, (_, i) => {
    const service = base[i % base.length];
    const copy = Math.floor(i / base.length);
    if (copy === 0) return service;
    return {
      ...service,
      id: `${service.id}-${copy}`,
      name: `${typeof service.name === 'string' ? service.name : Object.values(service.name)[0]} (area ${copy})`,
      keywords: [...(service.keywords ?? []).slice(0, 6), `area ${copy}`, `ward ${copy}`],
    };
  });
  return parseCharter({ ...structuredClone(defaultCharter), services });
}

/** What the search box holds after each keystroke: whole words typed letter by letter, a typo, and a correction. */
export function searchKeystrokes(): string[] {
  const typed = (text: string) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
  const values = [...typed('bins'), ...typed('council tax'), ...typed('parkign permit')];
  // Backspace the typo away and finish the word properly.
  values.push('parkign permi', 'parkign perm', 'parkign per', 'parkign pe', 'parkign p', 'parkign ', 'parkign', 'parkig', 'parki', 'parkin', 'parking');
  values.push(...typed('libary'), ...typed(' area 7').map((v) => `libary${v}`));
  return values;
}

/**
 * For the search's floor (bench/floor/search-floor.js): the names the kit's
 * search shows (at most 10) for each of `values`, by what the box holds.
 */
export function searchAnswers(charter: Charter, values: string[]): Record<string, string[]> {
  const index = buildServiceIndex(charter.services);
  return Object.fromEntries(values.map((value) => [value, searchServicesCounted(index, value, 10).matches.map((match) => localText(match.service.name, 'en'))]));
}

/**
 * A request with `count` timeline events (cx-kit API TrackerStatus), the
 * last `count` working-hours updates on a stage 1 complaint. Each event's
 * text is unique, so the benchmark can count how many are on screen.
 */
export function trackerStatusWithEvents(count: number, reference: string, serviceName: string): TrackerStatus {
  const statuses = ['received', 'acknowledged', 'in-progress', 'awaiting-information', 'in-progress'] as const;
  const start = Date.UTC(2026, 0, 5, 9, 0, 0);
  const events = Array.from({ length: count }, (_, i) => ({
    at: new Date(start + i * 3 * 3_600_000).toISOString(),
    status: i === 0 ? ('received' as const) : statuses[1 + (i % (statuses.length - 1))],
    text: `Update ${String(i + 1).padStart(3, '0')}: the case officer added a note to your complaint.`,
  }));
  return parseTrackerStatus({
    reference,
    service: { id: 'benchmarks', name: serviceName },
    status: 'in-progress',
    stage: 1,
    receivedAt: '2026-01-05',
    events,
    dueDates: { acknowledgeBy: '2026-01-08', respondBy: '2026-01-19' },
    team: { name: 'Customer Relations', phone: '0300 123 5500', email: 'customer.relations@cheshireeast.gov.uk' },
    overdue: false,
  });
}
