import { expect } from 'chai';
import { core } from '../../../demo/server/core.js';
import { SEEDED_FEEDBACK } from '../../../demo/server/seed.js';
import { complaint, manualClock, postJson, startServer } from './helpers.js';

/** The seeded examples as README.md lists them: reference, verifier, the status the tracker shows. */
const SEEDED = [
  ['CEC-100001', 'received@example.org', 'received'],
  ['CEC-100002', 'CW1 2AB', 'acknowledged'],
  ['CEC-100003', 'in.progress@example.org', 'in-progress'],
  ['CEC-100004', 'awaiting@example.org', 'awaiting-information'],
  ['CEC-100005', 'answered@example.org', 'answered'],
  ['CEC-100006', 'closed@example.org', 'closed'],
  ['CEC-100007', 'SK10 1AA', 'in-progress'],
  ['CEC-100008', 'escalated@example.org', 'escalated'],
  ['CEC-100009', 'suggestion@example.org', 'acknowledged'],
];

const track = (app, reference, verifier) => postJson(`${app.url}/api/track`, { reference, verifier });

describe('POST /api/track', () => {
  let app;
  let clock;
  beforeEach(async () => {
    clock = manualClock();
    app = await startServer({ now: clock });
  });
  afterEach(() => app.stop());

  it('knows every seeded example the README lists, in the state it names', async () => {
    expect(SEEDED_FEEDBACK.map((s) => s.reference)).to.deep.equal(SEEDED.map(([reference]) => reference));
    for (const [reference, verifier, status] of SEEDED) {
      const res = await track(app, reference, verifier);
      expect(res.status, reference).to.equal(200);
      const body = core.parseTrackerStatus(await res.json());
      expect(body.reference).to.equal(reference);
      expect(body.status, reference).to.equal(status);
    }
  });

  it('shows the overdue example as overdue and the others not', async () => {
    for (const [reference, verifier] of SEEDED) {
      const body = await (await track(app, reference, verifier)).json();
      expect(body.overdue, reference).to.equal(reference === 'CEC-100007');
    }
  });

  it('shows the escalated example at stage 2 with a later response date', async () => {
    const body = await (await track(app, 'CEC-100008', 'escalated@example.org')).json();
    expect(body.stage).to.equal(2);
    expect(body.dueDates.respondBy > core.todayInLondon(new Date(clock()))).to.equal(true);
    expect(body.events.map((e) => e.status)).to.deep.equal(['received', 'acknowledged', 'in-progress', 'answered', 'escalated']);
  });

  it('compares the verifier without regard to case or spaces', async () => {
    expect((await track(app, 'cec-100002', 'cw12ab')).status).to.equal(200);
    expect((await track(app, 'CEC-100005', '  ANSWERED@Example.ORG ')).status).to.equal(200);
  });

  it('gives the same 404 for a wrong verifier as for a reference that does not exist', async () => {
    const wrong = await track(app, 'CEC-100005', 'someone.else@example.org');
    const missing = await track(app, 'CEC-999999', 'someone.else@example.org');
    expect(wrong.status).to.equal(404);
    expect(missing.status).to.equal(404);
    const headers = (res) => [...res.headers].filter(([name]) => name !== 'date');
    expect(headers(wrong)).to.deep.equal(headers(missing));
    expect(await wrong.text()).to.equal(await missing.text());
  });

  it('does not let an Open311 report be looked up here (it has no verifier)', async () => {
    expect((await track(app, 'CEC-200001', 'CW1 2AB')).status).to.equal(404);
  });

  it('answers 422 for a lookup without a usable verifier', async () => {
    const res = await track(app, 'CEC-100005', 'not an email or postcode');
    expect(res.status).to.equal(422);
    expect((await res.json()).error.fields).to.have.property('verifier');
  });

  it('finds a complaint sent from the form by its reference, acknowledged after ACK_AFTER_MINUTES', async () => {
    const { reference, respondBy } = await (await postJson(`${app.url}/api/feedback`, complaint())).json();
    const first = core.parseTrackerStatus(await (await track(app, reference, 'ann@example.org')).json());
    expect(first.status).to.equal('received');
    expect(first.service).to.deep.equal({ id: 'missed-bin', name: 'Report a missed bin' });
    expect(first.dueDates.respondBy).to.equal(respondBy);
    clock.advance(2 * 60_000 + 59_000);
    expect((await (await track(app, reference, 'ann@example.org')).json()).status).to.equal('received');
    clock.advance(1_000);
    const later = await (await track(app, reference, 'ann@example.org')).json();
    expect(later.status).to.equal('acknowledged');
    expect(later.events.at(-1).at).to.equal('2026-11-23T10:03:00.000Z');
  });

  it('honours a different ackAfterMinutes', async () => {
    const quick = await startServer({ now: clock, ackAfterMinutes: 0 });
    try {
      const { reference } = await (await postJson(`${quick.url}/api/feedback`, complaint())).json();
      expect((await (await track(quick, reference, 'ann@example.org')).json()).status).to.equal('acknowledged');
    } finally {
      await quick.stop();
    }
  });

  it('finds a complaint by the postcode in its postal address', async () => {
    const posted = complaint({ contact: { name: 'Jo', preference: 'post', address: '1 High Street\nCrewe\nCW2 6GR' } });
    const { reference } = await (await postJson(`${app.url}/api/feedback`, posted)).json();
    expect((await track(app, reference, 'cw2 6gr')).status).to.equal(200);
  });

  it('turns overdue when the response date passes unanswered', async () => {
    const { reference } = await (await postJson(`${app.url}/api/feedback`, complaint())).json();
    clock.advance(14 * 86_400_000); // Monday 7 December: the due day itself
    expect((await (await track(app, reference, 'ann@example.org')).json()).overdue).to.equal(false);
    clock.advance(86_400_000);
    expect((await (await track(app, reference, 'ann@example.org')).json()).overdue).to.equal(true);
  });
});
