import { expect } from '@open-wc/testing';
import { lookUpOpen311, open311ToTracked, open311Url, readOpen311Json, readOpen311Xml } from '../src/open311.js';
import { open311Status } from '../src/status-words.js';
import { fixtureText, json, never, offline, stubFetch, xml } from './helpers.js';

describe('open311Url', () => {
  it('builds GET {api}/requests/{id}.json, with one slash and the id encoded', () => {
    expect(open311Url('https://council.example/open311/v2/', '638344')).to.equal('https://council.example/open311/v2/requests/638344.json');
    expect(open311Url('/api', 'a/b c')).to.equal('/api/requests/a%2Fb%20c.json');
  });

  it('asks for .xml and adds jurisdiction_id when told', () => {
    expect(open311Url('/api', '1', { format: 'xml', jurisdictionId: 'cheshire east' })).to.equal('/api/requests/1.xml?jurisdiction_id=cheshire%20east');
    expect(open311Url('/api', '1', { jurisdictionId: '' })).to.equal('/api/requests/1.json');
  });
});

describe('readOpen311Json and open311ToTracked (recorded responses)', () => {
  it('reads an open request without expected_datetime', async () => {
    const reading = readOpen311Json(JSON.parse(await fixtureText('open311-open.json')));
    expect(reading.kind).to.equal('requests');
    if (reading.kind !== 'requests') return;
    const tracked = open311ToTracked(reading.requests[0]);
    expect(tracked).to.deep.include({ api: 'open311', reference: '638344', status: 'received', stage: null, agency: 'Highways, Cheshire East Council' });
    expect(tracked.service).to.deep.equal({ name: 'Potholes' });
    expect(tracked.expectedBy).to.equal(undefined);
    expect(tracked.statusNotes, 'null fields are left out').to.equal(undefined);
    expect(tracked.events, 'requested and updated at the same moment is one event').to.have.length(1);
  });

  it('reads an extended status, notes and expected_datetime, and keeps only standard fields', async () => {
    const reading = readOpen311Json(JSON.parse(await fixtureText('open311-expected.json')));
    if (reading.kind !== 'requests') throw new Error(reading.kind);
    const tracked = open311ToTracked(reading.requests[0]);
    expect(tracked.status).to.equal('in-progress');
    expect(tracked.outcome).to.equal('action-scheduled');
    expect(tracked.expectedBy).to.equal('2026-03-13T17:00:00Z');
    expect(tracked.events.map((e) => e.status)).to.deep.equal(['received', 'in-progress']);
    expect(tracked.events[1].text).to.equal('A repair crew is booked for this street.');
    expect(JSON.stringify(tracked)).not.to.contain('Light out');
  });

  it('reads a closed request with a numeric id', async () => {
    const reading = readOpen311Json(JSON.parse(await fixtureText('open311-closed.json')));
    if (reading.kind !== 'requests') throw new Error(reading.kind);
    const tracked = open311ToTracked(reading.requests[0]);
    expect(tracked.reference).to.equal('638346');
    expect(tracked.status).to.equal('closed');
  });

  it('reads the error array format', async () => {
    const reading = readOpen311Json(JSON.parse(await fixtureText('open311-not-found.json')));
    expect(reading).to.deep.equal({ kind: 'errors', errors: [{ code: 404, description: 'Service request 999999 not found' }] });
  });

  it('unwraps { service_requests: [...] }', () => {
    const reading = readOpen311Json({ service_requests: [{ service_request_id: '1', status: 'open' }] });
    expect(reading.kind).to.equal('requests');
  });

  it('reports an answer that does not match the standard, by path only', () => {
    expect(readOpen311Json({ hello: 'world' }).kind).to.equal('invalid');
    const reading = readOpen311Json([{ service_request_id: '1', status: 'open', requested_datetime: 'yesterday, Ms Smith' }]);
    expect(reading.kind).to.equal('invalid');
    if (reading.kind === 'invalid') {
      expect(reading.problem).to.contain('requested_datetime');
      expect(reading.problem, 'values are never quoted').not.to.contain('Smith');
    }
    expect(readOpen311Json([{ status: 'open' }]).kind).to.equal('invalid');
  });

  it('normalises the ways servers spell statuses', () => {
    const reading = readOpen311Json([{ service_request_id: '1', status: 'Not Councils Responsibility' }]);
    if (reading.kind !== 'requests') throw new Error(reading.kind);
    expect(open311ToTracked(reading.requests[0])).to.deep.include({ status: 'closed', outcome: 'not-councils-responsibility' });
    const reopened = readOpen311Json([{ service_request_id: '1', status: 'REOPEN' }]);
    if (reopened.kind !== 'requests') throw new Error(reopened.kind);
    expect(open311ToTracked(reopened.requests[0]).status).to.equal('received');
  });
});

