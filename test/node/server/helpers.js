// Shared by the server tests: a real server on 127.0.0.1 with an ephemeral
// port and its own temporary data folder, and small request helpers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * Starts a server listening on 127.0.0.1:0. Options go to createServer; a
 * temporary `dataDir` is made unless one is given (and removed by `stop`
 * unless `keepData`).
 */
export async function startServer(options = {}) {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? tempDataDir();
  const server = createServer({ rateLimit: false, ...options, dataDir });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    server,
    url,
    dataDir,
    env: server.env,
    async stop({ keepData = false } = {}) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (ownDir && !keepData) rmSync(dataDir, { recursive: true, force: true });
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
  return env.store.list(kind).length;
}
