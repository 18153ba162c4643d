/**
 * Checks across a charter that no single field can make: ids that refer to
 * each other, channels that have what their kind needs, a reference format
 * whose example matches. They read the raw input defensively so they run even
 * when the schema found problems too: an editor sees every mistake at once.
 */
import { quote } from './field-formats.js';
import type { PathSegments, RawProblem } from './problems.js';

type Item = Record<string, unknown>;

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function items(value: unknown): [number, Item][] {
  return Array.isArray(value) ? value.flatMap((item, index) => (isItem(item) ? [[index, item] as [number, Item]] : [])) : [];
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** "online, phone, email" (or a note that there are none). */
function choices(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length ? `choose from: ${list.join(', ')}` : 'there are none yet';
}

/** Ids of a list, reporting duplicates. */
function collectIds(list: unknown, listName: string, noun: string, problems: RawProblem[]): Set<string> {
  const seen = new Map<string, number>();
  for (const [index, item] of items(list)) {
    if (typeof item.id !== 'string') continue;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else {
      problems.push({
        path: [listName, index, 'id'],
        message: `${quote(item.id)} is already the id of ${listName}[${first}]: each ${noun} needs its own id`,
      });
    }
  }
  return new Set(seen.keys());
}

function checkServiceChannels(services: unknown, channelIds: Set<string>, problems: RawProblem[]): void {
  for (const [index, service] of items(services)) {
    if (!Array.isArray(service.channels)) continue;
    const listed = new Set<string>();
    service.channels.forEach((id: unknown, position) => {
      if (typeof id !== 'string') return;
      const path = ['services', index, 'channels', position];
      if (listed.has(id)) problems.push({ path, message: `${quote(id)} is listed twice: list each channel once` });
      else if (!channelIds.has(id)) {
        problems.push({ path, message: `${quote(id)} is not one of the charter's channels (${choices(channelIds)})` });
      }
      listed.add(id);
    });
  }
}

/** What each kind of channel cannot do without. */
const NEEDS: Record<string, { field: string; what: string }[]> = {
  online: [{ field: 'url', what: 'a "url" for its web page or form' }],
  webchat: [{ field: 'url', what: 'a "url" for the page with the chat' }],
  phone: [{ field: 'phone', what: 'a "phone" number' }],
  emergency: [{ field: 'phone', what: 'a "phone" number' }],
  email: [{ field: 'email', what: 'an "email" address' }],
  letter: [{ field: 'address', what: 'a postal "address"' }],
};

/** A channel's alternatives are other channels of the charter. */
function checkAlternatives(channel: Item, index: number, channelIds: Set<string>, problems: RawProblem[]): void {
  (channel.alternatives as unknown[]).forEach((id, position) => {
    if (typeof id !== 'string') return;
    const path = ['channels', index, 'alternatives', position];
    if (id === channel.id) problems.push({ path, message: `${quote(id)} is this channel itself: offer another way to contact you` });
    else if (!channelIds.has(id)) problems.push({ path, message: `${quote(id)} is not one of the charter's channels (${choices(channelIds)})` });
  });
}

function checkChannels(channels: unknown, channelIds: Set<string>, timescaleIds: Set<string>, problems: RawProblem[]): void {
  for (const [index, channel] of items(channels)) {
    const kind = typeof channel.kind === 'string' ? channel.kind : '';
    // Own keys only: a kind such as "constructor" must not find Object.prototype's.
    for (const need of Object.hasOwn(NEEDS, kind) ? NEEDS[kind] : []) {
      if (channel[need.field] === undefined) {
        problems.push({ path: ['channels', index, need.field], message: `is required: a ${kind} channel needs ${need.what}` });
      }
    }
    if (kind === 'face-to-face' && channel.address === undefined && channel.url === undefined) {
      problems.push({
        path: ['channels', index, 'address'],
        message: 'is required: a face-to-face channel needs an "address", or a "url" listing where to go',
      });
    }
    if (Array.isArray(channel.alternatives)) checkAlternatives(channel, index, channelIds, problems);
    if (typeof channel.timescale === 'string' && !timescaleIds.has(channel.timescale)) {
      problems.push({
        path: ['channels', index, 'timescale'],
        message: `${quote(channel.timescale)} is not one of the charter's timescales (${choices(timescaleIds)})`,
      });
    }
  }
}

function checkTimescaleRules(timescales: unknown, timescaleIds: Set<string>, problems: RawProblem[]): void {
  const from = new Map<string, string>();
  for (const [index, timescale] of items(timescales)) {
    const rule = isItem(timescale.rule) ? timescale.rule : {};
    const path: PathSegments = ['timescales', index, 'rule'];
    if (typeof rule.from === 'string') {
      if (!timescaleIds.has(rule.from)) {
        problems.push({
          path: [...path, 'from'],
          message: `${quote(rule.from)} is not one of the charter's timescales (${choices(timescaleIds)})`,
        });
      } else if (typeof timescale.id === 'string') from.set(timescale.id, rule.from);
    }
    if (typeof rule.months === 'number' && typeof rule.extendedMonths === 'number' && rule.extendedMonths < rule.months) {
      problems.push({
        path: [...path, 'extendedMonths'],
        message: `must be at least "months" (${rule.months}): it is the longest the clock may run, counted from the same start`,
      });
    }
  }
  checkFromCycles(timescales, from, problems);
}

/** A timescale that counts from another must not, by any chain, count from itself. */
function checkFromCycles(timescales: unknown, from: Map<string, string>, problems: RawProblem[]): void {
  const reported = new Set<string>();
  for (const [index, timescale] of items(timescales)) {
    const start = timescale.id;
    if (typeof start !== 'string' || reported.has(start) || !from.has(start)) continue;
    const chain = [start];
    let next = from.get(start);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = from.get(next);
    }
    if (next !== start) continue; // no cycle, or one that starts further along (reported from there)
    chain.forEach((id) => reported.add(id));
    const route = [...chain, start].map((id) => quote(id)).join(' → ');
    problems.push({
      path: ['timescales', index, 'rule', 'from'],
      message: `goes round in a circle (${route}): a timescale cannot count, directly or through others, from itself`,
    });
  }
}

