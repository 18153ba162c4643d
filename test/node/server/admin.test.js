import { expect } from 'chai';
import { complaint, count, manualClock, postJson, signInOfficer, startServer } from './helpers.js';

describe('the admin page', () => {
  let app;
  let clock;
  let officer;
  const post = (_app, path, fields, headers) => officer.post(path, fields, headers);
  beforeEach(async () => {
    clock = manualClock();
    app = await startServer({ now: clock });
    officer = await signInOfficer(app.url, app.env);
  });
  afterEach(() => app.stop());

  const status = async (reference, verifier) => (await postJson(`${app.url}/api/track`, { reference, verifier })).json();

  it('lists every record with buttons that are plain forms', async () => {
    const res = await officer.get('/admin');
    expect(res.status).to.equal(200);
    const page = await res.text();
    for (const reference of ['CEC-100001', 'CEC-100008', 'CEC-200001', 'CEC-200004']) expect(page).to.contain(`<th scope="row">${reference}</th>`);
    expect(page).to.contain('<form method="post" action="/admin/records/CEC-100002" class="inline">');
    expect(page).to.contain(`<input type="hidden" name="csrf" value="${officer.csrf}">`);
    expect(page).to.contain('<form method="post" action="/admin/faults">');
    expect(page).to.not.match(/<script|onclick=|style=/);
  });

  it('moves a record on, and the tracker shows it', async () => {
    const res = await post(app, '/admin/records/CEC-100003', { status: 'answered' });
    expect(res.status).to.equal(303);
    expect(res.headers.get('location')).to.equal('/admin?done=moved');
    const now = await status('CEC-100003', 'in.progress@example.org');
    expect(now.status).to.equal('answered');
    expect(now.events.at(-1)).to.deep.equal({ at: '2026-11-23T10:00:00.000Z', status: 'answered', text: 'We sent you our full response.', stage: 1 });
  });

  it('keeps the automatic acknowledgement in the history when a new complaint is moved on', async () => {
    const { reference } = await (await postJson(`${app.url}/api/feedback`, complaint())).json();
    clock.advance(10 * 60_000);
    await post(app, `/admin/records/${reference}`, { status: 'in-progress' });
    const now = await status(reference, 'ann@example.org');
    expect(now.events.map((e) => [e.status, e.at])).to.deep.equal([
      ['received', '2026-11-23T10:00:00.000Z'],
      ['acknowledged', '2026-11-23T10:03:00.000Z'],
      ['in-progress', '2026-11-23T10:10:00.000Z'],
    ]);
  });

  it('escalates an answered complaint to stage 2 with a new response date', async () => {
    await post(app, '/admin/records/CEC-100005', { status: 'escalated' });
    const now = await status('CEC-100005', 'answered@example.org');
    expect(now.status).to.equal('escalated');
    expect(now.stage).to.equal(2);
    expect(now.dueDates.respondBy).to.equal('2026-12-21'); // 20 working days from Monday 23 November 2026
  });

  it('refuses a move the record cannot make', async () => {
    const res = await post(app, '/admin/records/CEC-100001', { status: 'closed' });
    expect(res.status).to.equal(400);
    expect((await status('CEC-100001', 'received@example.org')).status).to.equal('received');
  });

  it('closes and reopens an Open311 report', async () => {
    await post(app, '/admin/records/CEC-200001', { status: 'closed' });
    const [closed] = await (await fetch(`${app.url}/api/open311/v2/requests/CEC-200001.json`)).json();
    expect(closed.status).to.equal('closed');
    expect(closed.updated_datetime).to.equal('2026-11-23T10:00:00+00:00');
    await post(app, '/admin/records/CEC-200001', { status: 'open' });
    const [reopened] = await (await fetch(`${app.url}/api/open311/v2/requests/CEC-200001.json`)).json();
    expect(reopened.status).to.equal('open');
  });

  it('refuses actions posted from another site', async () => {
    const res = await post(app, '/admin/records/CEC-100003', { status: 'answered' }, { Origin: 'https://evil.example' });
    expect(res.status).to.equal(403);
    const fetchSite = await post(app, '/admin/reset', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(fetchSite.status).to.equal(403);
    expect((await status('CEC-100003', 'in.progress@example.org')).status).to.equal('in-progress');
  });

  it('accepts actions from its own page', async () => {
    const res = await post(app, '/admin/records/CEC-100003', { status: 'answered' }, { Origin: app.url, 'Sec-Fetch-Site': 'same-origin' });
    expect(res.status).to.equal(303);
  });

  it('accepts its own page’s posts when the browser sends Origin: null (our Referrer-Policy is no-referrer)', async () => {
    const res = await post(app, '/admin/records/CEC-100003', { status: 'answered' }, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' });
    expect(res.status).to.equal(303);
    const forged = await post(app, '/admin/records/CEC-100003', { status: 'closed' }, { Origin: 'null' });
    expect(forged.status, 'Origin null with no Sec-Fetch-Site').to.equal(403);
  });

  it('resets the demo: new records go, the examples come back', async () => {
    const { reference } = await (await postJson(`${app.url}/api/feedback`, complaint())).json();
    await post(app, '/admin/records/CEC-100003', { status: 'answered' });
    const seeded = (await count(app.env)) - 1;
    expect((await post(app, '/admin/reset', {})).status).to.equal(303);
    expect((await count(app.env))).to.equal(seeded);
    expect((await postJson(`${app.url}/api/track`, { reference, verifier: 'ann@example.org' })).status).to.equal(404);
    expect((await status('CEC-100003', 'in.progress@example.org')).status).to.equal('in-progress');
  });
});
