#!/usr/bin/env node
// The long run of the feedback fault test (`npm run test:soak` part):
// ten thousand drafts through the feedback form's own sending policy against
// the reference server with about 30% of requests spoilt, then the same
// checks as CI: one record per accepted draft, none lost, none doubled, and
// the journal replays to the same records after a restart.
//   node test/node/faults/soak.mjs [drafts] [concurrency]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../../../demo/server/index.js';
import { THIRTY_PERCENT, problemsWith, runDrafts } from './feedback-under-faults.js';

const drafts = Number(process.argv[2] ?? 10_000);
const concurrency = Number(process.argv[3] ?? 50);
const seed = process.env.FAULT_SEED ?? `soak-${Date.now()}`;

const dataDir = mkdtempSync(join(tmpdir(), 'cx-soak-'));
const server = createServer({ dataDir, rateLimit: false, lookupRateLimit: false, faults: THIRTY_PERCENT, faultSeed: seed });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}`;

let failed = false;
try {
  console.log(`Soak: ${drafts} feedback drafts, ${concurrency} in flight, faults ${THIRTY_PERCENT}, seed ${seed}`);
  const run = await runDrafts({ url, server, drafts, concurrency });
  const problems = await problemsWith(run, server.env.store);
  const spoilt = run.faults.rate429 + run.faults.error500 + run.faults.drop + run.faults.malformed + run.faults.html;
  console.log(`  ${run.sent.length} accepted in ${(run.ms / 1000).toFixed(1)}s; ${run.faults.requests} requests, ${((100 * spoilt) / run.faults.requests).toFixed(1)}% spoilt`, run.faults);
  console.log(`  automatic retries ${run.tally.automaticRetries}; resident retries after`, run.tally.failures);
  const keep = (await server.env.store.list('feedback')).map((r) => r.reference).sort().join();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  const again = createServer({ dataDir, rateLimit: false });
  await again.env.ready();
  const replayed = (await again.env.store.list('feedback')).map((r) => r.reference).sort().join();
  await again.env.store.close();
  if (replayed !== keep) problems.push('the database did not reopen with the same records after a restart');
  if (problems.length) {
    failed = true;
    console.log('FAILED:');
    for (const problem of problems) console.log(`  ${problem}`);
  } else {
    console.log('  one record per accepted draft: none lost, none doubled; restart keeps them all');
  }
} finally {
  if (server.listening) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
