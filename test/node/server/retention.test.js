// Personal data kept no longer than the retention period (issue 14): names,
// emails, phones and addresses erased, the records kept, anonymous; the
// admin page says when the command last ran.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { applyRetention } from '../../../demo/server/retention.js';
import { complaint, manualClock, postJson, signInOfficer, startServer } from './helpers.js';

describe('retention of personal details', () => {
  let app;
  let clock;
  beforeEach(async () => {
    clock = manualClock();
    app = await startServer({ now: clock, outboxWorker: false });
  });
  afterEach(() => app.stop());

  it('erases personal details older than the period and keeps the records, anonymous', async () => {
    const { reference } = await (await postJson(`${app.url}/api/feedback`, complaint())).json();
    const twoYearsOn = clock() + 731 * 86_400_000;
    const erased = await applyRetention(app.env.store, { days: 730, now: twoYearsOn });
    expect(erased).to.equal(14); // the 9 seeded feedback records, the 4 Open311 reports and this complaint
    const record = await app.env.store.get(reference);
    expect(record.contact).to.deep.equal({ preference: 'email' });
    expect(record.details).to.equal('My bin was not emptied on Friday.');
    expect(JSON.stringify(record)).to.not.contain('ann@example.org');
    expect(JSON.stringify(await app.env.store.get('CEC-100002'))).to.not.contain('12 Example Road');
    // Run again: nothing left to erase.
    expect(await applyRetention(app.env.store, { days: 730, now: twoYearsOn })).to.equal(0);
  });

  it('leaves what is younger than the period alone', async () => {
    await postJson(`${app.url}/api/feedback`, complaint());
    expect(await applyRetention(app.env.store, { days: 730, now: clock() + 86_400_000 })).to.equal(0);
  });

  it('is a command (npm run admin:retention), and the admin page says when it last ran', async () => {
    const officer = await signInOfficer(app.url, app.env);
    expect(await (await officer.get('/admin')).text()).to.contain('The retention command has not run yet');
    // Run without blocking this process: the server under test lives in it.
    const { stdout: output } = await promisify(execFile)(process.execPath, [fileURLToPath(new URL('../../../demo/server/retention.js', import.meta.url))], {
      env: { ...process.env, DATA_DIR: app.dataDir, DATABASE_URL: app.databaseUrl ?? '', RETENTION_DAYS: '730' },
      encoding: 'utf8',
    });
    expect(output).to.contain('Retention: erased the personal details of 0 records older than 730 days');
    expect(await (await officer.get('/admin')).text()).to.match(/Personal details older than the retention period were last erased on \w+day \d+ \w+ \d{4} at [^(]+\(0 records\)/);
  });
});
