// Issue 10's network faults, met by the kit's own client code: the feedback
// form's sending policy and the request tracker's Open311 and cx clients,
// run in Node (through tsx) with Node's fetch against the reference server's
// fault injection. The server must end up holding exactly one record for
// every draft a resident got a receipt for: none lost, none doubled.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { createServer } from '../../../demo/server/index.js';
import { noFaults, parseFaults } from '../../../demo/server/faults.js';
import { Submitter, THIRTY_PERCENT, filingsOnDisk, inPool, makeDraft, newTally, parseReceipt, problemsWith, runDrafts, sendUntilAccepted } from './feedback-under-faults.js';

const { lookUpCx } = await tsImport('../../../packages/request-tracker/src/cx-api.ts', import.meta.url);
const { lookUpOpen311 } = await tsImport('../../../packages/request-tracker/src/open311.ts', import.meta.url);

async function start(options = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-faults-'));
  const server = createServer({ dataDir, rateLimit: false, lookupRateLimit: false, ...options });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await server.env.ready();
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    server,
    url,
    dataDir,
    only(kind, value = 1) {
      server.env.faults.set({ ...noFaults(), [kind]: value });
    },
    off() {
      server.env.faults.set(noFaults());
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A submitter as the form builds it, with its waits recorded and shortened. */
function formSubmitter(waits = [], options = {}) {
  return new Submitter({
    parseReceipt,
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, 1));
    },
    ...options,
  });
}

describe('feedback under 30% injected network faults', function () {
  this.timeout(120_000);
  let app;
  before(async () => {
    app = await start({ faults: THIRTY_PERCENT, faultSeed: 'feedback-faults' });
  });
  after(() => app.stop());

  it('a thousand drafts, 20 in flight, retried with their own keys: one record each, none lost, none doubled', async () => {
    const run = await runDrafts({ url: app.url, server: app.server, drafts: 1000, concurrency: 20 });

    expect(await problemsWith(run, app.server.env.store)).to.deep.equal([]);
    expect(run.sent).to.have.length(1000);
    // The faults really happened, every kind of them, at about the rate asked for.
    const spoilt = run.faults.rate429 + run.faults.error500 + run.faults.drop + run.faults.malformed + run.faults.html;
    expect(spoilt / run.faults.requests, 'share of requests spoilt').to.be.within(0.2, 0.4);
    for (const kind of ['rate429', 'error500', 'drop', 'malformed', 'html']) expect(run.faults[kind], kind).to.be.greaterThan(10);
    // Both halves of the policy were used: automatic retries (429/5xx) and the resident's Try again (drops, bad bodies).
    expect(run.tally.automaticRetries).to.be.greaterThan(50);
    expect(run.sent.filter((s) => s.presses > 1).length).to.be.greaterThan(50);
  });

  it('what was accepted survives a restart: the database reopens with the same records', async () => {
    const before = (await app.server.env.store.list('feedback')).map((r) => r.reference).sort();
    const again = createServer({ dataDir: app.dataDir, rateLimit: false });
    try {
      await again.env.ready();
      expect((await again.env.store.list('feedback')).map((r) => r.reference).sort()).to.deep.equal(before);
    } finally {
      await again.env.store.close();
    }
  });
});

describe('the feedback form meets each fault on its own', function () {
  this.timeout(60_000);
  let app;
  beforeEach(async () => {
    app = await start({ faultSeed: 1 });
  });
  afterEach(() => app.stop());

  const endpoint = () => `${app.url}/api/feedback`;
  const filedFor = async (key) => (await filingsOnDisk(app.server)).byKey.get(`feedback:${key}`) ?? [];

  for (const [kind, code] of [
    ['drop', 'invalid-response'],
    ['malformed', 'invalid-response'],
    ['html', 'invalid-response'],
  ]) {
    it(`${kind}: the answer is spoilt after filing (${code}); Try again with the same key gets that one record back`, async () => {
      const draft = makeDraft(1);
      app.only(kind);
      const first = await formSubmitter().submit({ endpoint: endpoint(), body: draft.body, idempotencyKey: draft.key });
      expect(first).to.include({ ok: false, code });
      expect(await filedFor(draft.key), 'filed before the answer was spoilt').to.have.length(1);

      app.off();
      const retry = await formSubmitter().submit({ endpoint: endpoint(), body: draft.body, idempotencyKey: draft.key });
      expect(retry.ok).to.equal(true);
      expect(retry.receipt.reference).to.equal((await filedFor(draft.key))[0]);
      expect(await filedFor(draft.key)).to.have.length(1);
    });
  }

  it('error500: retried by itself (1s, then 2s), then handed to the resident as "server-error"; nothing filed', async () => {
    const draft = makeDraft(2);
    const waits = [];
    app.only('error500');
    const result = await formSubmitter(waits).submit({ endpoint: endpoint(), body: draft.body, idempotencyKey: draft.key });
    expect(result).to.include({ ok: false, code: 'server-error', status: 500 });
    expect(result.message).to.match(/went wrong/);
    expect(waits).to.deep.equal([1000, 2000]);
    expect(await filedFor(draft.key)).to.deep.equal([]);
  });

  it('rate429: waits the Retry-After the server gave, then "rate-limited"; nothing filed', async () => {
    const draft = makeDraft(3);
    const waits = [];
    app.only('rate429');
    const result = await formSubmitter(waits).submit({ endpoint: endpoint(), body: draft.body, idempotencyKey: draft.key });
    expect(result).to.include({ ok: false, code: 'rate-limited', status: 429 });
    expect(waits).to.deep.equal([1000, 1000]);
    expect(await filedFor(draft.key)).to.deep.equal([]);
  });

  it('an oversized body: 413 is not retried; the resident hears the server\'s own words', async () => {
    const draft = makeDraft(4);
    const waits = [];
    const result = await formSubmitter(waits).submit({ endpoint: endpoint(), body: { ...draft.body, details: 'x'.repeat(70 * 1024) }, idempotencyKey: draft.key });
    expect(result).to.include({ ok: false, code: 'validation', status: 413 });
    expect(result.message).to.match(/larger than/);
    expect(waits).to.deep.equal([]);
    expect(await filedFor(draft.key)).to.deep.equal([]);
  });

  it('no answer in time: "timeout"; the retry with the same key files once in all', async () => {
    const draft = makeDraft(5);
    app.server.env.faults.set({ ...noFaults(), latency: 600 });
    const slow = await formSubmitter([], { timeoutMs: 150 }).submit({ endpoint: endpoint(), body: draft.body, idempotencyKey: draft.key });
    expect(slow).to.include({ ok: false, code: 'timeout' });
    // Let the server finish whatever it was doing with the first attempt.
    await new Promise((resolve) => setTimeout(resolve, 800));
    app.off();
    const tally = newTally();
    const { receipt } = await sendUntilAccepted(endpoint(), draft, { tally });
    expect(await filedFor(draft.key)).to.deep.equal([receipt.reference]);
  });
});

