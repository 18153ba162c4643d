// The demo site and its reference API server in one node:http server:
// routes, then the same steps for every answer (security headers, CORS,
// rate limits, faults), then static files from demo/ and dist/.
import { createServer as createHttpServer } from 'node:http';
import nodemailer from 'nodemailer';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { core } from './core.js';
import { corsHeaders, parseOrigins } from './cors.js';
import { createFaultInjector, parseFaults } from './faults.js';
import { RECEIPT_TIMESCALES } from './feedback-filing.js';
import { HttpError } from './http-error.js';
import { createRateLimiter } from './rate-limit.js';
import { errorResponse } from './respond.js';
import { backHref, feedbackErrorStyle, getWaitTimes, postFeedback, postTrack } from './routes-cx.js';
import { getRequest, getRequests, getServices, open311ErrorStyle, postRequest } from './routes-open311.js';
import { getAdmin, getSignIn, postFaults, postRecordStatus, postReset, postSignIn, postSignOut } from './routes-admin.js';
import { getDiscovery } from './discovery.js';
import { hostAllowed, parseHosts } from './hosts.js';
import { StoreUnavailableError } from './store/database.js';
import { createOutboxWorker, queueOnStatusChange } from './notifications.js';
import { getOutbox, postTaskDone } from './routes-outbox.js';
import { securityHeaders } from './security-headers.js';
import { seedStore } from './seed.js';
import { findFile, sendFile } from './static-files.js';
import { openStore } from './store/open-store.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
/** Where the journal lives unless DATA_DIR or `dataDir` says otherwise. */
export const DEFAULT_DATA_DIR = join(root, 'demo', '.data');
const STATIC_ROOTS = { '/dist/': join(root, 'dist'), '/': join(root, 'demo') };
const PAGES_CSS = readFileSync(join(here, 'pages.css'), 'utf8');

const OPEN311 = '/api/open311/v2';
const FORMAT = '(json|xml)';

/**
 * The route table: method, path pattern (named groups become `ctx.params`),
 * handler, and how its errors are written.
 */
const ROUTES = [
  { method: 'GET', path: /^\/api\/open311\/discovery\.(?<format>json|xml)$/, handler: getDiscovery, errors: open311ErrorStyle },
  { method: 'GET', path: new RegExp(`^${OPEN311}/services\\.(?<format>${FORMAT})$`), handler: getServices, errors: open311ErrorStyle },
  { method: 'GET', path: new RegExp(`^${OPEN311}/requests\\.(?<format>${FORMAT})$`), handler: getRequests, errors: open311ErrorStyle },
  { method: 'POST', path: new RegExp(`^${OPEN311}/requests\\.(?<format>${FORMAT})$`), handler: postRequest, errors: open311ErrorStyle },
  { method: 'GET', path: new RegExp(`^${OPEN311}/requests/(?<id>[^/]+)\\.(?<format>${FORMAT})$`), handler: getRequest, errors: open311ErrorStyle, lookup: true },
  { method: 'POST', path: /^\/api\/feedback$/, handler: postFeedback, errors: feedbackErrorStyle },
  { method: 'POST', path: /^\/api\/track$/, handler: postTrack, errors: feedbackErrorStyle, lookup: true },
  { method: 'GET', path: /^\/api\/wait-times$/, handler: getWaitTimes, errors: () => 'json' },
  { method: 'GET', path: /^\/admin\/?$/, handler: getAdmin, errors: () => 'text' },
  { method: 'GET', path: /^\/admin\/sign-in$/, handler: getSignIn, errors: () => 'text' },
  { method: 'POST', path: /^\/admin\/sign-in$/, handler: postSignIn, errors: () => 'text' },
  { method: 'POST', path: /^\/admin\/sign-out$/, handler: postSignOut, errors: () => 'text' },
  { method: 'GET', path: /^\/admin\/outbox$/, handler: getOutbox, errors: () => 'text' },
  { method: 'POST', path: /^\/admin\/outbox\/(?<id>\d+)\/done$/, handler: postTaskDone, errors: () => 'text' },
  { method: 'POST', path: /^\/admin\/records\/(?<reference>[^/]+)$/, handler: postRecordStatus, errors: () => 'text' },
  { method: 'POST', path: /^\/admin\/faults$/, handler: postFaults, errors: () => 'text' },
  { method: 'POST', path: /^\/admin\/reset$/, handler: postReset, errors: () => 'text' },
  { method: 'GET', path: /^\/server-assets\/pages\.css$/, handler: () => ({ status: 200, headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }, body: PAGES_CSS }), errors: () => 'text' },
];

