#!/usr/bin/env node
// The reference server under a steady load, on loopback only: complaints
// sent at a fixed rate for a fixed time, each with its own Idempotency-Key,
// against SQLite (one process) and PostgreSQL (two processes sharing the
// database, requests alternating between them, as behind a load balancer).
// Then short closed-loop runs at 1, 10 and 50 connections (each client sends
// again as soon as it is answered), as the old journal was measured.
// Reports throughput, p50/p95/p99 latency, and checks that every accepted
// submission is stored exactly once.
//
//   node bench/load.mjs                          60 s at 300 a second, both engines
//   node bench/load.mjs --seconds 20 --rate 200 --connections 1,10,50 --closed-seconds 10
//   DATABASE_URL=postgres://… node bench/load.mjs  PostgreSQL (else CX_BENCH_DATABASE_URL; none: SQLite only)
//   node bench/load.mjs --engines postgres       one engine only (sqlite, postgres)
// Also run by `npm run bench` (after the page benchmarks), as `runLoad()`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

const SERVER = fileURLToPath(new URL('../demo/server/index.js', import.meta.url));

/** Extra node options for the servers, e.g. CX_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile them. */
const NODE_ARGS = (process.env.CX_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** Starts `node demo/server/index.js` on a free loopback port; resolves once it answers. */
function startProcess(env) {
  const child = spawn(process.execPath, [...NODE_ARGS, SERVER], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', LOOKUP_RATE_LIMIT_PER_MINUTE: '0', FAULTS: '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', async (chunk) => {
      out += chunk;
      const port = /http:\/\/localhost:(\d+)\//.exec(out)?.[1];
      if (!port || child.url) return;
      child.url = `http://127.0.0.1:${port}`;
      // Ready when the database is open: the first API answer waits for it.
      await fetch(`${child.url}/api/wait-times`);
      resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const stop = (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A complaint with words of its own, so each stored record can be matched to its request. */
function submission(n, run) {
  const time = new Date(Date.now() - 60_000).toISOString(); // a minute's typing: not flagged as too quick
  return {
    type: 'complaint',
    service: 'missed-bin',
    details: `Load ${run} #${n}: my bin was not emptied.`,
    contact: { name: 'Load Example', preference: 'email', email: `load${n}@example.org` },
    consent: true,
    locale: 'en-GB',
    client: { startedAt: time, submittedAt: time },
  };
}

/** At most this many connections to each server, as a load balancer's pool would hold. */
const CONNECTIONS = 32;

/** POSTs JSON with its own Idempotency-Key; resolves with the status and body. */
function post(url, body, agent) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Idempotency-Key': randomUUID() } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Sends `rate` submissions a second for `seconds` (open loop: a slow answer
 * does not slow the sending), spread over `urls`.
 */
async function drive(urls, { rate, seconds, run }) {
  const latencies = [];
  const accepted = [];
  let failed = 0;
  const total = rate * seconds;
  const started = performance.now();
  const inFlight = [];
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const url = urls[n % urls.length];
    const sent = performance.now();
    inFlight.push(
      post(`${url}/api/feedback`, JSON.stringify(submission(n, run)), agent)
        .then(({ status, body }) => {
          // From when it was due, not when a socket was free: waiting for a connection is part of the latency.
          latencies.push(performance.now() - sent);
          if (status === 201) accepted.push({ n, reference: JSON.parse(body).reference });
          else failed += 1;
        })
        .catch(() => {
          failed += 1;
        }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { sent: total, accepted, failed, seconds: elapsed, latencies };
}

/**
 * Closed loop: `connections` clients, each sending its next submission as
 * soon as the last is answered, for `seconds` (how the journal was measured:
 * the most the server can take at that concurrency).
 */
async function closedLoop(urls, { connections, seconds, run }) {
  const latencies = [];
  const accepted = [];
  let failed = 0;
  let n = 0;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async (c) => {
    while (performance.now() < until) {
      const mine = n++;
      const sent = performance.now();
      try {
        const { status, body } = await post(`${urls[c % urls.length]}/api/feedback`, JSON.stringify(submission(mine, run)), agent);
        latencies.push(performance.now() - sent);
        if (status === 201) accepted.push({ n: mine, reference: JSON.parse(body).reference });
        else failed += 1;
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, c) => client(c)));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { sent: n, accepted, failed, seconds: (performance.now() - started) / 1000, latencies };
}

/** Every accepted submission stored exactly once, with its own words. */
async function storedOnce(readStore, accepted, run) {
  const store = await readStore();
  try {
    const records = (await store.records.list('feedback')).filter((r) => r.details?.startsWith(`Load ${run} #`));
    const byReference = new Map(records.map((r) => [r.reference, r]));
    const problems = [];
    if (records.length !== accepted.length) problems.push(`${accepted.length} accepted but ${records.length} stored`);
    for (const { n, reference } of accepted) {
      if (!byReference.get(reference)?.details.startsWith(`Load ${run} #${n}:`)) problems.push(`#${n} (${reference}) not stored as sent`);
      if (problems.length > 10) break;
    }
    return problems;
  } finally {
    await store.db.close();
  }
}

/** One measured run's figures, after checking the store. */
async function figures(readStore, result, run, about) {
  const problems = await storedOnce(readStore, result.accepted, run);
  const ms = (p) => Number(percentile(result.latencies, p).toFixed(1));
  return {
    ...about,
    seconds: Number(result.seconds.toFixed(1)),
    sent: result.sent,
    accepted: result.accepted.length,
    failed: result.failed,
    throughput: Number((result.accepted.length / result.seconds).toFixed(0)),
    p50: ms(50),
    p95: ms(95),
    p99: ms(99),
    storedExactlyOnce: problems.length === 0,
    problems,
  };
}

/**
 * One engine: start the processes, the steady run, then a short closed-loop
 * run at each of `connections`, checking the store after each; stop.
 */
async function runEngine({ name, processes, env, readStore, rate, seconds, connections, closedSeconds }) {
  const children = [];
  try {
    for (let i = 0; i < processes; i++) children.push(await startProcess(env));
    const urls = children.map((c) => c.url);
    const results = [];
    let run = randomBytes(4).toString('hex');
    results.push(await figures(readStore, await drive(urls, { rate, seconds, run }), run, { engine: name, processes, offered: `${rate}/s × ${seconds} s` }));
    for (const count of connections) {
      run = randomBytes(4).toString('hex');
      results.push(await figures(readStore, await closedLoop(urls, { connections: count, seconds: closedSeconds, run }), run, { engine: name, processes, offered: `${count} connection${count === 1 ? '' : 's'} × ${closedSeconds} s` }));
    }
    return results;
  } finally {
    await Promise.all(children.map(stop));
  }
}

/**
 * The load runs: SQLite, then PostgreSQL when a database URL is given.
 * @param {{ rate?: number, seconds?: number, connections?: number[], closedSeconds?: number, engines?: string[], databaseUrl?: string, log?: (line: string) => void }} [options]
 */
export async function runLoad({ rate = 300, seconds = 60, connections = [1, 10, 50], closedSeconds = 10, engines = ['sqlite', 'postgres'], databaseUrl = process.env.CX_BENCH_DATABASE_URL || process.env.DATABASE_URL, log = console.log } = {}) {
  const { openStore } = await import('../demo/server/store/open-store.js');
  const { core } = await import('../demo/server/core.js');
  const referenceFormat = core.defaultCharter.organisation.referenceFormat;
  const results = [];
  const dir = mkdtempSync(join(tmpdir(), 'cx-load-'));
  try {
    if (engines.includes('sqlite')) {
      log(`Load: ${rate} complaints a second for ${seconds} s against SQLite (1 process)`);
      results.push(...(await runEngine({ name: 'SQLite', processes: 1, env: { DATA_DIR: dir, DATABASE_URL: '' }, readStore: () => openStore({ dataDir: dir, referenceFormat }), rate, seconds, connections, closedSeconds })));
    }
    if (!engines.includes('postgres')) return results;
    if (databaseUrl) {
      log(`Load: ${rate} complaints a second for ${seconds} s against PostgreSQL (2 processes)`);
      results.push(...(await runEngine({ name: 'PostgreSQL', processes: 2, env: { DATA_DIR: dir, DATABASE_URL: databaseUrl }, readStore: () => openStore({ dataDir: dir, databaseUrl, referenceFormat }), rate, seconds, connections, closedSeconds })));
    } else log('Load: no DATABASE_URL or CX_BENCH_DATABASE_URL, so no PostgreSQL run');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** The results as a markdown table. */
export function loadTable(results) {
  const rows = results.map((r) => `| ${r.engine} | ${r.processes} | ${r.offered} | ${r.accepted} of ${r.sent} | ${r.throughput}/s | ${r.p50} | ${r.p95} | ${r.p99} | ${r.storedExactlyOnce ? 'yes' : `NO: ${r.problems[0]}`} |`);
  return ['| engine | processes | offered | accepted | throughput | p50 ms | p95 ms | p99 ms | each stored exactly once |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const connections = args.includes('--connections') ? args[args.indexOf('--connections') + 1].split(',').map(Number) : undefined;
  const engines = args.includes('--engines') ? args[args.indexOf('--engines') + 1].split(',') : undefined;
  const results = await runLoad({ rate: option('--rate', 300), seconds: option('--seconds', 60), connections, closedSeconds: option('--closed-seconds', 10), engines });
  console.log(`\n${loadTable(results)}\n`);
  if (results.some((r) => !r.storedExactlyOnce || r.failed > 0)) process.exitCode = 1;
}
