import { expect } from 'chai';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalCorruptError, openJournal } from '../../../demo/server/store/journal.js';
import { MIGRATIONS, migrate } from '../../../demo/server/store/migrations.js';
import { IdempotencyMismatchError, recordStore } from '../../../demo/server/store/records.js';
import { complaint, count, manualClock, postJson, runServerProcess, signInOfficer, startServer, tempDataDir, testDatabase } from './helpers.js';

const journalOf = (dir) => join(dir, 'journal.jsonl');
const lines = (dir) => readFileSync(journalOf(dir), 'utf8').split('\n').filter(Boolean);

describe('the store on disk', () => {
  let dir;
  beforeEach(() => {
    dir = tempDataDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A second server on the same data (the same folder, the same PostgreSQL schema when testing on PostgreSQL). */
  const again = (first, options = {}) => startServer({ dataDir: dir, databaseUrl: first.databaseUrl, ...options });

  it('keeps what was filed across a restart', async () => {
    const first = await startServer({ dataDir: dir, now: manualClock() });
    const receipt = await (await postJson(`${first.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'restart-key' })).json();
    const held = await count(first.env);
    await first.stop({ keepData: true });

    const second = await again(first, { now: manualClock() });
    try {
      expect(await count(second.env)).to.equal(held);
      const status = await (await postJson(`${second.url}/api/track`, { reference: receipt.reference, verifier: 'ann@example.org' })).json();
      expect(status.reference).to.equal(receipt.reference);
      // The idempotency key is remembered too: a retry after the restart files nothing new.
      const retry = await postJson(`${second.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'restart-key' });
      expect(await retry.json()).to.deep.equal(receipt);
      expect(await count(second.env)).to.equal(held);
    } finally {
      await second.stop();
    }
  });

  it('keeps an answered submission even when the process is killed straight after (no graceful close)', async function () {
    this.timeout(20_000);
    const database = await testDatabase();
    const first = await runServerProcess(dir, database.url);
    const receipt = await (await postJson(`${first.url}/api/feedback`, complaint())).json();
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;
    const second = await startServer({ dataDir: dir, databaseUrl: database.url });
    try {
      const status = await postJson(`${second.url}/api/track`, { reference: receipt.reference, verifier: 'ann@example.org' });
      expect(status.status).to.equal(200);
    } finally {
      await second.stop();
      await database.drop();
    }
  });

  it('keeps changes made on the admin page across a restart', async () => {
    const first = await startServer({ dataDir: dir, now: manualClock() });
    const officer = await signInOfficer(first.url, first.env);
    expect((await officer.post('/admin/records/CEC-100002', { status: 'in-progress' })).status).to.equal(303);
    await first.stop({ keepData: true });
    const second = await again(first, { now: manualClock() });
    try {
      const status = await (await postJson(`${second.url}/api/track`, { reference: 'CEC-100002', verifier: 'CW1 2AB' })).json();
      expect(status.status).to.equal('in-progress');
    } finally {
      await second.stop();
    }
  });

  it('seeds only an empty store', async () => {
    const first = await startServer({ dataDir: dir, now: manualClock() });
    const seeded = (await count(first.env)) + (await count(first.env, 'open311'));
    expect(seeded).to.equal(13);
    await first.stop({ keepData: true });
    const second = await again(first, { now: manualClock() });
    expect((await count(second.env)) + (await count(second.env, 'open311'))).to.equal(seeded);
    await second.stop();
  });

  it('starts empty when told not to seed', async () => {
    const app = await startServer({ dataDir: dir, seed: false });
    try {
      expect(await count(app.env)).to.equal(0);
      expect((await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' })).status).to.equal(404);
    } finally {
      await app.stop();
    }
  });

  it('runs its migrations once and records each version', async () => {
    const first = await startServer({ dataDir: dir });
    const versions = await first.env.db.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((row) => Number(row.version))).to.deep.equal(MIGRATIONS.map((m) => m.version));
    expect(await migrate(first.env.db)).to.deep.equal([]);
    await first.stop();
  });

  it('files under another reference when one is taken, keeps the key with what it filed, and lets an expired key file anew', async () => {
    const app = await startServer({ dataDir: dir, now: manualClock() });
    try {
      const [seeded] = await app.env.store.list('feedback');
      // References offered in turn (the seeded one is taken); then any, for calls that file nothing.
      const offered = [seeded.reference, 'CEC-654321'];
      const records = recordStore(app.env.db, { newReference: () => offered.shift() ?? 'CEC-999999' });
      const make = (reference) => ({ record: { kind: 'feedback', reference, receivedAt: '2026-11-23T10:00:00.000Z', details: `Filed as ${reference}`, events: [{ status: 'received' }] }, receipt: { reference } });
      const key = (bodyHash, now) => ({ scope: 'store-test', key: 'one-key', bodyHash, maxAgeMs: 60_000, now });
      const t0 = Date.parse('2026-11-23T10:00:00Z');

      const filed = await records.file(make, key('first', t0));
      expect(filed).to.deep.include({ replayed: false, receipt: { reference: 'CEC-654321' } });
      expect((await records.get(seeded.reference)).details).to.equal(seeded.details);
      expect(await records.file(make, key('first', t0 + 1000))).to.deep.include({ replayed: true, receipt: { reference: 'CEC-654321' } });
      let refused;
      await records.file(make, key('other body', t0 + 1000)).catch((error) => (refused = error));
      expect(refused).to.be.instanceOf(IdempotencyMismatchError);

      offered.push('CEC-765432');
      const anew = await records.file(make, key('first', t0 + 60_000));
      expect(anew).to.deep.include({ replayed: false, receipt: { reference: 'CEC-765432' } });
      expect((await records.get('CEC-765432')).details).to.equal('Filed as CEC-765432');
      const keys = await app.env.db.query("SELECT reference FROM idempotency_keys WHERE scope = 'store-test'");
      expect(keys.map((row) => row.reference)).to.deep.equal(['CEC-765432']);
    } finally {
      await app.stop();
    }
  });

  it('keeps residents’ details from other local users: data folder 0700, database file 0600', async () => {
    // SQLite whichever engine the suite runs on: PostgreSQL keeps its own files.
    const app = await startServer({ dataDir: join(dir, 'data'), databaseUrl: '' });
    try {
      expect(statSync(join(dir, 'data')).mode & 0o777).to.equal(0o700);
      expect(statSync(join(dir, 'data', 'cx-kit.sqlite')).mode & 0o777).to.equal(0o600);
    } finally {
      await app.stop();
    }
  });

  it('imports an old journal.jsonl once (a torn last line cut off), keys and all', async () => {
    const journal = openJournal(journalOf(dir));
    const record = { kind: 'feedback', reference: 'CEC-654321', type: 'complaint', service: 'missed-bin', details: 'Old', contact: { name: 'Old Example', preference: 'email', email: 'old@example.org' }, consent: true, locale: 'en-GB', client: { startedAt: '2026-11-20T09:00:00.000Z', submittedAt: '2026-11-20T09:00:00.000Z' }, receivedAt: '2026-11-20T09:00:00.000Z', stage: 1, dueDates: { acknowledgeBy: '2026-11-23', respondBy: '2026-12-11' }, receipt: { reference: 'CEC-654321', receivedAt: '2026-11-20T09:00:00.000Z', acknowledgeBy: '2026-11-23', respondBy: '2026-12-11' }, autoAcknowledge: false, events: [{ at: '2026-11-20T09:00:00.000Z', status: 'received', text: 'We received your complaint.' }] };
    journal.append({ type: 'filed', record, idempotency: 'feedback:old-key' });
    journal.append({ type: 'updated', reference: 'CEC-654321', set: {}, event: { at: '2026-11-21T09:00:00.000Z', status: 'acknowledged', text: 'Acknowledged.' } });
    journal.close();
    appendFileSync(journalOf(dir), '{"type":"filed","record":{"kind":"feedback","refer');

    const logged = [];
    const first = await startServer({ dataDir: dir, now: manualClock(), seed: false, log: (line) => logged.push(line) });
    try {
      expect(logged.join('\n')).to.contain('torn last line');
      expect(logged.join('\n')).to.contain('1 records');
      expect(existsSync(journalOf(dir))).to.equal(false);
      expect(existsSync(`${journalOf(dir)}.imported`)).to.equal(true);
      const status = await (await postJson(`${first.url}/api/track`, { reference: 'CEC-654321', verifier: 'old@example.org' })).json();
      expect(status.events.map((e) => e.status)).to.deep.equal(['received', 'acknowledged']);
      expect(await first.env.store.file(() => ({ receipt: {} }), { scope: 'feedback', key: 'old-key', bodyHash: 'anything' })).to.include({ replayed: true });
    } finally {
      await first.stop({ keepData: true });
    }
    const second = await again(first, { seed: false });
    expect(await count(second.env)).to.equal(1);
    await second.stop();
  });

  it('stops with a clear error when a line before the last is damaged', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(journalOf(dir), '{"type":"reset","at":"x"}\nnot json\n{"type":"reset","at":"y"}\n');
    expect(() => openJournal(journalOf(dir))).to.throw(JournalCorruptError, /line 2/);
  });

  it('keeps a whole last record that lost its newline, and ends the line', () => {
    writeFileSync(journalOf(dir), '{"type":"reset","at":"a"}\n{"type":"reset","at":"b"}');
    const journal = openJournal(journalOf(dir));
    expect(journal.entries).to.deep.equal([
      { type: 'reset', at: 'a' },
      { type: 'reset', at: 'b' },
    ]);
    journal.append({ type: 'reset', at: 'c' });
    journal.close();
    expect(readFileSync(journalOf(dir), 'utf8')).to.equal('{"type":"reset","at":"a"}\n{"type":"reset","at":"b"}\n{"type":"reset","at":"c"}\n');
  });

  it('writes one line per entry, newlines in text included', () => {
    const journal = openJournal(journalOf(dir));
    journal.append({ text: 'line one\nline two\r\n\u2028end' });
    journal.close();
    const reopened = openJournal(journalOf(dir));
    expect(reopened.entries).to.deep.equal([{ text: 'line one\nline two\r\n\u2028end' }]);
    reopened.close();
    expect(lines(dir)).to.have.length(1);
  });
});