const isApi = (path) => path === '/api' || path.startsWith('/api/');

/** The routes whose path matches, and the one whose method does too (HEAD runs GET). */
function route(method, path) {
  const matching = ROUTES.filter((r) => r.path.test(path));
  const wanted = method === 'HEAD' ? 'GET' : method;
  const found = matching.find((r) => r.method === wanted);
  return { found, params: found ? { ...found.path.exec(path).groups } : {}, allowed: [...new Set(matching.map((r) => r.method))] };
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Creates the demo server (not yet listening).
 * @param {object} [options]
 * @param {string} [options.dataDir] where the journal lives (default demo/.data)
 * @param {string | object} [options.faults] a FAULTS spec (`latency=500,drop=0.1`) or config
 * @param {number | string} [options.faultSeed] seeds the fault dice, so a run repeats exactly
 * @param {() => number} [options.now] the clock (epoch ms), for tests
 * @param {{ capacity?: number, perMinute?: number } | false} [options.rateLimit] POSTs to /api per client (default 30 a minute); false: no limit
 * @param {string | string[]} [options.corsOrigins] origins allowed to call /api from the browser
 * @param {number} [options.ackAfterMinutes] new feedback is acknowledged by itself after this long (default 3)
 * @param {number} [options.bodyLimit] largest request body in bytes (default 64 KB)
 * @param {object} [options.charter] a charter (checked with parseCharter); default: core's defaultCharter
 * @param {boolean} [options.seed] put the examples into an empty store (default true)
 * @param {(line: string) => void} [options.log] one line per request (method, path, status, time); default silent
 * @returns {import('node:http').Server & { env: object }}
 */
export function createServer(options = {}) {
  const charter = options.charter ? core.parseCharter(options.charter) : core.defaultCharter;
  const missing = RECEIPT_TIMESCALES.filter((id) => !charter.timescales.some((t) => t.id === id));
  if (missing.length) throw new Error(`The charter needs the timescales ${missing.join(', ')} to give receipts`);
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const log = options.log ?? (() => {});
  const env = {
    charter,
    dataDir,
    databaseUrl: options.databaseUrl,
    store: null,
    officers: null,
    db: null,
    now: options.now ?? Date.now,
    ackAfterMinutes: options.ackAfterMinutes ?? 3,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    faults: createFaultInjector(parseFaults(options.faults), options.faultSeed),
    corsOrigins: parseOrigins(options.corsOrigins),
    allowedHosts: parseHosts(options.allowedHosts),
    secureCookies: options.secureCookies ?? false,
    publicUrl: options.publicUrl,
    log,
  };
  env.afterStatusChange = queueOnStatusChange(env);
  const mail = options.mail ?? {};
  env.outboxWorker = createOutboxWorker(env, { ...mail, transport: mail.transport ?? (mail.smtpUrl ? nodemailer.createTransport(mail.smtpUrl) : undefined), from: mail.from ?? defaultSender(charter), log });
  const limiter = options.rateLimit === false ? null : createRateLimiter({ ...options.rateLimit, now: () => env.now() });
  // Looking a request up by reference: limited even when filing is not, so references cannot be swept.
  const lookups = options.lookupRateLimit === false ? null : createRateLimiter({ capacity: 60, perMinute: 60, ...options.lookupRateLimit, now: () => env.now() });
  const signIns = createRateLimiter({ capacity: 10, perMinute: 2, ...options.signInRateLimit, now: () => env.now() });
  env.signIns = signIns;

  /** Opens the store; after a failure (the database down at start) the next request tries again. */
  let opening = null;
  env.ready = () => {
    opening ??= (async () => {
      const opened = await openStore({ dataDir, databaseUrl: options.databaseUrl, referenceFormat: charter.organisation.referenceFormat, busyTimeoutMs: options.busyTimeoutMs, log });
      Object.assign(env, { store: opened.records, officers: opened.officers, outbox: opened.outbox, db: opened.db });
      if (options.seed !== false && (await env.store.isEmpty())) await seedStore(env);
      if (options.outboxWorker !== false) env.outboxWorker.start();
      return env;
    })().catch((error) => {
      opening = null;
      throw error;
    });
    return opening;
  };
  env.ready().catch((error) => log(`database: not ready (${error.message}); the API answers 503 until it is`));

  const server = createHttpServer((req, res) => {
    const started = Date.now();
    res.on('finish', () => log(`${req.method} ${pathOf(req)} ${res.statusCode} ${Date.now() - started}ms`));
    handle(req, res, env, { limiter, lookups }).catch((error) => {
      // Only a bug gets here: answer if we still can, and say what happened.
      console.error(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() });
        res.end('Something went wrong on our side.');
      } else res.destroy();
    });
  });
  server.on('close', () => {
    opening?.then(async () => {
      await env.outboxWorker.stop();
      await env.store.close();
    }).catch(() => {});
  });
  server.env = env;
  return server;
}

