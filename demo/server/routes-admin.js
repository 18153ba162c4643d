// The admin page's actions: move a record on, switch faults, reset the demo.
// Each is a plain form POST answered with a redirect back to /admin.
import { readBody } from './body.js';
import { HttpError } from './http-error.js';
import { adminPage } from './admin-page.js';
import { FaultSpecError, parseFaults } from './faults.js';
import { currentStatus, moveOn, nextStatuses } from './lifecycle.js';
import { w3cDateTime } from './open311.js';
import { htmlPage, seeOther } from './respond.js';
import { seedStore } from './seed.js';

/**
 * Admin actions change data, so a form on another site must not be able to
 * post to them (a cross-site request forgery): the browser's Origin header,
 * when sent, must be this server's own. (Tools such as curl send none.)
 */
function assertSameOrigin(req) {
  const origin = req.headers.origin;
  const own = [`http://${req.headers.host}`, `https://${req.headers.host}`];
  const site = req.headers['sec-fetch-site'];
  // Under Referrer-Policy: no-referrer browsers send `Origin: null` even from our own page;
  // Sec-Fetch-Site, which the page cannot forge, then says where the post came from.
  const fromOwnPage = site === 'same-origin' || (site === undefined && (origin === undefined || own.includes(origin)));
  const crossSite = !fromOwnPage;
  if (crossSite) throw new HttpError(403, 'Admin actions are only accepted from the admin page itself.', { code: 'forbidden' });
}

const NOTICES = { moved: 'Request moved on.', faults: 'Faults saved.', reset: 'Demo data reset.' };

/** GET /admin */
export function getAdmin(ctx) {
  const done = ctx.url.searchParams.get('done');
  return htmlPage(200, adminPage(ctx.env, NOTICES[done]), { 'Cache-Control': 'no-store' });
}

/** POST /admin/records/{reference}: `status` = the next status (feedback) or open/closed (Open311). */
export async function postRecordStatus(ctx) {
  assertSameOrigin(ctx.req);
  const { env } = ctx;
  const { value } = await readBody(ctx.req, { limit: env.bodyLimit, accept: ['form'] });
  const record = env.store.get(decodeURIComponent(ctx.params.reference));
  if (!record) throw new HttpError(404, 'There is no such record.');
  const status = String(value.status ?? '');
  if (record.kind === 'open311') {
    if (status !== 'open' && status !== 'closed') throw new HttpError(400, 'An Open311 request is either open or closed.');
    const notes = status === 'closed' ? 'The work is done.' : 'We have reopened this request.';
    env.store.update(record.reference, { status, status_notes: notes, updated_datetime: w3cDateTime(env.now()) });
  } else {
    if (!nextStatuses(record, currentStatus(record, env)).includes(status)) {
      throw new HttpError(400, `This request cannot move on to "${status}" from where it is now.`);
    }
    moveOn(env, record, status);
  }
  return seeOther('/admin?done=moved');
}

/** POST /admin/faults: a number for latency and each fault. */
export async function postFaults(ctx) {
  assertSameOrigin(ctx.req);
  const { value } = await readBody(ctx.req, { limit: ctx.env.bodyLimit, accept: ['form'] });
  const spec = Object.fromEntries(Object.entries(value).map(([name, v]) => [name, v === '' ? 0 : Number(v)]));
  try {
    ctx.env.faults.set(parseFaults(spec));
  } catch (error) {
    if (error instanceof FaultSpecError) throw new HttpError(400, error.message);
    throw error;
  }
  return seeOther('/admin?done=faults');
}

/** POST /admin/reset: forget everything, put the examples back. */
export async function postReset(ctx) {
  assertSameOrigin(ctx.req);
  await readBody(ctx.req, { limit: ctx.env.bodyLimit, accept: ['form'] });
  ctx.env.store.reset(new Date(ctx.env.now()).toISOString());
  seedStore(ctx.env);
  return seeOther('/admin?done=reset');
}
