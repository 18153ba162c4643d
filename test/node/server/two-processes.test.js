// Several server processes on one database, as a council behind a load
// balancer runs them: the Idempotency-Key is a database constraint, so the
// same key sent to two processes at once files one record. Runs on SQLite
// (one file, two processes) and, with CX_TEST_DATABASE_URL, on PostgreSQL.
import { expect } from 'chai';
import { rmSync } from 'node:fs';
import { complaint, postJson, runServerProcess, startServer, tempDataDir, testDatabase } from './helpers.js';

describe('two server processes sharing one database', function () {
  this.timeout(30_000);
  let dir;
  let database;
  let processes = [];
  beforeEach(async () => {
    dir = tempDataDir();
    database = await testDatabase();
  });
  afterEach(async () => {
    await Promise.all(processes.map(({ child }) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))))));
    processes = [];
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('files one record for the same Idempotency-Key sent to both at once', async () => {
    const env = { RATE_LIMIT_PER_MINUTE: '0' };
    processes = await Promise.all([runServerProcess(dir, database.url, env), runServerProcess(dir, database.url, env)]);
    // Both ready before the race (each answers once it has opened the database).
    for (const { url } of processes) expect((await fetch(`${url}/api/wait-times`)).status).to.equal(200);
    for (let round = 0; round < 5; round++) {
      const key = `shared-key-${round}`;
      const answers = await Promise.all(processes.flatMap(({ url }) => [postJson(`${url}/api/feedback`, complaint(), { 'Idempotency-Key': key }), postJson(`${url}/api/feedback`, complaint(), { 'Idempotency-Key': key })]));
      expect(answers.map((res) => res.status)).to.deep.equal([201, 201, 201, 201]);
      const receipts = await Promise.all(answers.map((res) => res.json()));
      expect(new Set(receipts.map((r) => r.reference)).size, `round ${round}`).to.equal(1);
      expect(answers.filter((res) => res.headers.get('idempotent-replayed') === 'true')).to.have.length(3);
    }
    const reader = await startServer({ dataDir: dir, databaseUrl: database.url ?? '', keepDatabase: true });
    try {
      const filed = (await reader.env.store.list('feedback')).filter((record) => !record.seeded);
      expect(filed).to.have.length(5);
    } finally {
      await reader.stop({ keepData: true });
    }
  });
});
