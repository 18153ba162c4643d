// Open311 GeoReport v2 routes under /api/open311/v2: services, requests (a
// list, one by id, a new one), in JSON or XML by extension; errors in the
// standard's own format.
import * as z from 'zod/mini';
import { readBody } from './body.js';
import { HttpError } from './http-error.js';
import { fileOpen311, findRequests, open311Fields, open311Services, open311SubmissionSchema, publishRequest } from './open311.js';
import { json, xml } from './respond.js';
import { xmlList } from './xml.js';

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
export function getRequests(ctx) {
  const { requests, error } = findRequests(ctx.env.store.list('open311'), ctx.url.searchParams, ctx.env.now());
  if (error) throw new HttpError(400, error);
  return answer(ctx.params.format, 200, 'service_requests', 'request', requests);
}

/** GET requests/{id}.{json,xml}: an array holding the one request, or a 404 in the standard's format. */
export function getRequest(ctx) {
  let id;
  try {
    id = decodeURIComponent(ctx.params.id);
  } catch {
    throw new HttpError(400, 'The request id in the address is not valid.');
  }
  const record = ctx.env.store.get(id);
  if (!record || record.kind !== 'open311') throw new HttpError(404, `There is no service request ${id}.`);
  return answer(ctx.params.format, 200, 'service_requests', 'request', [publishRequest(record)]);
}

/** POST requests.{json,xml}: a new report, form-encoded as the standard says. */
export async function postRequest(ctx) {
  const { env, req } = ctx;
  const key = req.headers['idempotency-key'];
  if (key !== undefined && !/^[\x21-\x7e]{1,255}$/.test(key)) throw new HttpError(400, 'The Idempotency-Key header must be 1 to 255 visible characters.');
  const body = await readBody(req, { limit: env.bodyLimit, accept: ['form'] });
  const fields = open311Fields(body.value);
  const checked = z.safeParse(open311SubmissionSchema, fields);
  if (!checked.success) {
    // One error per problem, as the standard's array allows.
    const errors = checked.error.issues.map((issue) => ({ code: 400, description: `${issue.path.join('.') || 'request'} ${issue.message}` }));
    return answer(ctx.params.format, 400, 'errors', 'error', errors);
  }
  const { answer: created, replayed, error } = fileOpen311(env, checked.data, key);
  if (error) throw new HttpError(400, error);
  const reply = answer(ctx.params.format, 201, 'service_requests', 'request', created);
  if (replayed) reply.headers['Idempotent-Replayed'] = 'true';
  return reply;
}
