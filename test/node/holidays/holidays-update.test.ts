/**
 * `npm run holidays:update` (scripts/holidays-update.mjs) against a local
 * feed server and an unreachable address: it rewrites the snapshot only from
 * a complete, valid feed, and otherwise fails clearly, changing nothing.
 * Each run writes to a copy of the snapshot (HOLIDAYS_SNAPSHOT_FILE).
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GOVUK_AS_OF, govukBankHolidays } from '../../../packages/core/test/domain/govuk-bank-holidays.js';

const root = join(import.meta.dirname, '../../..');
const script = join(root, 'scripts/holidays-update.mjs');
const original = join(root, 'packages/core/src/domain/holidays-snapshot.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function update(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script], { env: { ...process.env, ...env }, cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A feed server answering every request with `status` and `body`. */
async function serve(status: number, body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bank-holidays.json`, server };
}

describe('npm run holidays:update', function () {
  this.timeout(60_000);
  let folder: string;
  let target: string;
  const servers: Server[] = [];

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'cx-holidays-'));
    target = join(folder, 'holidays-snapshot.ts');
    copyFileSync(original, target);
  });

  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function feedServer(status: number, body: string): Promise<string> {
    const { url, server } = await serve(status, body);
    servers.push(server);
    return url;
  }

  it('rewrites the snapshot from the feed and lists what changed', async () => {
    const feed = govukBankHolidays();
    feed['northern-ireland'].events.push({ title: 'A newly announced holiday', date: '2027-09-20', notes: 'Extra bank holiday', bunting: true });
    const url = await feedServer(200, JSON.stringify(feed));
    const run = await update({ HOLIDAYS_FEED_URL: url, HOLIDAYS_SNAPSHOT_FILE: target, HOLIDAYS_AS_OF: '2027-01-04' });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.include('+ northern-ireland 2027-09-20 A newly announced holiday');
    const written = readFileSync(target, 'utf8');
    expect(written).to.include("asOf: '2027-01-04'");
    expect(written).to.include("'A newly announced holiday', //");
    expect(written).to.not.equal(readFileSync(original, 'utf8'));
  });

  it('an unchanged feed says so', async () => {
    const url = await feedServer(200, JSON.stringify(govukBankHolidays()));
    const run = await update({ HOLIDAYS_FEED_URL: url, HOLIDAYS_SNAPSHOT_FILE: target, HOLIDAYS_AS_OF: GOVUK_AS_OF });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.include('No change in dates or titles');
    expect(readFileSync(target, 'utf8')).to.equal(readFileSync(original, 'utf8'));
  });

  const failures: { name: string; status: number; body: string; says: string }[] = [
    { name: 'an error status', status: 503, body: 'down for maintenance', says: 'answered 503' },
    { name: 'a page that is not JSON', status: 200, body: '<html>Sign in</html>', says: 'not valid JSON' },
    { name: 'a feed missing a division', status: 200, body: JSON.stringify({ scotland: govukBankHolidays().scotland }), says: 'no "england-and-wales" holidays' },
    {
      name: 'a feed with a bad date',
      status: 200,
      body: JSON.stringify({ ...govukBankHolidays(), scotland: { division: 'scotland', events: [{ title: 'X', date: '2026-02-30' }] } }),
      says: 'feed["scotland"].events[0].date',
    },
  ];
  for (const { name, status, body, says } of failures) {
    it(`${name}: fails clearly and changes nothing`, async () => {
      const url = await feedServer(status, body);
      const run = await update({ HOLIDAYS_FEED_URL: url, HOLIDAYS_SNAPSHOT_FILE: target });
      expect(run.code).to.equal(1);
      expect(run.stderr).to.include(says).and.include('The snapshot').and.include('is unchanged');
      expect(readFileSync(target, 'utf8')).to.equal(readFileSync(original, 'utf8'));
    });
  }

  it('an unreachable feed: fails clearly and changes nothing', async () => {
    const { url, server } = await serve(200, '{}');
    await new Promise((resolve) => server.close(resolve)); // the port is now closed
    const run = await update({ HOLIDAYS_FEED_URL: url, HOLIDAYS_SNAPSHOT_FILE: target });
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include(`could not reach ${url}`).and.include('is unchanged');
    expect(readFileSync(target, 'utf8')).to.equal(readFileSync(original, 'utf8'));
  });
});
