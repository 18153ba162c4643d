import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JournalCorruptError, openJournal } from '../../../demo/server/store/journal.js';
import { complaint, count, manualClock, postJson, startServer, tempDataDir } from './helpers.js';

/** Runs `node demo/server/index.js` as a separate process; resolves with it and its URL once it listens. */
function runServerProcess(dataDir) {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../../../demo/server/index.js', import.meta.url))], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, FAULTS: '' },
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

const journalOf = (dir) => join(dir, 'journal.jsonl');
const lines = (dir) => readFileSync(journalOf(dir), 'utf8').split('\n').filter(Boolean);

describe('the store on disk', () => {
  let dir;
  beforeEach(() => {
    dir = tempDataDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps what was filed across a restart', async () => {
    const first = await startServer({ dataDir: dir, now: manualClock() });
    const receipt = await (await postJson(`${first.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'restart-key' })).json();
    const held = count(first.env);
    await first.stop();

    const second = await startServer({ dataDir: dir, now: manualClock() });
    try {
      expect(count(second.env)).to.equal(held);
      const status = await (await postJson(`${second.url}/api/track`, { reference: receipt.reference, verifier: 'ann@example.org' })).json();
      expect(status.reference).to.equal(receipt.reference);
      // The idempotency key is remembered too: a retry after the restart files nothing new.
      const retry = await postJson(`${second.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'restart-key' });
      expect(await retry.json()).to.deep.equal(receipt);
      expect(count(second.env)).to.equal(held);
    } finally {
      await second.stop();
    }
  });

  it('keeps an answered submission even when the process is killed straight after (no graceful close)', async function () {
    this.timeout(20_000);
    const first = await runServerProcess(dir);
    const receipt = await (await postJson(`${first.url}/api/feedback`, complaint())).json();
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;
    const second = await startServer({ dataDir: dir });
    try {
      const status = await postJson(`${second.url}/api/track`, { reference: receipt.reference, verifier: 'ann@example.org' });
      expect(status.status).to.equal(200);
    } finally {
      await second.stop();
    }
  });

  it('keeps changes made on the admin page across a restart', async () => {
    const first = await startServer({ dataDir: dir, now: manualClock() });
    await fetch(`${first.url}/admin/records/CEC-100002`, { method: 'POST', body: new URLSearchParams({ status: 'in-progress' }), redirect: 'manual' });
    await first.stop();
    const second = await startServer({ dataDir: dir, now: manualClock() });
    try {
      const status = await (await postJson(`${second.url}/api/track`, { reference: 'CEC-100002', verifier: 'CW1 2AB' })).json();
      expect(status.status).to.equal('in-progress');
    } finally {
      await second.stop();
    }
  });

  it('seeds only an empty store', async () => {
    const first = await startServer({ dataDir: dir, now: manualClock() });
    const seeded = lines(dir).length;
    expect(seeded).to.be.greaterThan(10);
    await first.stop();
    const second = await startServer({ dataDir: dir, now: manualClock() });
    await second.stop();
    expect(lines(dir).length).to.equal(seeded);
  });

  it('starts empty when told not to seed', async () => {
    const app = await startServer({ dataDir: dir, seed: false });
    try {
      expect(count(app.env)).to.equal(0);
      expect((await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' })).status).to.equal(404);
    } finally {
      await app.stop();
    }
  });

  it('cuts off a torn last line (a crash mid-write) and carries on', async () => {
    const first = await startServer({ dataDir: dir, now: manualClock() });
    const receipt = await (await postJson(`${first.url}/api/feedback`, complaint())).json();
    await first.stop();
    const good = readFileSync(journalOf(dir), 'utf8');
    appendFileSync(journalOf(dir), '{"type":"filed","record":{"kind":"feedback","refer');

    const logged = [];
    const second = await startServer({ dataDir: dir, now: manualClock(), log: (line) => logged.push(line) });
    try {
      expect(logged.join('\n')).to.contain('torn last line');
      expect(readFileSync(journalOf(dir), 'utf8')).to.equal(good);
      const status = await postJson(`${second.url}/api/track`, { reference: receipt.reference, verifier: 'ann@example.org' });
      expect(status.status).to.equal(200);
      const next = await postJson(`${second.url}/api/feedback`, complaint());
      expect(next.status).to.equal(201);
      for (const line of lines(dir)) JSON.parse(line); // every line whole again
    } finally {
      await second.stop();
    }
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
