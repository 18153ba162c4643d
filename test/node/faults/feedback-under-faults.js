// Residents' feedback sent through the feedback form's own sending policy
// (packages/feedback-form/src/submitter.ts, run in Node through tsx with
// Node's fetch) to the reference server while it injects faults. Shared by
// the CI test (a thousand drafts) and the soak run (ten thousand).
import { tsImport } from 'tsx/esm/api';

const { Submitter } = await tsImport('../../../packages/feedback-form/src/submitter.ts', import.meta.url);
const { newIdempotencyKey } = await tsImport('../../../packages/feedback-form/src/drafts.ts', import.meta.url);
export const core = await tsImport('../../../packages/core/src/index.ts', import.meta.url);

export { Submitter };

/** About 30% of requests spoilt, every kind of fault in the mix. */
export const THIRTY_PERCENT = 'error500=0.1,rate429=0.05,drop=0.1,malformed=0.05,html=0.05,latency=0';

/** What the widget accepts as a receipt: the core contract, exactly as the element checks it. */
export function parseReceipt(json) {
  const checked = core.checkContract(core.feedbackReceiptSchema, json);
  return checked.ok ? checked.value : undefined;
}

const TYPES = ['complaint', 'suggestion', 'compliment'];
const SERVICES = ['missed-bin', 'roads-and-potholes', 'libraries', null];

/**
 * The n-th resident's draft: its own idempotency key (made as the form makes
 * it) and a body that names the draft, so a stored record can be traced back.
 */
export function makeDraft(n) {
  const startedAt = new Date(Date.now() - 10 * 60_000).toISOString();
  return {
    n,
    key: newIdempotencyKey(),
    body: {
      type: TYPES[n % TYPES.length],
      service: SERVICES[n % SERVICES.length],
      details: `Draft ${n}: the bin at number ${n} was missed again this week.`,
      contact: { name: `Resident ${n}`, preference: 'email', email: `resident${n}@example.org` },
      consent: true,
      locale: 'en-GB',
      client: { startedAt, submittedAt: new Date().toISOString() },
    },
  };
}

/** Every reason the resident's Retry can follow: the draft was kept and nothing says it was refused. */
const RETRYABLE = new Set(['unreachable', 'timeout', 'server-error', 'rate-limited', 'invalid-response']);

/**
 * Sends one draft the way a resident with the widget would: the submitter
 * retries 429 and 5xx by itself; after any other failure that keeps the
 * draft (a dropped connection, a reply that is not a receipt) the resident
 * presses "Try again", which sends the SAME draft with the SAME key.
 * `delayScale` shrinks the submitter's waits (never its order or its rules)
 * so a thousand drafts fit in CI's time.
 */
export async function sendUntilAccepted(endpoint, draft, { tally, delayScale = 0.01, maxPresses = 40, timeoutMs } = {}) {
  const submitter = new Submitter({
    parseReceipt,
    ...(timeoutMs ? { timeoutMs } : {}),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
      tally.waits.push(ms);
      const timer = setTimeout(resolve, ms * delayScale);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      }, { once: true });
    }),
    onRetry: () => {
      tally.automaticRetries += 1;
    },
  });
  for (let press = 1; press <= maxPresses; press += 1) {
    const result = await submitter.submit({ endpoint, body: draft.body, idempotencyKey: draft.key });
    if (result.ok) return { draft, receipt: result.receipt, presses: press };
    tally.failures[result.code] = (tally.failures[result.code] ?? 0) + 1;
    if (!RETRYABLE.has(result.code)) throw new Error(`Draft ${draft.n} was refused (${result.code} ${result.status ?? ''} ${result.message ?? ''}): it should have been kept for a retry`);
  }
  throw new Error(`Draft ${draft.n} was never accepted after ${maxPresses} tries`);
}

/** Runs `work` over `items` with at most `limit` in flight; results in the items' order. */
export async function inPool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** Counts the server's fault decisions (wrapping its injector), so a run can show the faults really happened. */
export function countFaults(server) {
  const counts = { requests: 0, rate429: 0, error500: 0, drop: 0, malformed: 0, html: 0 };
  const injector = server.env.faults;
  const decide = injector.decide.bind(injector);
  injector.decide = () => {
    const decision = decide();
    counts.requests += 1;
    const fault = decision.before ?? decision.after;
    if (fault) counts[fault] += 1;
    return decision;
  };
  return counts;
}

/**
 * What the journal on disk says was filed for each idempotency key
 * (`feedback:<key>` → references), read independently of the server's maps.
 */
export async function filingsOnDisk(server) {
  // The database's own record of each key and the record it filed (a unique key: one row a key).
  const byKey = new Map();
  const rows = await server.env.db.query("SELECT idempotency_key, reference FROM idempotency_keys WHERE scope LIKE 'feedback:%'");
  for (const row of rows) byKey.set(`feedback:${row.idempotency_key}`, [...(byKey.get(`feedback:${row.idempotency_key}`) ?? []), row.reference]);
  return { byKey };
}

/** A fresh tally of what the clients met. */
export function newTally() {
  return { automaticRetries: 0, failures: {}, waits: [] };
}

/**
 * The whole run: `drafts` residents, `concurrency` in flight, against a
 * listening server. Returns what each draft got and what the server and its
 * journal hold, for the caller to check.
 */
export async function runDrafts({ url, server, drafts, concurrency = 20, delayScale = 0.01 }) {
  const faults = countFaults(server);
  const tally = newTally();
  await server.env.ready();
  const before = await server.env.store.count('feedback');
  const started = Date.now();
  const list = Array.from({ length: drafts }, (_, n) => makeDraft(n));
  const sent = await inPool(list, concurrency, (draft) => sendUntilAccepted(`${url}/api/feedback`, draft, { tally, delayScale }));
  return {
    sent,
    tally,
    faults,
    ms: Date.now() - started,
    filedNow: (await server.env.store.count('feedback')) - before,
    disk: await filingsOnDisk(server),
  };
}

/**
 * Checks a run: every draft accepted once, with its own reference, and the
 * journal holding exactly one filing per draft under its key, for that
 * reference and that draft's words. Returns a list of problems (empty: good).
 */
export async function problemsWith(run, store) {
  const problems = [];
  const references = new Set(run.sent.map((s) => s.receipt.reference));
  if (references.size !== run.sent.length) problems.push(`${run.sent.length} drafts got only ${references.size} different references`);
  if (run.filedNow !== run.sent.length) problems.push(`${run.sent.length} drafts accepted but ${run.filedNow} records filed`);
  for (const { draft, receipt } of run.sent) {
    const filed = run.disk.byKey.get(`feedback:${draft.key}`) ?? [];
    if (filed.length !== 1) problems.push(`draft ${draft.n}: filed ${filed.length} times`);
    else if (filed[0] !== receipt.reference) problems.push(`draft ${draft.n}: receipt ${receipt.reference} but filed as ${filed[0]}`);
    const record = await store.get(receipt.reference);
    if (!record || !record.details.startsWith(`Draft ${draft.n}:`)) problems.push(`draft ${draft.n}: ${receipt.reference} does not hold its words`);
    if (problems.length > 20) break;
  }
  return problems;
}