/** Who residents' email comes from: the charter's email channel, else a no-reply address. */
function defaultSender(charter) {
  const email = charter.channels.find((c) => c.kind === 'email' && c.email)?.email;
  return `"${core.localText(charter.organisation.name, 'en').replace(/"/g, '')}" <${email ?? 'no-reply@localhost'}>`;
}

/** How long a client should wait before trying again when the database is away. */
const UNAVAILABLE_RETRY_SECONDS = 5;

function unavailableError() {
  return new HttpError(503, 'The service is unavailable for a moment. Try again in a few seconds.', { headers: { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) } });
}

function pathOf(req) {
  return (req.url ?? '/').split('?')[0];
}

async function handle(req, res, env, { limiter, lookups }) {
  // DNS rebinding: a page on any domain pointed at this machine would count as same-origin; only known names are served.
  if (!hostAllowed(req.headers.host, env.allowedHosts)) {
    req.resume();
    return write(req, res, { status: 421, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() }, body: 'This server does not answer to that host name.' });
  }
  let url;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return write(req, res, errorResponse(new HttpError(400, 'That address is not valid.'), 'text'));
  }
  const path = url.pathname;
  const api = isApi(path);
  const base = { ...securityHeaders(), ...(api && { 'Cache-Control': 'no-store' }) };
  const cors = api ? corsHeaders(req.headers.origin, env.corsOrigins, req.method === 'OPTIONS') : {};
  if (api && env.corsOrigins.length) cors.Vary = 'Origin';
  const headers = { ...base, ...cors };

  if (api && req.method === 'OPTIONS') return write(req, res, { status: 204, headers, body: '' });

  const { found, params, allowed } = route(req.method, path);
  if (!found) {
    if (allowed.length) {
      const error = new HttpError(405, `${req.method} is not allowed here. Use ${allowed.join(' or ')}.`, { headers: { Allow: allowed.join(', ') } });
      return write(req, res, withHeaders(errorResponse(error, styleFor(path)), headers));
    }
    if (!api && (req.method === 'GET' || req.method === 'HEAD')) {
      const file = findFile(req.url ?? '/', STATIC_ROOTS);
      if (file && !isInside(file, join(root, 'demo', 'server')) && !isInside(file, env.dataDir)) {
        req.resume();
        // The kit's files are for any site to load: a snippet's module script is always fetched with CORS.
        const kit = path.startsWith('/dist/') ? { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' } : {};
        return sendFile(res, file, { ...base, ...kit }, req.method === 'HEAD');
      }
    }
    const error = new HttpError(404, api ? `There is no ${path} here.` : 'Not found');
    return write(req, res, withHeaders(errorResponse(error, styleFor(path)), headers));
  }

  const ctx = { req, url, params, env, client: req.socket.remoteAddress ?? 'unknown' };
  const style = found.errors(req, url);
  const errorOf = (error) => withHeaders(errorResponse(error, style, { backHref: backHref(req, env) }), headers);
  try {
    await env.ready();
  } catch {
    req.resume();
    return write(req, res, errorOf(unavailableError()));
  }

  const fault = api ? env.faults.decide() : { latency: 0, before: null, after: null };
  if (fault.latency > 0) await sleep(fault.latency);

  if (api && limiter && req.method === 'POST') {
    const taken = limiter.take(ctx.client);
    if (!taken.ok) {
      req.resume();
      const message = `Too many requests. Try again in ${taken.retryAfterSeconds} seconds.`;
      return write(req, res, errorOf(new HttpError(429, message, { headers: { 'Retry-After': String(taken.retryAfterSeconds) } })));
    }
  }
  if (found.lookup && lookups) {
    const taken = lookups.take(ctx.client);
    if (!taken.ok) {
      req.resume();
      return write(req, res, errorOf(new HttpError(429, `Too many look-ups. Try again in ${taken.retryAfterSeconds} seconds.`, { headers: { 'Retry-After': String(taken.retryAfterSeconds) } })));
    }
  }
  if (fault.before) {
    req.resume();
    const error =
      fault.before === 'rate429'
        ? new HttpError(429, 'Too many requests (injected fault). Try again in 1 second.', { headers: { 'Retry-After': '1' } })
        : new HttpError(500, 'Something went wrong on our side (injected fault). Try again in a few minutes.');
    return write(req, res, errorOf(error));
  }

  let response;
  try {
    response = await found.handler(ctx);
  } catch (error) {
    const away = error instanceof StoreUnavailableError;
    if (!(error instanceof HttpError) && !away) console.error(error);
    response = errorOf(away ? unavailableError() : error);
  }
  response = withHeaders(response, headers);
  if (fault.after) return spoil(req, res, response, fault.after);
  return write(req, res, response);
}