function checkReferenceFormat(organisation: unknown, problems: RawProblem[]): void {
  const format = isItem(organisation) && isItem(organisation.referenceFormat) ? organisation.referenceFormat : {};
  const path = ['organisation', 'referenceFormat'];
  if (typeof format.pattern !== 'string') return;
  let pattern: RegExp;
  try {
    pattern = new RegExp(format.pattern);
  } catch (error) {
    problems.push({
      path: [...path, 'pattern'],
      message: `is not a valid regular expression (${(error as Error).message})`,
    });
    return;
  }
  if (typeof format.example === 'string' && !pattern.test(format.example)) {
    problems.push({
      path: [...path, 'example'],
      message: `${quote(format.example)} does not match the pattern ${format.pattern}: the example must be a reference the tracker accepts`,
    });
  }
}

/** Every cross-reference problem in a charter-shaped value (whatever else is wrong with it). */
export function charterReferenceProblems(input: unknown): RawProblem[] {
  if (!isItem(input)) return [];
  const problems: RawProblem[] = [];
  const channelIds = collectIds(input.channels, 'channels', 'channel', problems);
  collectIds(input.services, 'services', 'service', problems);
  const timescaleIds = collectIds(input.timescales, 'timescales', 'timescale', problems);
  checkServiceChannels(input.services, channelIds, problems);
  checkChannels(input.channels, channelIds, timescaleIds, problems);
  checkTimescaleRules(input.timescales, timescaleIds, problems);
  checkReferenceFormat(input.organisation, problems);
  return problems;
}

/** Name the item a problem is inside, for lists editors navigate by id: ` (service "missed-bin")`. */
export function itemLabel(input: unknown, path: PathSegments): string {
  const [list, index] = path;
  const nouns: Record<string, string> = { channels: 'channel', services: 'service', timescales: 'timescale' };
  if (typeof list !== 'string' || typeof index !== 'number' || !nouns[list] || path.length < 3 || path[2] === 'id' || !isItem(input)) return '';
  const item = Array.isArray(input[list]) ? (input[list] as unknown[])[index] : undefined;
  return isItem(item) && hasText(item.id) ? ` (${nouns[list]} ${quote(item.id)})` : '';
}
