// The database away for a while (issue 14, faults): the API answers 503 with
// Retry-After, files nothing, and the same submission retried with its key
// once the database is back is filed once. On PostgreSQL (CX_TEST_DATABASE_URL)
// the database sits behind a TCP proxy the test cuts; on SQLite another
// process holds the database's write lock longer than the server will wait.
import { expect } from 'chai';
import { createServer as createTcpServer, connect } from 'node:net';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { complaint, count, postJson, runServerProcess, startServer, tempDataDir, testDatabase } from '../server/helpers.js';

/** A TCP proxy to `target` that can be cut (every connection dropped, new ones refused) and restored. */
async function cuttableProxy(target) {
  const sockets = new Set();
  const server = createTcpServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port) => new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen(0);
  const { port } = server.address();
  return {
    port,
    async cut() {
      await new Promise((resolve) => {
        server.close(resolve);
        for (const socket of sockets) socket.destroy();
      });
    },
    restore: () => listen(port),
    close: () => new Promise((resolve) => (server.listening ? server.close(resolve) : resolve())),
  };
}

/** The engine this run uses, made to go away and come back. */
async function outage() {
  if (process.env.CX_TEST_DATABASE_URL) {
    const database = await testDatabase();
    const url = new URL(database.url);
    const proxy = await cuttableProxy(new URL(database.url));
    url.host = `127.0.0.1:${proxy.port}`;
    return {
      options: { databaseUrl: url.toString() },
      down: () => proxy.cut(),
      up: () => proxy.restore(),
      async close() {
        await proxy.close();
        await database.drop();
      },
    };
  }
  let holder;
  return {
    options: { databaseUrl: '', busyTimeoutMs: 100 },
    down(app) {
      holder = new Database(join(app.dataDir, 'cx-kit.sqlite'));
      holder.exec('BEGIN EXCLUSIVE');
    },
    up() {
      holder.exec('COMMIT');
      holder.close();
    },
    close: async () => {},
  };
}

describe('the database unavailable for a while', function () {
  this.timeout(30_000);

  it('answers 503 with Retry-After, files nothing, and files the retry once when the database is back', async () => {
    const db = await outage();
    const app = await startServer({ ...db.options, outboxWorker: false });
    try {
      const before = await count(app.env);
      await db.down(app);
      const refused = await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'while-down' });
      expect(refused.status).to.equal(503);
      expect(refused.headers.get('retry-after')).to.equal('5');
      expect((await refused.json()).error.code).to.equal('unavailable');
      await db.up(app);
      const retried = await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'while-down' });
      expect(retried.status).to.equal(201);
      const again = await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'while-down' });
      expect(again.headers.get('idempotent-replayed')).to.equal('true');
      expect(await count(app.env)).to.equal(before + 1);
    } finally {
      await app.stop();
      await db.close();
    }
  });

  it('makes a burst wait while the database is busy, not answer 503 as if it were away', async () => {
    // The server in a process of its own: SQLite's wait for a lock blocks the process that waits.
    const dir = tempDataDir();
    const database = await testDatabase();
    const server = await runServerProcess(dir, database.url, { RATE_LIMIT_PER_MINUTE: '0' });
    try {
      expect((await fetch(`${server.url}/api/wait-times`)).status).to.equal(200);
      // Busy for a while (the scenario, not a wait for something): on PostgreSQL longer than a request
      // could queue for a connection before (3 s), on SQLite within its busy timeout (5 s).
      const { released } = await holdRecords(dir, database.url, database.url ? 4000 : 1500);
      const burst = await Promise.all(Array.from({ length: 30 }, (_, n) => postJson(`${server.url}/api/feedback`, complaint({ details: `Busy test #${n}: a long enough complaint.` }), { 'Idempotency-Key': `busy-${n}` })));
      await released;
      expect(burst.map((res) => res.status)).to.deep.equal(Array(30).fill(201));
      expect(new Set(await Promise.all(burst.map(async (res) => (await res.json()).reference))).size).to.equal(30);
    } finally {
      server.child.kill('SIGKILL');
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Locks the records table against writes for `ms` (from another connection); `released` resolves once it is released. */
async function holdRecords(dir, databaseUrl, ms) {
  const wait = () => new Promise((resolve) => setTimeout(resolve, ms));
  if (databaseUrl) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE records IN EXCLUSIVE MODE');
    const released = wait().then(async () => {
      await client.query('COMMIT');
      await client.end();
    });
    return { released };
  }
  const holder = new Database(join(dir, 'cx-kit.sqlite'));
  holder.exec('BEGIN EXCLUSIVE');
  const released = wait().then(() => {
    holder.exec('COMMIT');
    holder.close();
  });
  return { released };
}
