// Shared by the server tests: a real server on 127.0.0.1 with an ephemeral
// port and its own temporary data folder, and small request helpers.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../../demo/server/index.js';

/** Monday 23 November 2026, 10:00 in London (GMT): the day issue 6's example dates count from. */
export const MONDAY_23_NOV_2026 = Date.parse('2026-11-23T10:00:00Z');

/** A clock that stands still until a test moves it. */
export function manualClock(start = MONDAY_23_NOV_2026) {
  let now = start;
  const clock = () => now;
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

/** A fresh temporary data folder. */
export function tempDataDir() {
  return mkdtempSync(join(tmpdir(), 'cx-server-test-'));
}

/**
 * With CX_TEST_DATABASE_URL set (the PostgreSQL run of the suite), a fresh
 * schema for one test server, so tests never see each other's records;
 * undefined otherwise (SQLite in the data folder). `drop()` removes it.
 */
export async function testDatabase() {
  const base = process.env.CX_TEST_DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => {} };
  const { default: pg } = await import('pg');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/**
 * Starts a server listening on 127.0.0.1:0. Options go to createServer; a
 * temporary `dataDir` is made unless one is given (and removed by `stop`
 * unless `keepData`).
 */
export async function startServer(options = {}) {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? tempDataDir();
  const database = options.databaseUrl === undefined && !options.keepDatabase ? await testDatabase() : { url: options.databaseUrl, drop: async () => {} };
  const server = createServer({ rateLimit: false, lookupRateLimit: false, ...options, databaseUrl: database.url, dataDir });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await server.env.ready();
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    server,
    url,
    dataDir,
    databaseUrl: database.url,
    env: server.env,
    async stop({ keepData = false } = {}) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (ownDir && !keepData) rmSync(dataDir, { recursive: true, force: true });
      if (!keepData) await database.drop();
    },
  };
}

/** A valid FeedbackSubmission (a complaint about a missed bin), with changes. */
export function complaint(changes = {}) {
  const at = new Date(MONDAY_23_NOV_2026 - 5 * 60_000).toISOString();
  return {
    type: 'complaint',
    service: 'missed-bin',
    details: 'My bin was not emptied on Friday.',
    contact: { name: 'Ann Example', preference: 'email', email: 'ann@example.org' },
    consent: true,
    locale: 'en-GB',
    client: { startedAt: at, submittedAt: at },
    ...changes,
  };
}

/** POST a JSON body. */
export function postJson(url, body, headers = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** POST form fields, URL-encoded, as a browser's plain form does. */
export function postForm(url, fields, headers = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** How many records of a kind the server holds. */
export function count(env, kind = 'feedback') {
  return env.store.count(kind);
}

/**
 * An officer signed in to `base` (a server whose `env` is given): made
 * directly in its store, then signed in through the real form. Returns the
 * session cookie, the CSRF token and `post(path, fields)` for admin actions.
 */
export async function signInOfficer(base, env, { username = 'test-officer', password = 'a long test password' } = {}) {
  await env.ready();
  await env.officers.addOfficer(username, password);
  const form = await fetch(`${base}/admin/sign-in`);
  const signInCookie = form.headers.get('set-cookie').split(';')[0];
  const token = /name="token" value="([^"]+)"/.exec(await form.text())[1];
  const signedIn = await fetch(`${base}/admin/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: signInCookie },
    body: new URLSearchParams({ token, username, password }).toString(),
  });
  const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('cx_admin=')).split(';')[0];
  const admin = await fetch(`${base}/admin`, { headers: { Cookie: cookie } });
  const csrf = /name="csrf" value="([^"]+)"/.exec(await admin.text())[1];
  return {
    cookie,
    csrf,
    /** GET an admin page as this officer. */
    get: (path) => fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' }),
    /** POST an admin form as this officer, with the CSRF token unless `fields.csrf` says otherwise. */
    post: (path, fields = {}, headers = {}) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, ...headers },
        body: new URLSearchParams({ csrf, ...fields }).toString(),
      }),
  };
}

/** Runs `node demo/server/index.js` as a separate process; resolves with it and its URL once it listens. */
export function runServerProcess(dataDir, databaseUrl, extraEnv = {}) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../../../demo/server/index.js', import.meta.url))], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, FAULTS: '', DATABASE_URL: databaseUrl ?? '', ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/localhost:(\d+)\//.exec(out);
      if (url) resolve({ child, url: `http://127.0.0.1:${url[1]}` });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

