// Officers sign in to /admin: scrypt hashes, a session cookie that is
// HttpOnly and SameSite=Strict (Secure behind HTTPS), a CSRF token on every
// form, sign-in attempts limited, sign-out, an audit log of who did what.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { hashPassword, passwordMatches } from '../../../demo/server/store/officers.js';
import { postForm, signInOfficer, startServer } from './helpers.js';

describe('officers sign in', () => {
  let app;
  beforeEach(async () => {
    app = await startServer();
  });
  afterEach(() => app.stop());

  it('sends anyone not signed in to the sign-in page, and refuses their actions', async () => {
    const page = await fetch(`${app.url}/admin`, { redirect: 'manual' });
    expect(page.status).to.equal(303);
    expect(page.headers.get('location')).to.equal('/admin/sign-in');
    const action = await postForm(`${app.url}/admin/reset`, {});
    expect(action.status).to.equal(401);
    expect(await (await fetch(`${app.url}/admin/sign-in`)).text()).to.contain('<label for="password">Password</label>');
  });

  it('adds an officer with the command (npm run admin:add-officer), who can then sign in', async () => {
    // Run without blocking this process: the server under test lives in it.
    const { stdout: output } = await promisify(execFile)(process.execPath, [fileURLToPath(new URL('../../../demo/server/add-officer.js', import.meta.url)), 'command-officer'], {
      env: { ...process.env, DATA_DIR: app.dataDir, DATABASE_URL: app.databaseUrl ?? '', OFFICER_PASSWORD: 'a long command password' },
      encoding: 'utf8',
    });
    expect(output).to.contain('Officer command-officer can now sign in');
    expect(await app.env.officers.checkPassword('command-officer', 'a long command password')).to.equal(true);
    expect((await app.env.officers.auditLog()).map((e) => e.action)).to.include('added an officer');
  });

  it('stores passwords as scrypt hashes, never as given', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).to.match(/^scrypt\$32768\$8\$1\$/);
    expect(hash).to.not.contain('correct horse');
    expect(await passwordMatches('correct horse battery', hash)).to.equal(true);
    expect(await passwordMatches('wrong horse battery', hash)).to.equal(false);
  });

  it('gives a session cookie that is HttpOnly, SameSite=Strict, for /admin only', async () => {
    await app.env.officers.addOfficer('cookie-officer', 'a long test password');
    const form = await fetch(`${app.url}/admin/sign-in`);
    const token = /name="token" value="([^"]+)"/.exec(await form.text())[1];
    const res = await postForm(`${app.url}/admin/sign-in`, { token, username: 'cookie-officer', password: 'a long test password' }, { Cookie: form.headers.get('set-cookie').split(';')[0] });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('cx_admin='));
    expect(session).to.match(/; Path=\/admin; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const secure = await startServer({ secureCookies: true });
    try {
      expect((await fetch(`${secure.url}/admin/sign-in`)).headers.get('set-cookie')).to.contain('; Secure');
    } finally {
      await secure.stop();
    }
  });

  it('refuses a wrong password, and limits sign-in attempts per client', async () => {
    await app.env.officers.addOfficer('limited-officer', 'a long test password');
    const form = await fetch(`${app.url}/admin/sign-in`);
    const cookie = form.headers.get('set-cookie').split(';')[0];
    const token = /name="token" value="([^"]+)"/.exec(await form.text())[1];
    const attempt = () => postForm(`${app.url}/admin/sign-in`, { token, username: 'limited-officer', password: 'not the password' }, { Cookie: cookie });
    const wrong = await attempt();
    expect(wrong.status).to.equal(303);
    expect(wrong.headers.get('location')).to.equal('/admin/sign-in?error=1');
    expect(wrong.headers.get('set-cookie')).to.equal(null);
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await attempt()).status);
    expect(statuses.at(-1)).to.equal(429);
  });

  it('refuses an action without the session’s CSRF token, even with the session cookie', async () => {
    const officer = await signInOfficer(app.url, app.env);
    expect((await officer.post('/admin/records/CEC-100003', { status: 'answered', csrf: 'forged' })).status).to.equal(403);
    expect((await officer.post('/admin/records/CEC-100003', { status: 'answered', csrf: '' })).status).to.equal(403);
    expect((await officer.post('/admin/records/CEC-100003', { status: 'answered' })).status).to.equal(303);
  });

  it('writes every action to the audit log with who and when, and shows it', async () => {
    const officer = await signInOfficer(app.url, app.env, { username: 'audited-officer' });
    await officer.post('/admin/records/CEC-100003', { status: 'answered' });
    await officer.post('/admin/faults', { latency: '0' });
    const log = await app.env.officers.auditLog();
    expect(log.map((entry) => [entry.officer, entry.action])).to.deep.include.members([
      ['audited-officer', 'signed in'],
      ['audited-officer', 'moved a record on'],
      ['audited-officer', 'set faults'],
    ]);
    expect(log.find((entry) => entry.action === 'moved a record on').detail).to.equal('CEC-100003 to answered');
    expect(await (await officer.get('/admin')).text()).to.contain('CEC-100003 to answered');
  });

  it('signs out: the session no longer opens /admin', async () => {
    const officer = await signInOfficer(app.url, app.env);
    const out = await officer.post('/admin/sign-out');
    expect(out.status).to.equal(303);
    expect(out.headers.get('set-cookie')).to.contain('cx_admin=;');
    expect((await officer.get('/admin')).status).to.equal(303);
  });

  it('shows the partner sites allowed by CORS_ORIGINS, a way back to the site, and pages of records', async () => {
    const partner = await startServer({ corsOrigins: 'https://parish.example,https://partner.example' });
    try {
      const officer = await signInOfficer(partner.url, partner.env);
      const page = await (await officer.get('/admin')).text();
      expect(page).to.contain('<li><code>https://parish.example</code></li>');
      expect(page).to.contain('<li><code>https://partner.example</code></li>');
      expect(page).to.contain('<a href="/">Back to the site</a>');
      expect(page).to.match(/Respond by<\/th>/);
      expect(page).to.not.match(/<td>\d{4}-\d{2}-\d{2}<\/td>/); // dates in words, not ISO
    } finally {
      await partner.stop();
    }
  });
});
