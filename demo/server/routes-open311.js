// Open311 GeoReport v2 routes under /api/open311/v2: services, requests (a
// list, one by id, a new one), in JSON or XML by extension; errors in the
// standard's own format.
import * as z from 'zod/mini';
import { readBody } from './body.js';
import { HttpError } from './http-error.js';
import { fileOpen311, findRequests, open311Fields, open311Services, open311SubmissionSchema, publishRequest } from './open311.js';
import { json, xml } from './respond.js';
import { xmlList } from './xml.js';
import { createHash } from 'node:crypto';
import { idempotencyKey } from './idempotency-key.js';

/** What a miss publishes (and throws away), so it costs the same as a hit. */
const STAND_IN = { kind: 'open311', reference: 'CEC-0000-0000', status: 'open', service_name: 'x', service_code: 'x', description: 'x', requested_datetime: '2026-01-01T00:00:00+00:00', updated_datetime: '2026-01-01T00:00:00+00:00', address: 'x' };

/** Errors on these routes use the standard's array, as XML for `.xml` paths. */
export function open311ErrorStyle(_req, url) {
  return url.pathname.endsWith('.xml') ? 'open311-xml' : 'open311';
}

function answer(format, status, listName, itemName, items) {
  return format === 'xml' ? xml(status, xmlList(listName, itemName, items)) : json(status, items);
}

/** GET services.{json,xml}: the charter's services. */
export function getServices(ctx) {
  return answer(ctx.params.format, 200, 'services', 'service', open311Services(ctx.env.charter));
}

/** GET requests.{json,xml}: filtered by service_request_id, service_code, status, start_date, end_date. */
export async function getRequests(ctx) {
  const { requests, error } = await findRequests(ctx.env.store, ctx.url.searchParams, ctx.env.now());
  if (error) throw new HttpError(400, error);
  return answer(ctx.params.format, 200, 'service_requests', 'request', requests);
}

/** GET requests/{id}.{json,xml}: an array holding the one request, or a 404 in the standard's format. */
export async function getRequest(ctx) {
  let id;
  try {
    id = decodeURIComponent(ctx.params.id);
  } catch {
    throw new HttpError(400, 'The request id in the address is not valid.');
  }
  const record = await ctx.env.store.get(id);
  // A miss costs what a hit costs: the same publishing and writing, of a stand-in, thrown away.
  const published = answer(ctx.params.format, 200, 'service_requests', 'request', [publishRequest(record?.kind === 'open311' ? record : STAND_IN)]);
  if (!record || record.kind !== 'open311') throw new HttpError(404, `There is no service request ${id}.`);
  return published;
}

/** POST requests.{json,xml}: a new report, form-encoded as the standard says. */
export async function postRequest(ctx) {
  const { env, req } = ctx;
  const key = idempotencyKey(req);
  const body = await readBody(req, { limit: env.bodyLimit, accept: ['form'] });
  const fields = open311Fields(body.value);
  const checked = z.safeParse(open311SubmissionSchema, fields);
  if (!checked.success) {
    // One error per problem, as the standard's array allows.
    const errors = checked.error.issues.map((issue) => ({ code: 400, description: `${issue.path.join('.') || 'request'} ${issue.message}` }));
    return answer(ctx.params.format, 400, 'errors', 'error', errors);
  }
  const idempotency = key ? { scope: `open311:${ctx.client}`, key, bodyHash: createHash('sha256').update(body.text).digest('base64url'), now: env.now() } : undefined;
  const { answer: created, replayed, unknownService } = await fileOpen311(env, checked.data, idempotency);
  // GeoReport v2, POST Service Request, Errors: "404 - service_code or jurisdiction_id was not found".
  if (unknownService) throw new HttpError(404, unknownService);
  const reply = answer(ctx.params.format, 201, 'service_requests', 'request', created);
  if (replayed) reply.headers['Idempotent-Replayed'] = 'true';
  return reply;
}
