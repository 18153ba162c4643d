import { expect } from 'chai';
import { createFaultInjector, FaultSpecError, formatFaults, noFaults, parseFaults } from '../../../demo/server/faults.js';
import { complaint, count, manualClock, postJson, signInOfficer, startServer } from './helpers.js';

const only = (kind, value = 1) => ({ ...noFaults(), [kind]: value });

describe('fault injection', () => {
  describe('FAULTS specs', () => {
    it('reads latency in milliseconds and every fault as a probability', () => {
      expect(parseFaults('latency=500,drop=0.1,error500=0.2,malformed=0.1,html=0.05,rate429=0.1')).to.deep.equal({
        latency: 500,
        rate429: 0.1,
        error500: 0.2,
        drop: 0.1,
        malformed: 0.1,
        html: 0.05,
      });
      expect(parseFaults('')).to.deep.equal(noFaults());
      expect(parseFaults(' drop = 1 , ')).to.deep.equal(only('drop'));
    });

    it('names what is wrong with a bad spec', () => {
      expect(() => parseFaults('explode=1')).to.throw(FaultSpecError, /Unknown fault "explode"/);
      expect(() => parseFaults('drop=2')).to.throw(FaultSpecError, /drop must be a probability/);
      expect(() => parseFaults('drop')).to.throw(FaultSpecError, /drop must be a probability/);
      expect(() => parseFaults('latency=-5')).to.throw(FaultSpecError, /latency/);
    });

    it('writes a config back as a spec', () => {
      expect(formatFaults(parseFaults('html=0.5,latency=20'))).to.equal('latency=20,html=0.5');
    });

    it('rolls the same faults for the same seed', () => {
      const config = parseFaults('drop=0.3,error500=0.3,malformed=0.3,rate429=0.3,html=0.3');
      const run = (seed) => {
        const faults = createFaultInjector(config, seed);
        return Array.from({ length: 50 }, () => faults.decide());
      };
      expect(run(42)).to.deep.equal(run(42));
      expect(run('demo')).to.deep.equal(run('demo'));
      expect(run(42)).to.not.deep.equal(run(43));
      const kinds = new Set(run(42).flatMap((d) => [d.before, d.after]).filter(Boolean));
      expect([...kinds].sort()).to.deep.equal(['drop', 'error500', 'html', 'malformed', 'rate429']);
    });

    it('injects at most one fault per request', () => {
      const faults = createFaultInjector(parseFaults('drop=1,error500=1,malformed=1,rate429=1,html=1'), 1);
      expect(faults.decide()).to.deep.equal({ latency: 0, before: 'rate429', after: null });
    });
  });

  describe('on the API', () => {
    let app;
    beforeEach(async () => {
      app = await startServer({ now: manualClock(), faultSeed: 7 });
    });
    afterEach(() => app.stop());

    const send = (key) => postJson(`${app.url}/api/feedback`, complaint(), key ? { 'Idempotency-Key': key } : {});

    it('error500: answers 500 before filing anything', async () => {
      app.env.faults.set(only('error500'));
      const before = (await count(app.env));
      const res = await send('k');
      expect(res.status).to.equal(500);
      expect((await res.json()).error.code).to.equal('server-error');
      expect((await count(app.env))).to.equal(before);
    });

    it('rate429: answers 429 with Retry-After before filing anything', async () => {
      app.env.faults.set(only('rate429'));
      const before = (await count(app.env));
      const res = await send('k');
      expect(res.status).to.equal(429);
      expect(res.headers.get('retry-after')).to.equal('1');
      expect((await count(app.env))).to.equal(before);
    });

    it('drop: cuts the connection after filing; the retry with the same key gets that one record', async () => {
      app.env.faults.set(only('drop'));
      const before = (await count(app.env));
      let failed = false;
      try {
        const res = await send('dropped-key');
        await res.text(); // the headers came; the body never completes
      } catch {
        failed = true;
      }
      expect(failed).to.equal(true);
      expect((await count(app.env))).to.equal(before + 1);

      app.env.faults.set(noFaults());
      const retry = await send('dropped-key');
      expect(retry.status).to.equal(201);
      expect(retry.headers.get('idempotent-replayed')).to.equal('true');
      const receipt = await retry.json();
      expect(await app.env.store.get(receipt.reference)).to.not.equal(undefined);
      expect((await count(app.env))).to.equal(before + 1);
    });

    it('malformed: a 201 whose JSON is cut short; the retry still files nothing new', async () => {
      app.env.faults.set(only('malformed'));
      const before = (await count(app.env));
      const res = await send('malformed-key');
      expect(res.status).to.equal(201);
      const text = await res.text();
      expect(() => JSON.parse(text)).to.throw(SyntaxError);
      app.env.faults.set(noFaults());
      const receipt = await (await send('malformed-key')).json();
      expect(text.length).to.be.greaterThan(0);
      expect(JSON.stringify(receipt).startsWith(text)).to.equal(true);
      expect((await count(app.env))).to.equal(before + 1);
    });

    it('html: an HTML page with status 200 where JSON was expected', async () => {
      app.env.faults.set(only('html'));
      const res = await fetch(`${app.url}/api/wait-times`);
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-type')).to.equal('text/html; charset=utf-8');
      expect(await res.text()).to.match(/^<!doctype html>/);
    });

    it('latency: waits before answering', async () => {
      app.env.faults.set({ ...noFaults(), latency: 150 });
      const started = Date.now();
      await fetch(`${app.url}/api/wait-times`);
      expect(Date.now() - started).to.be.at.least(140);
    });

    it('leaves pages and the admin alone', async () => {
      app.env.faults.set(only('error500'));
      expect((await fetch(`${app.url}/`)).status).to.equal(200);
      const officer = await signInOfficer(app.url, app.env);
      expect((await officer.get('/admin')).status).to.equal(200);
      expect((await fetch(`${app.url}/api/wait-times`)).status).to.equal(500);
    });

    it('never files twice however many faults a client retries through', async () => {
      app.env.faults.set(parseFaults('drop=0.25,error500=0.25,malformed=0.25,rate429=0.1'));
      const before = (await count(app.env));
      let receipt;
      let attempts = 0;
      for (; attempts < 40 && !receipt; attempts++) {
        try {
          const res = await send('stubborn-key');
          const text = await res.text();
          if (res.status === 201) receipt = JSON.parse(text);
        } catch {
          // dropped, or cut short: try again with the same key
        }
      }
      expect(receipt, 'a clean answer within 40 tries').to.not.equal(undefined);
      expect(attempts, 'the seed gives some faults first').to.be.greaterThan(2);
      expect((await count(app.env))).to.equal(before + 1);
    });
  });

  describe('settings', () => {
    it('takes FAULTS from createServer options', async () => {
      const app = await startServer({ faults: 'error500=1' });
      try {
        expect((await fetch(`${app.url}/api/wait-times`)).status).to.equal(500);
      } finally {
        await app.stop();
      }
    });

    it('gives the same answers to the same requests with the same FAULT_SEED', async () => {
      const statuses = async (seed) => {
        const app = await startServer({ faults: 'error500=0.5', faultSeed: seed });
        try {
          const out = [];
          for (let i = 0; i < 12; i++) out.push((await fetch(`${app.url}/api/wait-times`)).status);
          return out;
        } finally {
          await app.stop();
        }
      };
      const first = await statuses(1234);
      expect(first).to.include(500).and.to.include(200);
      expect(await statuses(1234)).to.deep.equal(first);
    });

    it('can be switched from the admin page', async () => {
      const app = await startServer();
      try {
        const officer = await signInOfficer(app.url, app.env);
        const res = await officer.post('/admin/faults', { latency: '0', error500: '1', drop: '' });
        expect(res.status).to.equal(303);
        expect(res.headers.get('location')).to.equal('/admin?done=faults');
        expect(app.env.faults.config.error500).to.equal(1);
        expect((await fetch(`${app.url}/api/wait-times`)).status).to.equal(500);
        const page = await (await officer.get('/admin?done=faults')).text();
        expect(page).to.contain('name="error500" inputmode="decimal" value="1"');
        const bad = await officer.post('/admin/faults', { drop: '7' });
        expect(bad.status).to.equal(400);
        expect(await bad.text()).to.contain('drop must be a probability');
      } finally {
        await app.stop();
      }
    });
  });
});
