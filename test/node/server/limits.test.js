import { expect } from 'chai';
import { request } from 'node:http';
import { CSP } from '../../../demo/server/security-headers.js';
import { createRateLimiter } from '../../../demo/server/rate-limit.js';
import { complaint, count, manualClock, postForm, postJson, startServer } from './helpers.js';

/** A raw request, for what fetch will not send (an oversized declared length, an odd method). */
function raw(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('limits, errors and headers', () => {
  describe('rate limiting', () => {
    let app;
    let clock;
    beforeEach(async () => {
      clock = manualClock();
      app = await startServer({ now: clock, rateLimit: { capacity: 3, perMinute: 3 } });
    });
    afterEach(() => app.stop());

    it('answers 429 with Retry-After once a client has used its POSTs, and files nothing', async () => {
      for (let i = 0; i < 3; i++) expect((await postJson(`${app.url}/api/feedback`, complaint())).status).to.equal(201);
      const before = (await count(app.env));
      const res = await postJson(`${app.url}/api/feedback`, complaint());
      expect(res.status).to.equal(429);
      expect(res.headers.get('retry-after')).to.equal('20'); // one token every 20 seconds at 3 a minute
      const body = await res.json();
      expect(body.error.code).to.equal('rate-limited');
      expect(body.error.message).to.contain('20 seconds');
      expect((await count(app.env))).to.equal(before);
    });

    it('lets the client go on once the bucket has refilled', async () => {
      for (let i = 0; i < 3; i++) await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' });
      expect((await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' })).status).to.equal(429);
      clock.advance(20_000);
      expect((await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' })).status).to.equal(200);
    });

    it('counts POSTs to every API route together, and does not limit GETs', async () => {
      await postJson(`${app.url}/api/feedback`, complaint());
      await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' });
      await postForm(`${app.url}/api/open311/v2/requests.json`, { service_code: 'missed-bin', address_string: 'x' });
      const open311 = await postForm(`${app.url}/api/open311/v2/requests.json`, { service_code: 'missed-bin', address_string: 'x' });
      expect(open311.status).to.equal(429);
      expect((await open311.json())[0].code).to.equal(429);
      for (let i = 0; i < 5; i++) expect((await fetch(`${app.url}/api/wait-times`)).status).to.equal(200);
    });

    it('keeps a bucket per client', () => {
      let now = 0;
      const limiter = createRateLimiter({ capacity: 2, perMinute: 2, now: () => now });
      expect(limiter.take('a').ok).to.equal(true);
      expect(limiter.take('a').ok).to.equal(true);
      expect(limiter.take('a')).to.deep.equal({ ok: false, retryAfterSeconds: 30 });
      expect(limiter.take('b').ok).to.equal(true);
      now = 15_000;
      expect(limiter.take('a')).to.deep.equal({ ok: false, retryAfterSeconds: 15 });
      now = 30_000;
      expect(limiter.take('a').ok).to.equal(true);
    });

    it('forgets idle clients instead of growing without bound', () => {
      let now = 0;
      const limiter = createRateLimiter({ capacity: 1, perMinute: 1, now: () => now, maxClients: 3 });
      for (const client of ['a', 'b', 'c']) limiter.take(client);
      now = 60_000; // every bucket full again
      for (const client of ['d', 'e', 'f']) expect(limiter.take(client).ok).to.equal(true);
      expect(limiter.take('d').ok).to.equal(false); // 'd' is still remembered
    });
  });

  describe('body size', () => {
    let app;
    beforeEach(async () => {
      app = await startServer({ bodyLimit: 1024 });
    });
    afterEach(() => app.stop());

    it('answers 413 for a JSON body over the limit, and files nothing', async () => {
      const before = (await count(app.env));
      const res = await postJson(`${app.url}/api/feedback`, complaint({ details: 'x'.repeat(2000) }));
      expect(res.status).to.equal(413);
      expect((await res.json()).error.code).to.equal('payload-too-large');
      expect((await count(app.env))).to.equal(before);
    });

    it('answers 413 from the declared length alone, before the body arrives', async () => {
      const res = await raw(`${app.url}/api/track`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(64 * 1024 * 1024) } });
      expect(res.status).to.equal(413);
      expect(res.headers.connection).to.equal('close');
    });

    it('answers 413 for the plain form too, as a page', async () => {
      const res = await postForm(`${app.url}/api/feedback`, { type: 'complaint', details: 'x'.repeat(2000) });
      expect(res.status).to.equal(413);
      expect(await res.text()).to.contain('<h1>Your feedback is too long to send</h1>');
    });
  });

  describe('routing errors', () => {
    let app;
    before(async () => {
      app = await startServer();
    });
    after(() => app.stop());

    it('answers 404 as JSON for an unknown API path', async () => {
      const res = await fetch(`${app.url}/api/nothing-here`);
      expect(res.status).to.equal(404);
      expect(await res.json()).to.deep.equal({ error: { code: 'not-found', message: 'There is no /api/nothing-here here.' } });
    });

    it('answers 405 with Allow for a method a route does not take', async () => {
      const res = await fetch(`${app.url}/api/feedback`);
      expect(res.status).to.equal(405);
      expect(res.headers.get('allow')).to.equal('POST');
      expect((await res.json()).error.code).to.equal('method-not-allowed');
      const open311 = await fetch(`${app.url}/api/open311/v2/services.json`, { method: 'DELETE' });
      expect(open311.status).to.equal(405);
      expect(await open311.json()).to.deep.equal([{ code: 405, description: 'DELETE is not allowed here. Use GET.' }]);
    });

    it('answers HEAD like GET without a body', async () => {
      const res = await raw(`${app.url}/api/wait-times`, { method: 'HEAD' });
      expect(res.status).to.equal(200);
      expect(res.text).to.equal('');
      expect(Number(res.headers['content-length'])).to.be.greaterThan(0);
    });

    it('never serves the data folder or the server code', async () => {
      for (const path of ['/.data/journal.jsonl', '/server/app.js', '/%2e%2e/package.json', '/../package.json']) {
        expect((await raw(`${app.url}${path}`)).status, path).to.equal(404);
      }
    });
  });

  describe('security headers', () => {
    let app;
    before(async () => {
      app = await startServer();
    });
    after(() => app.stop());

    it('sends the CSP and friends on every kind of answer', async () => {
      const answers = [
        await fetch(`${app.url}/`),
        await fetch(`${app.url}/api/wait-times`),
        await fetch(`${app.url}/api/nothing`),
        await fetch(`${app.url}/missing.html`),
        await fetch(`${app.url}/admin`),
        await postJson(`${app.url}/api/feedback`, '{'),
        await fetch(`${app.url}/api/open311/v2/requests/CEC-0.xml`),
      ];
      for (const res of answers) {
        expect(res.headers.get('content-security-policy'), res.url).to.equal(CSP);
        expect(res.headers.get('x-content-type-options'), res.url).to.equal('nosniff');
        expect(res.headers.get('referrer-policy'), res.url).to.equal('no-referrer');
      }
    });

    it('keeps API answers out of caches', async () => {
      expect((await fetch(`${app.url}/api/wait-times`)).headers.get('cache-control')).to.equal('no-store');
    });
  });

  describe('CORS', () => {
    let app;
    before(async () => {
      app = await startServer({ corsOrigins: 'https://partner.example, https://parish.example/' });
    });
    after(() => app.stop());

    it('allows a configured origin', async () => {
      const res = await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' }, { Origin: 'https://parish.example' });
      expect(res.headers.get('access-control-allow-origin')).to.equal('https://parish.example');
      expect(res.headers.get('access-control-expose-headers')).to.contain('Retry-After');
      expect(res.headers.get('vary')).to.equal('Origin');
    });

    it('lets any site load the kit’s own files (a snippet’s module script is fetched with CORS)', async () => {
      const res = await fetch(`${app.url}/dist/cx-kit.js`, { headers: { Origin: 'https://any-council.example' } });
      expect(res.status, 'dist/ is built (npm run build)').to.equal(200);
      expect(res.headers.get('access-control-allow-origin')).to.equal('*');
      const page = await fetch(`${app.url}/`, { headers: { Origin: 'https://any-council.example' } });
      expect(page.headers.get('access-control-allow-origin'), 'but not the demo pages').to.equal(null);
    });

    it('sends nothing for another origin (the browser then blocks it)', async () => {
      const res = await fetch(`${app.url}/api/wait-times`, { headers: { Origin: 'https://evil.example' } });
      expect(res.headers.get('access-control-allow-origin')).to.equal(null);
    });

    it('answers a preflight for a configured origin with the methods and headers', async () => {
      const res = await fetch(`${app.url}/api/feedback`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
      });
      expect(res.status).to.equal(204);
      expect(res.headers.get('access-control-allow-origin')).to.equal('https://partner.example');
      expect(res.headers.get('access-control-allow-methods')).to.contain('POST');
      expect(res.headers.get('access-control-allow-headers')).to.contain('Idempotency-Key');
    });

    it('needs no CORS for same-origin pages, and has none when no origins are set', async () => {
      const plain = await startServer();
      try {
        const res = await fetch(`${plain.url}/api/wait-times`, { headers: { Origin: plain.url } });
        expect(res.status).to.equal(200);
        expect(res.headers.get('access-control-allow-origin')).to.equal(null);
      } finally {
        await plain.stop();
      }
    });
  });
});
