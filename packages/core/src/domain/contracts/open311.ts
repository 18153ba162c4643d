/**
 * Open311 GeoReport v2, as the tracker reads it: `GET {api}/requests/{id}.json`
 * answers with an ARRAY of service requests, or an array of errors. Real
 * servers omit fields, send `null`, numbers as strings and extra fields, so
 * almost everything is optional and extra fields are kept. XML is left to the
 * tracker widget (parsing it needs the browser's DOMParser).
 */
import * as z from 'zod/mini';
import { isLooseIsoDateTime, isWebUrl, nonEmptyText, quote } from '../field-format-schemas.js';
import { parseContract } from './contract-error.js';

/**
 * `open` and `closed` (the GeoReport v2 statuses) and the extended ones
 * FixMyStreet-style servers send.
 */
export const OPEN311_STATUSES = [
  'open',
  'closed',
  'confirmed',
  'investigating',
  'in_progress',
  'action_scheduled',
  'planned',
  'fixed',
  'duplicate',
  'not_councils_responsibility',
  'unable_to_fix',
  'internal_referral',
  'no_further_action',
] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/** The statuses after which nothing more will happen to a request. */
const FINISHED: ReadonlySet<Open311Status> = new Set([
  'closed',
  'fixed',
  'duplicate',
  'not_councils_responsibility',
  'unable_to_fix',
  'internal_referral',
  'no_further_action',
]);

/** Whether a status means the request is finished (`closed`, `fixed`, `duplicate` …) rather than open. */
export function isOpen311Closed(status: Open311Status): boolean {
  return FINISHED.has(status);
}

const text = z.nullish(z.string());
const idLike = z.nullish(z.union([z.string(), z.number()]));
const dateTime = z.nullish(
  z.string().check(
    z.refine((value) => value === '' || isLooseIsoDateTime(value), {
      error: (issue) => `${quote(issue.input)} is not an ISO 8601 date and time, such as "2026-03-02T10:15:00+00:00"`,
    }),
  ),
);
const coordinateError = 'should be a number (a latitude or longitude)';
const coordinate = z.nullish(
  z.union(
    [z.number(), z.string().check(z.refine((value) => value === '' || Number.isFinite(Number(value)), { error: coordinateError }))],
    { error: coordinateError },
  ),
);
// A media URL becomes a link or an image: only http(s) is ever accepted.
const mediaUrl = z.nullish(
  z.string().check(
    z.refine((value) => value === '' || isWebUrl(value, false), {
      error: (issue) => `${quote(issue.input)} is not an http(s) address, so it will not be shown`,
    }),
  ),
);

/** One service request, as GeoReport v2 describes it. */
export const open311RequestSchema = z.looseObject({
  service_request_id: z.union([nonEmptyText, z.number()], { error: 'should be the request id (text or a number)' }),
  status: z.enum(OPEN311_STATUSES),
  status_notes: text,
  service_name: text,
  service_code: idLike,
  description: text,
  agency_responsible: text,
  service_notice: text,
  requested_datetime: dateTime,
  updated_datetime: dateTime,
  expected_datetime: dateTime,
  address: text,
  address_id: idLike,
  zipcode: text,
  lat: coordinate,
  long: coordinate,
  media_url: mediaUrl,
});

export type Open311Request = z.output<typeof open311RequestSchema>;

/** What `GET /requests/{id}.json` answers: an array (usually of one). */
export const open311RequestsSchema = z.array(open311RequestSchema);

/** Check a requests response; throws a `ContractError` listing every problem. */
export function parseOpen311Requests(input: unknown): Open311Request[] {
  return parseContract(open311RequestsSchema, 'Open311 response', input);
}

/** The GeoReport v2 error format: `[{ "code": 404, "description": "…" }]`. */
export const open311ErrorsSchema = z
  .array(z.looseObject({ code: z.union([z.number(), z.string()]), description: z.string() }))
  .check(z.minLength(1));

export type Open311Error = z.output<typeof open311ErrorsSchema>[number];

/** Check an Open311 error response; throws a `ContractError` listing every problem. */
export function parseOpen311Errors(input: unknown): Open311Error[] {
  return parseContract(open311ErrorsSchema, 'Open311 error response', input);
}