/** How errors are written on paths no route matched. */
function styleFor(path) {
  if (path.startsWith(`${OPEN311}/`)) return path.endsWith('.xml') ? 'open311-xml' : 'open311';
  return isApi(path) ? 'json' : 'text';
}

function isInside(file, dir) {
  const base = resolve(dir);
  return file === base || file.startsWith(base + sep);
}

function withHeaders(response, headers) {
  return { ...response, headers: { ...headers, ...response.headers } };
}

function write(req, res, { status, headers, body }) {
  const buffer = Buffer.from(body ?? '', 'utf8');
  res.writeHead(status, { ...headers, 'Content-Length': String(buffer.length) });
  res.end(req.method === 'HEAD' ? undefined : buffer);
}

/**
 * The answer spoilt after the work was done:
 * - `drop`: headers and half the body, then the connection is cut
 * - `malformed`: the JSON (or XML) cut off half way, with its real status
 * - `html`: a proxy's HTML error page instead of JSON, with status 200
 */
function spoil(req, res, response, kind) {
  const buffer = Buffer.from(response.body ?? '', 'utf8');
  const half = buffer.subarray(0, Math.floor(buffer.length / 2));
  if (kind === 'drop') {
    res.writeHead(response.status, { ...response.headers, 'Content-Length': String(buffer.length) });
    res.write(half, () => res.destroy());
    return;
  }
  if (kind === 'malformed') {
    return write(req, res, { ...response, body: half.toString('utf8') });
  }
  const page = '<!doctype html><html lang="en"><head><title>Service unavailable</title></head><body><h1>Service unavailable</h1><p>The service is temporarily unavailable (injected fault).</p></body></html>';
  return write(req, res, { status: 200, headers: { ...response.headers, 'Content-Type': 'text/html; charset=utf-8' }, body: page });
}

