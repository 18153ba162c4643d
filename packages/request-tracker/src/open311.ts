/**
 * Open311 GeoReport v2: `GET {api}/requests/{id}.json` (or `.xml`), its
 * answer read safely and mapped onto what the tracker shows.
 *
 * Open311 lookups are public by design (anyone with the id can look), so
 * the tracker shows only what such a server publishes: no verifier is sent
 * and nothing is asked of the resident but the reference.
 *
 * Spec: https://wiki.open311.org/GeoReport_v2/#get-service-request
 */
import type { Open311Error, Open311Request } from '@cx-kit/core';
import { checkOpen311Errors, checkOpen311Requests } from './answer-checks.js';
import { errorForResponse, joinUrl, send, type LookupError, type LookupResult, type SendOptions } from './http.js';
import { open311Status } from './status-words.js';
import type { TimelineEvent, TrackedRequest } from './tracked-request.js';
import { readXml, type XmlElement } from './xml-reader.js';

export type Open311Format = 'json' | 'xml';

/** Where to look a request up: `{api}/requests/{id}.{format}`, plus `jurisdiction_id` when given. */
export function open311Url(api: string, id: string, options: { format?: Open311Format; jurisdictionId?: string } = {}): string {
  const url = joinUrl(api, `requests/${encodeURIComponent(id)}.${options.format ?? 'json'}`);
  if (!options.jurisdictionId) return url;
  return `${url}${url.includes('?') ? '&' : '?'}jurisdiction_id=${encodeURIComponent(options.jurisdictionId)}`;
}

