// Issue 13.3, the server's part: a stage 2 review names its complaint and
// the verifier; the complaint keeps its reference through both stages, and
// the tracker status lists both stages as one timeline.
import { expect } from 'chai';
import { core } from '../../../demo/server/core.js';
import { count, manualClock, postJson, startServer } from './helpers.js';

/** A review request as the form sends it for a complaint it found. */
function reviewOf(reference, verifier, changes = {}) {
  const at = '2026-11-23T09:50:00.000Z';
  return {
    type: 'stage-2',
    service: null,
    details: '',
    review: { reference, verifier },
    reasonNotSatisfied: 'The response did not explain why the bin was missed twice.',
    wantedOutcome: 'An apology and a collection this week.',
    contact: { name: 'Alex Example', preference: 'email', email: 'answered@example.org' },
    consent: true,
    locale: 'en-GB',
    client: { startedAt: at, submittedAt: at },
    ...changes,
  };
}

describe('one complaint, from stage 1 to stage 2', () => {
  let app;
  beforeEach(async () => {
    app = await startServer({ now: manualClock() });
  });
  afterEach(() => app.stop());

  const track = async (reference, verifier) => (await postJson(`${app.url}/api/track`, { reference, verifier })).json();

  it('keeps the complaint’s reference: the receipt is for it at stage 2, with the stage 2 dates, and nothing new is filed', async () => {
    const before = await count(app.env);
    const res = await postJson(`${app.url}/api/feedback`, reviewOf('CEC-100005', 'answered@example.org'), { 'Idempotency-Key': 'review-1' });
    expect(res.status).to.equal(201);
    const receipt = core.parseFeedbackReceipt(await res.json());
    expect(receipt).to.include({ reference: 'CEC-100005', stage: 2, respondBy: '2026-12-21' }); // 20 working days from Monday 23 November 2026
    expect(await count(app.env)).to.equal(before);

    const status = core.parseTrackerStatus(await track('CEC-100005', 'answered@example.org'));
    expect(status).to.include({ status: 'escalated', stage: 2 });
    expect(status.stages.map((s) => s.stage)).to.deep.equal([1, 2]);
    expect(status.stages[0].answeredAt).to.be.a('string');
    expect(status.stages[1]).to.include({ receivedAt: '2026-11-23T10:00:00.000Z', respondBy: '2026-12-21' });
    expect(status.events.at(-1)).to.include({ status: 'escalated', stage: 2 });
    expect(status.events[0]).to.include({ status: 'received', stage: 1 });
    const record = await app.env.store.get('CEC-100005');
    expect(record.review).to.include({ reasonNotSatisfied: 'The response did not explain why the bin was missed twice.', wantedOutcome: 'An apology and a collection this week.' });
  });

  it('answers a retry with the same key with the same receipt, escalating once', async () => {
    const first = await (await postJson(`${app.url}/api/feedback`, reviewOf('CEC-100005', 'answered@example.org'), { 'Idempotency-Key': 'review-2' })).json();
    const again = await postJson(`${app.url}/api/feedback`, reviewOf('CEC-100005', 'answered@example.org'), { 'Idempotency-Key': 'review-2' });
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
    expect(await again.json()).to.deep.equal(first);
    const status = await track('CEC-100005', 'answered@example.org');
    expect(status.events.filter((e) => e.status === 'escalated')).to.have.length(1);
  });

  it('refuses a review whose verifier does not match, at review.verifier, the same as for an unknown reference', async () => {
    const wrong = await postJson(`${app.url}/api/feedback`, reviewOf('CEC-100005', 'someone.else@example.org'));
    const unknown = await postJson(`${app.url}/api/feedback`, reviewOf('CEC-999999', 'answered@example.org'));
    expect(wrong.status).to.equal(422);
    const body = await wrong.json();
    expect(Object.keys(body.error.fields)).to.deep.equal(['review.verifier']);
    expect(await unknown.json()).to.deep.equal(body);
    expect((await track('CEC-100005', 'answered@example.org')).status).to.equal('answered');
  });

  it('refuses a review of a complaint not yet answered, at review.reference', async () => {
    const res = await postJson(`${app.url}/api/feedback`, reviewOf('CEC-100003', 'in.progress@example.org'));
    expect(res.status).to.equal(422);
    expect((await res.json()).error.fields['review.reference']).to.contain('not answered this complaint yet');
  });

  it('shows a complaint still at stage 1 with its one stage', async () => {
    const status = core.parseTrackerStatus(await track('CEC-100003', 'in.progress@example.org'));
    expect(status.stage).to.equal(1);
    expect(status.stages).to.have.length(1);
    expect(status.stages[0]).to.include({ stage: 1, respondBy: status.dueDates.respondBy });
  });
});
