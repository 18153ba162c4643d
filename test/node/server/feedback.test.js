import { expect } from 'chai';
import { core } from '../../../demo/server/core.js';
import { hasValidCheckDigit } from '../../../demo/server/references.js';
import { complaint, count, manualClock, postJson, startServer } from './helpers.js';

describe('POST /api/feedback (JSON)', () => {
  let app;
  beforeEach(async () => {
    app = await startServer({ now: manualClock() });
  });
  afterEach(() => app.stop());

  it('files a complaint and answers 201 with a receipt in the charter format and its dates', async () => {
    const before = (await count(app.env));
    const res = await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'k-1' });
    expect(res.status).to.equal(201);
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    const receipt = core.parseFeedbackReceipt(await res.json());
    expect(receipt.reference).to.match(/^CEC-\d{4}-\d{4}$/);
    expect(hasValidCheckDigit(receipt.reference), receipt.reference).to.equal(true);
    expect(receipt.receivedAt).to.equal('2026-11-23T10:00:00.000Z');
    // Issue 6's worked example: sent on Monday 23 November 2026.
    expect(receipt.acknowledgeBy).to.equal('2026-11-26');
    expect(receipt.respondBy).to.equal('2026-12-07');
    expect((await count(app.env))).to.equal(before + 1);
  });

  it('answers a robot that filled in the honeypot like anyone else, and files nothing', async () => {
    const before = (await count(app.env));
    const robot = complaint();
    robot.client = { ...robot.client, honeypot: 'https://spam.example' };
    const res = await postJson(`${app.url}/api/feedback`, robot, { 'Idempotency-Key': 'robot-1' });
    expect(res.status).to.equal(201);
    expect(core.parseFeedbackReceipt(await res.json()).reference).to.match(/^CEC-\d{4}-\d{4}$/);
    expect((await count(app.env))).to.equal(before);
  });

  it('files a submission filled in faster than a person could, flagged for a person to look at', async () => {
    const quick = complaint();
    quick.client = { startedAt: '2026-11-23T09:59:59.000Z', submittedAt: '2026-11-23T10:00:00.000Z' };
    const res = await postJson(`${app.url}/api/feedback`, quick, { 'Idempotency-Key': 'quick-1' });
    const { reference } = await res.json();
    const record = (await app.env.store.list('feedback')).find((r) => r.reference === reference);
    expect(record.flags).to.deep.equal(['filled-in-very-quickly']);
    const slow = complaint({ client: { startedAt: '2026-11-23T09:50:00.000Z', submittedAt: '2026-11-23T10:00:00.000Z' } });
    const unhurried = await (await postJson(`${app.url}/api/feedback`, slow, { 'Idempotency-Key': 'slow-1' })).json();
    expect((await app.env.store.list('feedback')).find((r) => r.reference === unhurried.reference).flags).to.equal(undefined);
  });

  it('gives a stage 2 review 20 working days', async () => {
    const res = await postJson(
      `${app.url}/api/feedback`,
      complaint({ type: 'stage-2', relatedReference: 'CEC-100005', reasonNotSatisfied: 'The answer missed my point.' }),
    );
    expect(res.status).to.equal(201);
    const receipt = await res.json();
    // Counted by hand: 24–27 Nov (4), 30 Nov–4 Dec (9), 7–11 Dec (14), 14–18 Dec (19), Monday 21 December (20).
    expect(receipt.respondBy).to.equal('2026-12-21');
    expect(receipt.acknowledgeBy).to.equal('2026-11-26');
  });

  it('escalates the stage 1 complaint a review names, when the same person asks', async () => {
    const res = await postJson(
      `${app.url}/api/feedback`,
      complaint({ type: 'stage-2', relatedReference: 'CEC-100005', reasonNotSatisfied: 'Not resolved.', contact: { name: 'Alex', preference: 'email', email: 'ANSWERED@example.org' } }),
    );
    const { reference } = await res.json();
    const track = await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' });
    const status = await track.json();
    expect(status.status).to.equal('escalated');
    expect(status.stage).to.equal(2);
    expect(status.events.at(-1).text).to.contain(reference);
  });

  it("leaves someone else's complaint alone when a review names it", async () => {
    await postJson(`${app.url}/api/feedback`, complaint({ type: 'stage-2', relatedReference: 'CEC-100005', reasonNotSatisfied: 'Not resolved.' }));
    const status = await (await postJson(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' })).json();
    expect(status.status).to.equal('answered');
    expect(status.stage).to.equal(1);
  });

  it('answers 422 naming each field that is wrong, and files nothing', async () => {
    const before = (await count(app.env));
    const res = await postJson(`${app.url}/api/feedback`, complaint({ details: '  ', contact: { name: 'Ann', preference: 'email', email: 'not-an-email' } }));
    expect(res.status).to.equal(422);
    const body = core.parseApiError(await res.json());
    expect(body.error.code).to.equal('invalid');
    expect(body.error.fields).to.have.property('details', 'Enter your feedback');
    expect(body.error.fields['contact.email']).to.match(/email address/);
    expect((await count(app.env))).to.equal(before);
  });

  it("answers 422 for a service the charter does not have", async () => {
    const res = await postJson(`${app.url}/api/feedback`, complaint({ service: 'moon-landings' }));
    expect(res.status).to.equal(422);
    expect((await res.json()).error.fields).to.have.property('service');
  });

  it('answers 422 when the feedback is longer than the charter allows', async () => {
    const res = await postJson(`${app.url}/api/feedback`, complaint({ details: 'x'.repeat(core.defaultCharter.feedback.maxLength + 1) }));
    expect(res.status).to.equal(422);
    expect((await res.json()).error.fields.details).to.contain(String(core.defaultCharter.feedback.maxLength));
  });

  it('answers 400 for JSON that does not parse, and 415 for another media type', async () => {
    const bad = await postJson(`${app.url}/api/feedback`, '{"type": "complaint",');
    expect(bad.status).to.equal(400);
    expect((await bad.json()).error.code).to.equal('malformed-json');
    const text = await fetch(`${app.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(text.status).to.equal(415);
    expect((await text.json()).error.code).to.equal('unsupported-media-type');
  });

  describe('idempotency', () => {
    it('files once for the same key and answers the repeat with the first receipt', async () => {
      const before = (await count(app.env));
      const first = await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'same-key' });
      const second = await postJson(`${app.url}/api/feedback`, complaint({ client: { startedAt: '2026-11-23T09:00:00Z', submittedAt: '2026-11-23T09:59:00Z' } }), { 'Idempotency-Key': 'same-key' });
      expect(first.status).to.equal(201);
      expect(second.status).to.equal(201);
      expect(first.headers.get('idempotent-replayed')).to.equal(null);
      expect(second.headers.get('idempotent-replayed')).to.equal('true');
      expect(await second.json()).to.deep.equal(await first.json());
      expect((await count(app.env))).to.equal(before + 1);
    });

    it('files again for a different key', async () => {
      const a = await (await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'key-a' })).json();
      const b = await (await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'key-b' })).json();
      expect(a.reference).to.not.equal(b.reference);
    });

    it('files every time when there is no key', async () => {
      const before = (await count(app.env));
      await postJson(`${app.url}/api/feedback`, complaint());
      await postJson(`${app.url}/api/feedback`, complaint());
      expect((await count(app.env))).to.equal(before + 2);
    });

    it('refuses a key that is not a plain token', async () => {
      const res = await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'has space' });
      expect(res.status).to.equal(400);
      expect((await res.json()).error.code).to.equal('bad-idempotency-key');
    });

    it('replays a key even after a failed validation with the same key was answered 422', async () => {
      const bad = await postJson(`${app.url}/api/feedback`, complaint({ details: '' }), { 'Idempotency-Key': 'fix-and-retry' });
      expect(bad.status).to.equal(422);
      const good = await postJson(`${app.url}/api/feedback`, complaint(), { 'Idempotency-Key': 'fix-and-retry' });
      expect(good.status).to.equal(201);
      expect(good.headers.get('idempotent-replayed')).to.equal(null);
    });
  });
});
