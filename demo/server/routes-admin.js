// The admin pages, for signed-in officers only: sign in and out, move a
// record on, switch faults, reset the demo. Each action is a plain form POST
// carrying the session's CSRF token, answered with a redirect, and written
// to the audit log with who did it.
import { randomBytes } from 'node:crypto';
import { sameText } from './constant-time.js';
import { readBody } from './body.js';
import { HttpError } from './http-error.js';
import { adminPage, signInPage } from './admin-page.js';
import { FaultSpecError, parseFaults } from './faults.js';
import { currentStatus, moveOn, nextStatuses } from './lifecycle.js';
import { w3cDateTime } from './open311.js';
import { htmlPage, seeOther } from './respond.js';
import { seedStore } from './seed.js';
import { SESSION_HOURS } from './store/officers.js';

export const SESSION_COOKIE = 'cx_admin';
const SIGN_IN_COOKIE = 'cx_sign_in';

/** Cookies from the request header. */
function cookies(req) {
  const out = Object.create(null);
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

/** A cookie for /admin only: HttpOnly, SameSite=Strict, Secure behind HTTPS. */
function cookie(env, name, value, maxAgeSeconds) {
  return [`${name}=${value}`, 'Path=/admin', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(env.secureCookies ? ['Secure'] : [])].join('; ');
}

/**
 * Admin actions change data, so a form on another site must not be able to
 * post to them: the CSRF token does that; the browser's Origin, when sent,
 * must also be this server's own (Sec-Fetch-Site says so under Origin: null).
 */
function assertSameOrigin(req) {
  const origin = req.headers.origin;
  const own = [`http://${req.headers.host}`, `https://${req.headers.host}`];
  const site = req.headers['sec-fetch-site'];
  const fromOwnPage = site === 'same-origin' || (site === undefined && (origin === undefined || own.includes(origin)));
  if (!fromOwnPage) throw new HttpError(403, 'Admin actions are only accepted from the admin page itself.', { code: 'forbidden' });
}

/** The signed-in officer, or undefined. */
export async function officerOf(ctx) {
  return ctx.env.officers.session(cookies(ctx.req)[SESSION_COOKIE], ctx.env.now());
}

/** An action's form, checked: a signed-in officer, from our page, with the session's CSRF token. */
export async function authorisedForm(ctx) {
  assertSameOrigin(ctx.req);
  const officer = await officerOf(ctx);
  const { value } = await readBody(ctx.req, { limit: ctx.env.bodyLimit, accept: ['form'] });
  if (!officer) throw new HttpError(401, 'Sign in first: your session has ended.');
  if (!sameText(value.csrf, officer.csrf)) throw new HttpError(403, 'This form has expired. Go back to the admin page and try again.', { code: 'forbidden' });
  return { officer, value };
}

const NOTICES = { moved: 'Request moved on.', faults: 'Faults saved.', reset: 'Demo data reset.', 'signed-in': 'You are signed in.' };
const PAGE_SIZE = 50;

/** GET /admin: the records, a page at a time (?page=2). */
export async function getAdmin(ctx) {
  const officer = await officerOf(ctx);
  if (!officer) return seeOther('/admin/sign-in');
  const done = ctx.url.searchParams.get('done');
  const pageNumber = Math.max(1, Math.floor(Number(ctx.url.searchParams.get('page')) || 1));
  const page = await adminPage(ctx.env, { message: NOTICES[done], officer, pageNumber, pageSize: PAGE_SIZE });
  return htmlPage(200, page, { 'Cache-Control': 'no-store' });
}

/** GET /admin/sign-in */
export function getSignIn(ctx) {
  const token = randomBytes(24).toString('base64url');
  const error = ctx.url.searchParams.get('error') === '1';
  return htmlPage(error ? 401 : 200, signInPage(token, error), { 'Cache-Control': 'no-store', 'Set-Cookie': cookie(ctx.env, SIGN_IN_COOKIE, token, 3600) });
}

/** POST /admin/sign-in: username, password, the sign-in form's token. Limited per client. */
export async function postSignIn(ctx) {
  const { env, req } = ctx;
  assertSameOrigin(req);
  const { value } = await readBody(req, { limit: env.bodyLimit, accept: ['form'] });
  const expected = cookies(req)[SIGN_IN_COOKIE];
  if (!expected || !sameText(value.token, expected)) throw new HttpError(403, 'This sign-in form has expired. Go back and try again.', { code: 'forbidden' });
  const taken = env.signIns.take(ctx.client);
  if (!taken.ok) throw new HttpError(429, `Too many sign-in attempts. Try again in ${taken.retryAfterSeconds} seconds.`, { headers: { 'Retry-After': String(taken.retryAfterSeconds) } });
  const username = String(value.username ?? '');
  if (!(await env.officers.checkPassword(username, String(value.password ?? '')))) {
    await env.officers.audit(username.slice(0, 64) || '(none)', 'sign-in refused', `from ${ctx.client}`, env.now());
    return seeOther('/admin/sign-in?error=1');
  }
  const session = await env.officers.startSession(username, env.now());
  await env.officers.audit(username, 'signed in', `from ${ctx.client}`, env.now());
  const reply = seeOther('/admin?done=signed-in');
  reply.headers['Set-Cookie'] = [cookie(env, SESSION_COOKIE, session.id, SESSION_HOURS * 3600), cookie(env, SIGN_IN_COOKIE, '', 0)];
  return reply;
}

/** POST /admin/sign-out */
export async function postSignOut(ctx) {
  const { officer } = await authorisedForm(ctx);
  await ctx.env.officers.endSession(cookies(ctx.req)[SESSION_COOKIE]);
  await ctx.env.officers.audit(officer.username, 'signed out', '', ctx.env.now());
  const reply = seeOther('/admin/sign-in');
  reply.headers['Set-Cookie'] = cookie(ctx.env, SESSION_COOKIE, '', 0);
  return reply;
}

/** POST /admin/records/{reference}: `status` = the next status (feedback) or open/closed (Open311). */
export async function postRecordStatus(ctx) {
  const { officer, value } = await authorisedForm(ctx);
  const { env } = ctx;
  let reference;
  try {
    reference = decodeURIComponent(ctx.params.reference);
  } catch {
    throw new HttpError(400, 'The reference in the address is not valid.');
  }
  const record = await env.store.get(reference);
  if (!record) throw new HttpError(404, 'There is no such record.');
  const status = String(value.status ?? '');
  if (record.kind === 'open311') {
    if (status !== 'open' && status !== 'closed') throw new HttpError(400, 'An Open311 request is either open or closed.');
    const notes = status === 'closed' ? 'The work is done.' : 'We have reopened this request.';
    await env.store.update(record.reference, (stored) => ({ ...stored, status, status_notes: notes, updated_datetime: w3cDateTime(env.now()) }));
  } else {
    if (!nextStatuses(record, currentStatus(record, env)).includes(status)) {
      throw new HttpError(400, `This request cannot move on to "${status}" from where it is now.`);
    }
    await moveOn(env, record, status);
  }
  await env.officers.audit(officer.username, 'moved a record on', `${record.reference} to ${status}`, env.now());
  return seeOther('/admin?done=moved');
}

/** POST /admin/faults: a number for latency and each fault. */
export async function postFaults(ctx) {
  const { officer, value } = await authorisedForm(ctx);
  const spec = Object.fromEntries(Object.entries(value).filter(([name]) => name !== 'csrf').map(([name, v]) => [name, v === '' ? 0 : Number(v)]));
  try {
    ctx.env.faults.set(parseFaults(spec));
  } catch (error) {
    if (error instanceof FaultSpecError) throw new HttpError(400, error.message);
    throw error;
  }
  await ctx.env.officers.audit(officer.username, 'set faults', JSON.stringify(ctx.env.faults.config), ctx.env.now());
  return seeOther('/admin?done=faults');
}

/** POST /admin/reset: forget everything, put the examples back. */
export async function postReset(ctx) {
  const { officer } = await authorisedForm(ctx);
  await ctx.env.store.reset();
  await seedStore(ctx.env);
  await ctx.env.officers.audit(officer.username, 'reset the demo data', '', ctx.env.now());
  return seeOther('/admin?done=reset');
}