/** What reading an answer gave: the requests, the server's error array, or a description of what did not fit. */
export type Open311Reading =
  | { kind: 'requests'; requests: Open311Request[] }
  | { kind: 'errors'; errors: Open311Error[] }
  | { kind: 'invalid'; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Statuses servers write in other ways, as the contract names them. */
const STATUS_ALIASES: Record<string, string> = {
  reopen: 'open',
  reopened: 'open',
  for_triage: 'open',
  unconfirmed: 'open',
  not_responsible: 'not_councils_responsibility',
};

/** `ACTION SCHEDULED`, `action-scheduled` → `action_scheduled`, as the contract spells statuses. */
function normaliseStatus(item: unknown): unknown {
  if (!isRecord(item) || typeof item.status !== 'string') return item;
  const status = item.status.trim().toLowerCase().replace(/['’]/g, '').replace(/[\s-]+/g, '_');
  return { ...item, status: STATUS_ALIASES[status] ?? status };
}

/** Reads a parsed JSON answer: an array of requests, or GeoReport's error array. */
export function readOpen311Json(body: unknown): Open311Reading {
  const items = isRecord(body) && Array.isArray(body.service_requests) ? body.service_requests : body;
  if (!Array.isArray(items)) return { kind: 'invalid', problem: 'the answer is not a list of service requests' };
  if (items.length && items.every((item) => isRecord(item) && !('service_request_id' in item) && 'code' in item)) {
    const errors = checkOpen311Errors(items);
    if (errors.ok) return { kind: 'errors', errors: errors.value };
  }
  const checked = checkOpen311Requests(items.map(normaliseStatus));
  if (!checked.ok) return { kind: 'invalid', problem: `problems at ${checked.problems.join(', ')}` };
  return { kind: 'requests', requests: checked.value };
}

/**
 * Reads an XML answer (`<service_requests><request>…</request></service_requests>`,
 * or `<errors><error><code/><description/></error></errors>`) with the kit's
 * own small reader (xml-reader.ts): no DOMParser, so it works under Trusted
 * Types, and its output is plain strings that the page only ever shows as text.
 */
export function readOpen311Xml(text: string): Open311Reading {
  const read = readXml(text);
  if (!read.ok) return { kind: 'invalid', problem: `the answer is not well-formed XML (${read.problem})` };
  const root = read.root;
  const fields = (element: XmlElement) => Object.fromEntries(element.children.map((child) => [child.name, child.text.trim()]));
  if (root.name === 'errors') return readOpen311Json(root.children.map(fields));
  if (root.name !== 'service_requests') return { kind: 'invalid', problem: `the XML root is <${root.name}>, not <service_requests>` };
  return readOpen311Json(root.children.filter((child) => child.name === 'request').map(fields));
}

/** A field's text, or undefined when the server left it out, empty or null. */
const given = (value: string | number | null | undefined) => (value === null || value === undefined || String(value).trim() === '' ? undefined : String(value).trim());

/** Maps a GeoReport v2 request onto what the tracker shows. */
export function open311ToTracked(request: Open311Request): TrackedRequest {
  const { status, outcome } = open311Status(request.status);
  const events: TimelineEvent[] = [];
  const received = given(request.requested_datetime);
  const updated = given(request.updated_datetime);
  const notes = given(request.status_notes);
  if (received) events.push({ at: received, status: 'received', text: '' });
  if (updated && updated !== received) events.push({ at: updated, status, text: notes ?? '' });
  const tracked: TrackedRequest = {
    api: 'open311',
    reference: String(request.service_request_id),
    status,
    stage: null,
    events,
  };
  const optional: Partial<TrackedRequest> = {
    outcome,
    service: given(request.service_name) ? { name: given(request.service_name)! } : undefined,
    statusNotes: notes,
    receivedAt: received,
    updatedAt: updated,
    expectedBy: given(request.expected_datetime),
    agency: given(request.agency_responsible),
    address: given(request.address),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(tracked, { [key]: value });
  return tracked;
}

/** The error a GeoReport error array means. */
function errorFromArray(errors: Open311Error[], status?: number): LookupError {
  const codes = errors.map((e) => Number(e.code));
  const detail = `The server sent an error: ${codes.join(', ')}.`;
  if (codes.includes(404) || status === 404) return { code: 'not-found', status, detail };
  if (codes.includes(429)) return { code: 'rate-limited', status, detail };
  if (codes.some((code) => code >= 500)) return { code: 'server-error', status, detail };
  return { code: 'validation', status, detail };
}

export interface Open311LookupOptions extends SendOptions {
  format?: Open311Format;
  jurisdictionId?: string;
}

/** Reads an answer's body in the format asked for. */
export function readOpen311Body(body: string, format: Open311Format): Open311Reading {
  if (format === 'xml') return readOpen311Xml(body);
  try {
    return readOpen311Json(JSON.parse(body));
  } catch {
    return { kind: 'invalid', problem: 'the answer is not JSON' };
  }
}

/**
 * Looks a request up on a GeoReport v2 server. Never throws for a failure
 * (each is a LookupError); rejects only with LookupAborted when cancelled.
 */
export async function lookUpOpen311(api: string, id: string, options: Open311LookupOptions = {}): Promise<LookupResult<TrackedRequest>> {
  const format = options.format ?? 'json';
  const accept = format === 'xml' ? 'application/xml, text/xml' : 'application/json';
  const sent = await send(open311Url(api, id, options), { method: 'GET', headers: { Accept: accept } }, options);
  if (!sent.ok) return sent;
  const { response, body } = sent.value;
  const failed = errorForResponse(response, (options.now ?? Date.now)());
  if (failed) {
    // A 4xx with GeoReport's error array can say more than the status alone (400 with code 404, say).
    const reading = failed.code === 'validation' ? readOpen311Body(body, format) : undefined;
    return { ok: false, error: reading?.kind === 'errors' ? errorFromArray(reading.errors, response.status) : failed };
  }
  const reading = readOpen311Body(body, format);
  if (reading.kind === 'errors') return { ok: false, error: errorFromArray(reading.errors, response.status) };
  if (reading.kind === 'invalid') return { ok: false, error: { code: 'invalid-response', detail: `The answer does not match Open311 GeoReport v2: ${reading.problem}.` } };
  const match = reading.requests.find((r) => String(r.service_request_id) === id) ?? (reading.requests.length === 1 ? reading.requests[0] : undefined);
  if (!match) return { ok: false, error: { code: 'not-found', status: response.status, detail: 'The server returned no request with that id.' } };
  return { ok: true, value: open311ToTracked(match) };
}
