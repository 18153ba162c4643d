#!/usr/bin/env node
// The demo site and its reference API server: `npm start` serves it at
// http://localhost:8000. Settings come from the environment:
//   PORT (8000), HOST (localhost), DATA_DIR (demo/.data), ACK_AFTER_MINUTES (3),
//   CORS_ORIGINS (none), RATE_LIMIT_PER_MINUTE (30), BODY_LIMIT_KB (64),
//   FAULTS (e.g. latency=500,drop=0.1,error500=0.2), FAULT_SEED,
//   DATABASE_URL (PostgreSQL; default: SQLite in DATA_DIR), ALLOWED_HOSTS,
//   SECURE_COOKIES (1 behind HTTPS), LOOKUP_RATE_LIMIT_PER_MINUTE (60),
//   SMTP_URL (default: an in-process sink), PUBLIC_URL (links in residents' email).
// See README.md beside this file.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createServer } from './app.js';
import { startMailSink } from './mail-sink.js';

export { createServer, DEFAULT_DATA_DIR } from './app.js';

/** Reads a whole number from the environment, or the fallback. */
function numberFrom(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`${name} must be a number of 0 or more, not "${value}"`);
  return number;
}

/** Starts the server from environment settings and logs where it is. */
export async function main() {
  // Without SMTP_URL the demo sends residents' email to a sink of its own on a loopback port (read it on /admin/outbox).
  const sink = process.env.SMTP_URL ? null : await startMailSink();
  const port = numberFrom('PORT', 8000);
  const host = process.env.HOST || 'localhost';
  const perMinute = numberFrom('RATE_LIMIT_PER_MINUTE', 30);
  const lookupsPerMinute = numberFrom('LOOKUP_RATE_LIMIT_PER_MINUTE', 60);
  const server = createServer({
    dataDir: process.env.DATA_DIR || undefined,
    faults: process.env.FAULTS,
    faultSeed: process.env.FAULT_SEED,
    ackAfterMinutes: numberFrom('ACK_AFTER_MINUTES', 3),
    corsOrigins: process.env.CORS_ORIGINS,
    rateLimit: perMinute === 0 ? false : { capacity: perMinute, perMinute },
    lookupRateLimit: lookupsPerMinute === 0 ? false : { capacity: lookupsPerMinute, perMinute: lookupsPerMinute },
    databaseUrl: process.env.DATABASE_URL || undefined,
    allowedHosts: process.env.ALLOWED_HOSTS,
    secureCookies: process.env.SECURE_COOKIES === '1',
    publicUrl: process.env.PUBLIC_URL || `http://localhost:${port || 8000}`,
    mail: { smtpUrl: process.env.SMTP_URL || sink.url },
    bodyLimit: numberFrom('BODY_LIMIT_KB', 64) * 1024,
    log: (line) => console.log(line),
  });
  server.listen(port, host, () => {
    const { port: actual } = server.address();
    console.log(`cx-kit demo: http://localhost:${actual}/  (admin: http://localhost:${actual}/admin, data: ${server.env.dataDir})`);
    const faults = server.env.faults.config;
    if (Object.values(faults).some((v) => v > 0)) console.log(`Fault injection on: ${JSON.stringify(faults)}`);
    if (!['localhost', '127.0.0.1', '::1'].includes(host) && !process.env.ALLOWED_HOSTS) {
      console.log(`HOST is ${host}: set ALLOWED_HOSTS to the names browsers use for this server (e.g. council.example); other Host headers get 421`);
    }
    if (sink) console.log(`Residents' email goes to a local sink at ${sink.url} (set SMTP_URL to send it for real); see /admin/outbox`);
    void firstOfficer(server.env);
  });
  const stop = () => server.close(() => void (sink?.close() ?? Promise.resolve()).then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

/**
 * With no officer yet, the demo makes one with a random password and prints
 * it once (a real council adds its own with `npm run admin:add-officer`).
 */
async function firstOfficer(env) {
  try {
    await env.ready();
    if ((await env.officers.officerCount()) > 0) return;
    const password = randomBytes(12).toString('base64url');
    await env.officers.addOfficer('demo-officer', password);
    console.log(`Admin sign-in: username demo-officer, password ${password} (shown once; add your own with: npm run admin:add-officer -- <username>)`);
  } catch (error) {
    console.log(`Admin: no officer created (${error.message}); run npm run admin:add-officer -- <username>`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
