// Issue 14, "Closed to everyone who does not belong": each hole found by
// probing the server as an attacker would, shut.
import { expect } from 'chai';
import { request } from 'node:http';
import { complaint, count, postForm, postJson, signInOfficer, startServer } from './helpers.js';

/** A raw request, so the Host header can be anything (fetch will not let it be set). */
function rawRequest(url, { method = 'GET', path = '/', headers = {}, body } = {}) {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('closed to everyone who does not belong', () => {
  let app;
  beforeEach(async () => {
    app = await startServer();
  });
  afterEach(() => app.stop());

  describe('DNS rebinding', () => {
    it('answers 421 to a Host it does not serve, for pages, the API and admin actions', async () => {
      for (const [method, path] of [['GET', '/admin'], ['GET', '/'], ['POST', '/admin/reset'], ['POST', '/api/track']]) {
        const res = await rawRequest(app.url, { method, path, headers: { Host: 'rebind.evil.example', Origin: 'http://rebind.evil.example' } });
        expect(res.status, `${method} ${path}`).to.equal(421);
        expect(res.text).to.not.contain('example.org');
      }
      expect(await count(app.env)).to.equal(9);
    });

    it('serves localhost, 127.0.0.1, [::1] and the names configured', async () => {
      for (const host of ['localhost:8000', '127.0.0.1', '[::1]:8000']) expect((await rawRequest(app.url, { path: '/api/wait-times', headers: { Host: host } })).status, host).to.equal(200);
      const named = await startServer({ allowedHosts: 'council.example' });
      try {
        expect((await rawRequest(named.url, { path: '/api/wait-times', headers: { Host: 'council.example' } })).status).to.equal(200);
        expect((await rawRequest(named.url, { path: '/api/wait-times', headers: { Host: 'other.example' } })).status).to.equal(421);
      } finally {
        await named.stop();
      }
    });
  });

  describe('Idempotency-Key', () => {
    it('answers 422 when a key is reused with a different body, and files nothing for it', async () => {
      const first = await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'reused' });
      expect(first.status).to.equal(201);
      const other = await postJson(`${app.url}/api/feedback`, complaint({ details: 'Something else entirely.' }), { 'Idempotency-Key': 'reused' });
      expect(other.status).to.equal(422);
      expect((await other.json()).error.code).to.equal('idempotency-key-reused');
      expect(await count(app.env)).to.equal(10);
    });

    it('20 parallel requests with one key and 20 different bodies file one record; the others are refused', async () => {
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => postJson(`${app.url}/api/feedback`, complaint({ details: `Body number ${i}` }), { 'Idempotency-Key': 'one-key' })));
      const statuses = answers.map((res) => res.status).sort();
      expect(statuses.filter((s) => s === 201)).to.have.length(1);
      expect(statuses.filter((s) => s === 422)).to.have.length(19);
      expect(await count(app.env)).to.equal(10);
    });

    it('keeps one client’s key from returning another client’s receipt', async () => {
      const mine = await app.env.store.file((reference) => ({ receipt: { reference } }), { scope: 'feedback:192.0.2.1', key: 'k', bodyHash: 'h' });
      const theirs = await app.env.store.file((reference) => ({ receipt: { reference } }), { scope: 'feedback:192.0.2.2', key: 'k', bodyHash: 'h' });
      expect(theirs.replayed).to.equal(false);
      expect(theirs.receipt.reference).to.not.equal(mine.receipt.reference);
    });

    it('gives a robot (honeypot filled) a decoy that replays like a real receipt, and files nothing', async () => {
      const robot = complaint();
      robot.client = { ...robot.client, honeypot: 'https://spam.example' };
      const first = await postJson(`${app.url}/api/feedback`, robot, { 'Idempotency-Key': 'robot-key' });
      const again = await postJson(`${app.url}/api/feedback`, robot, { 'Idempotency-Key': 'robot-key' });
      const real = await (await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'real-key' })).json();
      expect(again.headers.get('idempotent-replayed')).to.equal('true');
      const receipt = await first.json();
      expect(await again.json()).to.deep.equal(receipt);
      expect(Object.keys(receipt).sort()).to.deep.equal(Object.keys(real).sort());
      expect(await count(app.env)).to.equal(10); // only the real one
    });
  });

  describe('smaller holes', () => {
    it('answers 400, not 500, to a bad percent-escape in an admin address', async () => {
      const officer = await signInOfficer(app.url, app.env);
      const res = await officer.post('/admin/records/%E0%A4%A', { status: 'closed' });
      expect(res.status).to.equal(400);
    });

    it('never echoes a malformed JSON body', async () => {
      const res = await postJson(`${app.url}/api/feedback`, '{"details": "SECRET-PERSONAL-TEXT');
      expect(res.status).to.equal(400);
      expect(await res.text()).to.not.contain('SECRET');
    });

    it('reads a form in the charset it declares (latin-1 é is é, not U+FFFD)', async () => {
      const res = await fetch(`${app.url}/api/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=iso-8859-1' },
        body: 'type=suggestion&details=Caf%E9+au+parc&preference=none',
      });
      expect(res.status).to.equal(201);
      const [record] = await app.env.store.list('feedback', { limit: 1 });
      expect(record.details).to.equal('Café au parc');
    });

    it('refuses a no-JavaScript form posted from a site not in CORS_ORIGINS, takes it from one that is', async () => {
      const partnerApp = await startServer({ corsOrigins: 'https://parish.example' });
      try {
        const fields = { type: 'suggestion', details: 'More benches.', preference: 'none' };
        const foreign = await postForm(`${partnerApp.url}/api/feedback`, fields, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' });
        expect(foreign.status).to.equal(403);
        expect(foreign.headers.get('content-type')).to.contain('text/html');
        const nullOrigin = await postForm(`${partnerApp.url}/api/feedback`, fields, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' });
        expect(nullOrigin.status).to.equal(403);
        const partner = await postForm(`${partnerApp.url}/api/feedback`, fields, { Origin: 'https://parish.example', 'Sec-Fetch-Site': 'cross-site' });
        expect(partner.status).to.equal(201);
        const own = await postForm(`${partnerApp.url}/api/feedback`, { ...fields, details: 'Own page.' }, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' });
        expect(own.status).to.equal(201);
      } finally {
        await partnerApp.stop();
      }
    });
  });

  describe('looking up by reference', () => {
    it('limits look-ups per client (POST /api/track and GET requests/{id}) with 429 and Retry-After', async () => {
      const limited = await startServer({ lookupRateLimit: { capacity: 3, perMinute: 3 } });
      try {
        const answers = [];
        for (let i = 0; i < 3; i++) answers.push((await fetch(`${limited.url}/api/open311/v2/requests/CEC-99999${i}.json`)).status);
        expect(answers).to.deep.equal([404, 404, 404]);
        const refused = await postJson(`${limited.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' });
        expect(refused.status).to.equal(429);
        expect(Number(refused.headers.get('retry-after'))).to.be.greaterThan(0);
      } finally {
        await limited.stop();
      }
    });
  });
});
