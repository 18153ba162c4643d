// Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): the
// charter's services as service definitions, requests published without the
// reporter's personal details, new reports from the standard's form fields.
import * as z from 'zod/mini';
import { core, formats } from './core.js';

/** The fields a published request carries, in the standard's order. */
const PUBLIC_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];

/** The standard asks servers to return the last 90 days when no dates are given. */
const DEFAULT_WINDOW_DAYS = 90;
const MAX_RESULTS = 1000;

const londonOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });

/** An instant as a W3C date-time in UK time: `2026-07-01T09:30:00+01:00`. */
export function w3cDateTime(instant) {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  const zone = londonOffset.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const hours = Number(/GMT([+-]\d+)?/.exec(zone)?.[1] ?? 0);
  const local = new Date(ms + hours * 3_600_000).toISOString().slice(0, 19);
  return `${local}${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
}

/** The charter's services as GeoReport service definitions (none needs extra attributes). */
export function open311Services(charter) {
  return charter.services.map((service) => ({
    service_code: service.id,
    service_name: core.localText(service.name, 'en'),
    description: service.summary ? core.localText(service.summary, 'en') : '',
    metadata: false,
    type: 'realtime',
    keywords: service.keywords.join(','),
    group: service.socialCare ? 'Social care' : 'Council services',
  }));
}

/** A request as the world may see it: the standard's fields, never the reporter's name, email or phone. */
export function publishRequest(record) {
  const out = {};
  for (const field of PUBLIC_FIELDS) {
    const value = field === 'service_request_id' ? record.reference : record[field];
    if (value !== undefined && value !== null) out[field] = value;
  }
  return out;
}

/**
 * The requests a `GET requests.json` query asks for, read through the
 * store's indexes. Returns `{ requests }` or `{ error }` (a description for a 400).
 * @param {{ findOpen311: Function }} store
 * @param {URLSearchParams} query
 * @param {number} now
 */
export async function findRequests(store, query, now) {
  const list = (name) =>
    (query.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const ids = list('service_request_id');
  if (ids.length > 0) {
    // The standard: with ids, every other parameter is ignored.
    return { requests: (await store.findOpen311({ ids, limit: MAX_RESULTS })).map(publishRequest) };
  }
  const bounds = {};
  for (const name of ['start_date', 'end_date']) {
    const value = query.get(name);
    if (value === null || value === '') continue;
    const ms = Date.parse(value);
    if (!formats.isLooseIsoDateTime(value) || Number.isNaN(ms)) return { error: `${name} must be a W3C date and time, such as 2026-11-23T09:00:00Z` };
    bounds[name] = ms;
  }
  if (bounds.start_date === undefined && bounds.end_date === undefined) bounds.start_date = now - DEFAULT_WINDOW_DAYS * 86_400_000;
  const iso = (ms) => (ms === undefined ? undefined : new Date(ms).toISOString());
  const requests = await store.findOpen311({ statuses: list('status'), codes: list('service_code'), from: iso(bounds.start_date), to: iso(bounds.end_date), limit: MAX_RESULTS });
  return { requests: requests.map(publishRequest) };
}

const optionalText = (max) => z.optional(z.string().check(z.maxLength(max, { error: `must be ${max} characters or fewer` })));
const coordinate = (min, max, name) =>
  z.optional(
    z.string().check(
      z.refine((value) => value.trim() !== '' && Number.isFinite(Number(value)) && Number(value) >= min && Number(value) <= max, {
        error: `must be a ${name} in decimal degrees, from ${min} to ${max}`,
      }),
    ),
  );

/** The form fields of `POST requests.json`, as GeoReport v2 lists them. */
export const open311SubmissionSchema = z
  .object({
    jurisdiction_id: optionalText(200),
    api_key: optionalText(200),
    service_code: z.string({ error: 'was not provided' }).check(z.minLength(1, { error: 'was not provided' })),
    lat: coordinate(-90, 90, 'latitude'),
    long: coordinate(-180, 180, 'longitude'),
    address_string: optionalText(500),
    address_id: optionalText(200),
    email: z.optional(z.string().check(z.refine((value) => value === '' || formats.isEmailAddress(value), { error: 'is not an email address' }))),
    device_id: optionalText(200),
    account_id: optionalText(200),
    first_name: optionalText(200),
    last_name: optionalText(200),
    phone: optionalText(40),
    description: optionalText(4000),
    media_url: z.optional(z.string().check(z.refine((value) => value === '' || core.isWebUrl(value, false), { error: 'must be an http(s) address' }))),
  })
  .check(
    z.superRefine((value, ctx) => {
      const hasPoint = value.lat !== undefined && value.long !== undefined;
      if ((value.lat === undefined) !== (value.long === undefined)) {
        ctx.addIssue({ code: 'custom', path: [value.lat === undefined ? 'lat' : 'long'], message: 'lat and long must be given together', input: value });
      }
      if (!hasPoint && !value.address_string?.trim() && !value.address_id?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['location'], message: 'a location is required: lat and long, address_string or address_id', input: value });
      }
    }),
  );

/** Form fields as plain strings (the first of repeated ones), ready for the schema. */
export function open311Fields(fields) {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
}

const SERVICE_NOTICE = 'Thank you for your report. We will look at it and publish updates here, under this reference.';

/**
 * Files a valid report (or finds the one filed with the same idempotency key)
 * and answers as the standard does: `[{ service_request_id, service_notice }]`.
 * Returns `{ unknownService }` (a 404, as the standard says) for a service the charter does not have.
 */
export async function fileOpen311(env, fields, idempotency) {
  const service = env.charter.services.find((s) => s.id === fields.service_code);
  if (!service) return { unknownService: `service_code ${fields.service_code} was not found: see services.json for the services we offer` };
  const now = w3cDateTime(env.now());
  const text = (value) => (value === undefined || value.trim() === '' ? undefined : value.trim());
  const filed = await env.store.file((reference) => {
    const answer = [{ service_request_id: reference, service_notice: SERVICE_NOTICE, ...(fields.account_id && { account_id: fields.account_id }) }];
    const record = {
      kind: 'open311',
      reference,
      status: 'open',
      service_name: core.localText(service.name, 'en'),
      service_code: service.id,
      description: text(fields.description),
      agency_responsible: service.team ? core.localText(service.team.name, 'en') : core.localText(env.charter.organisation.name, 'en'),
      service_notice: SERVICE_NOTICE,
      requested_datetime: now,
      updated_datetime: now,
      address: text(fields.address_string),
      address_id: text(fields.address_id),
      lat: fields.lat === undefined ? undefined : Number(fields.lat),
      long: fields.long === undefined ? undefined : Number(fields.long),
      media_url: text(fields.media_url),
      // Kept for the council, never published.
      reporter: { email: text(fields.email), first_name: text(fields.first_name), last_name: text(fields.last_name), phone: text(fields.phone), device_id: text(fields.device_id), account_id: text(fields.account_id) },
      receipt: answer,
    };
    return { record: JSON.parse(JSON.stringify(record)), receipt: answer };
  }, idempotency);
  return { answer: filed.receipt, replayed: filed.replayed };
}
