// The server killed (kill -9) in the middle of writes: every submission it
// acknowledged (201) is there after a restart, whole, and nothing is there
// half-written. Three runs, each killed at a different moment of a burst.
import { expect } from 'chai';
import { rmSync } from 'node:fs';
import { complaint, postJson, runServerProcess, startServer, tempDataDir, testDatabase } from '../server/helpers.js';

describe('the server killed mid-write', function () {
  this.timeout(60_000);

  for (const killAfter of [20, 60, 120]) {
    it(`keeps every acknowledged submission whole and no half-written one (killed after ${killAfter} answers of a burst)`, async () => {
      const dir = tempDataDir();
      const database = await testDatabase();
      const server = await runServerProcess(dir, database.url, { RATE_LIMIT_PER_MINUTE: '0' });
      expect((await fetch(`${server.url}/api/wait-times`)).status).to.equal(200);
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      const acknowledged = [];
      let answered = 0;
      const burst = Array.from({ length: 400 }, (_, n) =>
        postJson(`${server.url}/api/feedback`, complaint({ details: `Kill test #${n}: a long enough complaint.` }), { 'Idempotency-Key': `kill-${n}` })
          .then(async (res) => {
            if (res.status === 201) acknowledged.push({ n, reference: (await res.json()).reference });
            if (++answered === killAfter) server.child.kill('SIGKILL');
          })
          .catch(() => {}),
      );
      await Promise.all(burst);
      await exited;
      expect(acknowledged.length).to.be.at.least(killAfter - 1);
      expect(acknowledged.length).to.be.below(400);

      const again = await startServer({ dataDir: dir, databaseUrl: database.url ?? '', seed: false, outboxWorker: false });
      try {
        const stored = (await again.env.store.list('feedback')).filter((r) => r.details?.startsWith('Kill test #'));
        const byReference = new Map(stored.map((r) => [r.reference, r]));
        for (const { n, reference } of acknowledged) {
          expect(byReference.get(reference)?.details, `#${n} acknowledged as ${reference}`).to.equal(`Kill test #${n}: a long enough complaint.`);
        }
        for (const record of stored) {
          expect(record.receipt?.reference, 'whole').to.equal(record.reference);
          expect(record.events?.[0]?.status, 'whole').to.equal('received');
        }
        expect(new Set(stored.map((r) => r.details)).size, 'none twice').to.equal(stored.length);
      } finally {
        await again.stop({ keepData: true });
        await database.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