describe('open311Status', () => {
  const cases: [string, string, string | undefined][] = [
    ['open', 'received', undefined],
    ['closed', 'closed', undefined],
    ['investigating', 'in-progress', 'investigating'],
    ['in_progress', 'in-progress', 'in-progress'],
    ['IN PROGRESS', 'in-progress', 'in-progress'],
    ['action_scheduled', 'in-progress', 'action-scheduled'],
    ['planned', 'in-progress', 'planned'],
    ['fixed', 'closed', 'fixed'],
    ['duplicate', 'closed', 'duplicate'],
    ['not_councils_responsibility', 'closed', 'not-councils-responsibility'],
    ['unable_to_fix', 'closed', 'unable-to-fix'],
    ['no_further_action', 'closed', 'no-further-action'],
    ['internal_referral', 'closed', 'internal-referral'],
    ['something new', 'received', undefined],
  ];
  for (const [raw, status, outcome] of cases) {
    it(`reads "${raw}" as ${status}${outcome ? ` (${outcome})` : ''}`, () => {
      const mapped = open311Status(raw);
      expect(mapped.status).to.equal(status);
      expect(mapped.outcome).to.equal(outcome);
    });
  }
});

describe('readOpen311Xml', () => {
  it('reads a request from XML', async () => {
    const reading = readOpen311Xml(await fixtureText('open311-open.xml'));
    if (reading.kind !== 'requests') throw new Error(reading.kind);
    const tracked = open311ToTracked(reading.requests[0]);
    expect(tracked).to.deep.include({ reference: '638344', status: 'received', expectedBy: '2026-03-16T17:00:00+00:00' });
    expect(tracked.statusNotes, 'empty elements are left out').to.equal(undefined);
  });

  it('reads the XML error format', async () => {
    const reading = readOpen311Xml(await fixtureText('open311-not-found.xml'));
    expect(reading.kind).to.equal('errors');
  });

  it('reads markup inside XML as text only, and runs nothing', async () => {
    const reading = readOpen311Xml(await fixtureText('open311-hostile.xml'));
    if (reading.kind !== 'requests') throw new Error(reading.kind);
    expect(reading.requests[0].status_notes).to.equal('<img src=x onerror="window.__cxPwned = true">Repaired');
    expect(reading.requests[0].service_name).to.equal('Potholes');
    expect((window as { __cxPwned?: boolean }).__cxPwned).to.equal(undefined);
  });

  it('reports XML that is not well formed, or not service requests', () => {
    expect(readOpen311Xml('<service_requests><request>').kind).to.equal('invalid');
    expect(readOpen311Xml('<html><body>Sorry</body></html>').kind).to.equal('invalid');
  });
});

describe('lookUpOpen311', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => fetchStub?.restore());

  it('sends a GET with no credentials and no body, and maps the answer', async () => {
    fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-open.json'))));
    const result = await lookUpOpen311('https://council.example/open311/v2', '638344', { jurisdictionId: 'cheshireeast.gov.uk' });
    expect(fetchStub.calls[0].url).to.equal('https://council.example/open311/v2/requests/638344.json?jurisdiction_id=cheshireeast.gov.uk');
    expect(fetchStub.calls[0].method).to.equal('GET');
    expect(fetchStub.calls[0].credentials).to.equal('omit');
    expect(result.ok && result.value.reference).to.equal('638344');
  });

  it('asks for XML with format xml', async () => {
    fetchStub = stubFetch(xml(await fixtureText('open311-open.xml')));
    const result = await lookUpOpen311('/api', '638344', { format: 'xml' });
    expect(fetchStub.calls[0].url).to.equal('/api/requests/638344.xml');
    expect(fetchStub.calls[0].headers.get('Accept')).to.contain('xml');
    expect(result.ok).to.equal(true);
  });

  const failures: [string, () => Response | Promise<Response>, string][] = [
    ['a 404 with the error array', () => json([{ code: 404, description: 'not found' }], 404), 'not-found'],
    ['a 200 with the error array', () => json([{ code: 404, description: 'not found' }]), 'not-found'],
    ['a 400 whose error array says 404', () => json([{ code: 404, description: 'not found' }], 400), 'not-found'],
    ['a 400', () => json([{ code: 400, description: 'jurisdiction_id is required' }], 400), 'validation'],
    ['an empty array', () => json([]), 'not-found'],
    ['a 429', () => json([], 429, { 'Retry-After': '30' }), 'rate-limited'],
    ['a 500', () => new Response('<h1>Oops</h1>', { status: 500 }), 'server-error'],
    ['an HTML page with 200', () => new Response('<!doctype html><p>Welcome</p>', { status: 200 }), 'invalid-response'],
  ];
  for (const [what, answer, code] of failures) {
    it(`reports ${what} as ${code}`, async () => {
      fetchStub = stubFetch(() => answer());
      const result = await lookUpOpen311('/api', '999999');
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.code).to.equal(code);
    });
  }

  it('passes Retry-After on', async () => {
    fetchStub = stubFetch(json([], 429, { 'Retry-After': '30' }));
    const result = await lookUpOpen311('/api', '1');
    expect(!result.ok && result.error.retryAfterMs).to.equal(30_000);
  });

  it('reports a network failure and a timeout apart', async () => {
    fetchStub = stubFetch(offline);
    const network = await lookUpOpen311('/api', '1');
    expect(!network.ok && network.error.code).to.equal('unreachable');
    fetchStub.then(never);
    const timeout = await lookUpOpen311('/api', '1', { timeoutMs: 20 });
    expect(!timeout.ok && timeout.error.code).to.equal('timeout');
  });

  it('rejects with LookupAborted when the caller cancels', async () => {
    fetchStub = stubFetch(never);
    const controller = new AbortController();
    const pending = lookUpOpen311('/api', '1', { signal: controller.signal });
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).to.equal('AbortError');
  });
});