describe('the request tracker\'s clients meet each fault with its own error code', function () {
  this.timeout(60_000);
  let app;
  before(async () => {
    app = await start({ faultSeed: 2, bodyLimit: 512 });
  });
  after(() => app.stop());
  afterEach(() => app.off());

  const cx = (verifier = 'received@example.org', options = {}) => lookUpCx(`${app.url}/api`, { reference: 'CEC-100001', verifier }, options);
  const open311 = (id = 'CEC-200001', options = {}) => lookUpOpen311(`${app.url}/api/open311/v2`, id, options);

  it('with no faults both find the seeded examples', async () => {
    const found = await cx();
    expect(found.ok, JSON.stringify(found)).to.equal(true);
    expect(found.value).to.include({ reference: 'CEC-100001', status: 'received' });
    const report = await open311();
    expect(report.ok, JSON.stringify(report)).to.equal(true);
    expect(report.value.reference).to.equal('CEC-200001');
  });

  const cases = [
    ['error500', 'server-error', 500],
    ['rate429', 'rate-limited', 429],
    ['drop', 'unreachable', undefined],
    ['malformed', 'invalid-response', undefined],
    ['html', 'invalid-response', undefined],
  ];
  for (const [kind, code, status] of cases) {
    it(`${kind} → ${code}, on both APIs`, async () => {
      app.only(kind);
      for (const [api, result] of [
        ['cx', await cx()],
        ['open311', await open311()],
      ]) {
        expect(result.ok, api).to.equal(false);
        expect(result.error.code, `${api}: ${result.error.detail}`).to.equal(code);
        if (status) expect(result.error.status, api).to.equal(status);
        if (kind === 'rate429') expect(result.error.retryAfterMs, `${api} keeps the server's Retry-After`).to.equal(1000);
      }
    });
  }

  it('no answer in time → timeout, on both APIs', async () => {
    app.server.env.faults.set({ ...noFaults(), latency: 600 });
    for (const result of [await cx(undefined, { timeoutMs: 150 }), await open311(undefined, { timeoutMs: 150 })]) {
      expect(result.ok).to.equal(false);
      expect(result.error.code).to.equal('timeout');
    }
  });

  it('an oversized lookup → 413 as validation (the server would not take what was typed), never retried as a server error', async () => {
    const result = await cx(`${'a'.repeat(600)}@example.org`);
    expect(result.ok).to.equal(false);
    expect(result.error).to.include({ code: 'validation', status: 413 });
  });

  it('400 lookups under 30% faults: each finds the request or names what went wrong; none throws, none is mistaken for "not found"', async () => {
    app.server.env.faults.set(parseFaults(THIRTY_PERCENT));
    const seen = {};
    const lookups = Array.from({ length: 400 }, (_, i) => i);
    await inPool(lookups, 20, async (i) => {
      const result = i % 2 ? await cx() : await open311();
      const code = result.ok ? 'found' : result.error.code;
      seen[code] = (seen[code] ?? 0) + 1;
      if (result.ok) expect(result.value.reference).to.equal(i % 2 ? 'CEC-100001' : 'CEC-200001');
    });
    expect(Object.keys(seen).sort()).to.deep.equal(['found', 'invalid-response', 'rate-limited', 'server-error', 'unreachable']);
    expect(seen.found).to.be.within(220, 340);
  });

  it('a reference nobody has → not-found, on both APIs', async () => {
    expect((await cx('somebody.else@example.org')).error.code).to.equal('not-found');
    expect((await open311('CEC-299999')).error.code).to.equal('not-found');
  });
});
