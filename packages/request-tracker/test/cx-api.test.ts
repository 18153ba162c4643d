import { expect } from '@open-wc/testing';
import { cxToTracked, cxTrackUrl, lookUpCx, readTrackerStatus } from '../src/cx-api.js';
import { TRACKER_STATUSES } from '@cx-kit/core/element';
import { cxStatus, json, never, offline, stubFetch } from './helpers.js';

describe('the cx-kit tracker API', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => fetchStub?.restore());

  it('POSTs the lookup as JSON to {api}/track, with the verifier only in the body', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    const result = await lookUpCx('https://council.example/api/', { reference: 'CEC-123456', verifier: 'jo@example.org' });
    const sent = fetchStub.calls[0];
    expect(sent.url).to.equal('https://council.example/api/track');
    expect(cxTrackUrl('/api')).to.equal('/api/track');
    expect(sent.method).to.equal('POST');
    expect(sent.headers.get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(sent.body!)).to.deep.equal({ reference: 'CEC-123456', verifier: 'jo@example.org' });
    expect(sent.url).not.to.contain('jo@example.org');
    expect(sent.credentials, 'no cookies').to.equal('omit');
    expect(result.ok && result.value.status).to.equal('acknowledged');
  });

  for (const status of TRACKER_STATUSES) {
    it(`reads a TrackerStatus with status "${status}"`, () => {
      const read = readTrackerStatus(JSON.stringify(cxStatus({ status })));
      expect(read.ok && read.value.status).to.equal(status);
    });
  }

  it('maps every field and puts events oldest first', () => {
    const tracked = cxToTracked(
      cxStatus({
        events: [
          { at: '2026-03-03T11:00:00Z', status: 'acknowledged', text: 'b' },
          { at: '2026-03-02T09:30:00Z', status: 'received', text: 'a' },
        ],
        dueDates: { acknowledgeBy: '2026-03-05', respondBy: '2026-03-16' },
        expectedBy: '2026-03-20',
        overdue: true,
      }) as never,
    );
    expect(tracked.events.map((e) => e.text)).to.deep.equal(['a', 'b']);
    expect(tracked).to.deep.include({ acknowledgeBy: '2026-03-05', respondBy: '2026-03-16', expectedBy: '2026-03-20', overdue: true, stage: 1 });
    expect(tracked.team?.name).to.equal('Customer feedback team');
    expect(tracked.service).to.deep.equal({ id: 'complaints-and-feedback', name: 'Compliments, suggestions and complaints' });
  });

  it('reports a body that does not match the contract by path, without quoting values', () => {
    const read = readTrackerStatus(JSON.stringify(cxStatus({ status: 'lost in the post', receivedAt: 'Mrs Jones, last week' })));
    expect(read.ok).to.equal(false);
    if (!read.ok) {
      expect(read.problem).to.contain('status').and.to.contain('receivedAt');
      expect(read.problem).not.to.contain('Jones');
    }
    expect(readTrackerStatus('<html>').ok).to.equal(false);
  });

  const failures: [string, () => Response | Promise<Response>, string][] = [
    ['404', () => json({ error: { code: 'not-found', message: 'No such request' } }, 404), 'not-found'],
    ['403 (wrong verifier) as if not found', () => json({ error: { code: 'not-verified', message: 'No' } }, 403), 'not-found'],
    ['422', () => json({ error: { code: 'invalid', message: 'Bad' } }, 422), 'validation'],
    ['429', () => json({ error: { code: 'rate-limited', message: 'Slow down' } }, 429, { 'Retry-After': '120' }), 'rate-limited'],
    ['503', () => new Response('', { status: 503 }), 'server-error'],
    ['a status that does not match the schema', () => json({ reference: 'CEC-123456' }), 'invalid-response'],
  ];
  for (const [what, answer, code] of failures) {
    it(`reports ${what} as ${code}`, async () => {
      fetchStub = stubFetch(() => answer());
      const result = await lookUpCx('/api', { reference: 'CEC-123456', verifier: 'CW1 2AB' });
      expect(!result.ok && result.error.code).to.equal(code);
    });
  }

  it('reports a network failure and a timeout', async () => {
    fetchStub = stubFetch(offline);
    expect(await lookUpCx('/api', { reference: 'CEC-1', verifier: 'CW1 2AB' })).to.have.nested.property('error.code', 'unreachable');
    fetchStub.then(never);
    expect(await lookUpCx('/api', { reference: 'CEC-1', verifier: 'CW1 2AB' }, { timeoutMs: 20 })).to.have.nested.property('error.code', 'timeout');
  });
});
