import { expect } from 'chai';
import { core } from '../../../demo/server/core.js';
import { count, manualClock, postForm, postJson, startServer } from './helpers.js';

const V2 = '/api/open311/v2';

describe('Open311 GeoReport v2', () => {
  let app;
  let clock;
  beforeEach(async () => {
    clock = manualClock();
    app = await startServer({ now: clock });
  });
  afterEach(() => app.stop());

  const get = (path) => fetch(`${app.url}${V2}${path}`);

  describe('GET services.json', () => {
    it("lists the default charter's services as service definitions", async () => {
      const res = await get('/services.json');
      expect(res.status).to.equal(200);
      const services = await res.json();
      expect(services).to.have.length(core.defaultCharter.services.length);
      const bins = services.find((s) => s.service_code === 'missed-bin');
      expect(bins).to.include({ service_name: 'Report a missed bin', metadata: false, type: 'realtime' });
      expect(bins.keywords.split(',')).to.include('missed bin');
    });

    it('is also served as XML, with the content type the standard names ("text/xml")', async () => {
      const res = await get('/services.xml');
      expect(res.headers.get('content-type')).to.match(/^text\/xml/);
      const text = await res.text();
      expect(text).to.match(/^<\?xml version="1.0" encoding="utf-8"\?>\n<services>/);
      expect(text).to.contain('<service_code>missed-bin</service_code>');
    });
  });

  describe('GET requests/{id}.json', () => {
    it('answers an array with the one request, valid against the tracker schema', async () => {
      const res = await get('/requests/CEC-200001.json');
      expect(res.status).to.equal(200);
      const requests = core.parseOpen311Requests(await res.json());
      expect(requests).to.have.length(1);
      expect(requests[0]).to.include({ service_request_id: 'CEC-200001', status: 'open', service_code: 'missed-bin' });
      expect(requests[0].expected_datetime).to.be.a('string');
    });

    it('leaves expected_datetime out when there is none, and shows closed requests', async () => {
      const [open] = await (await get('/requests/CEC-200002.json')).json();
      expect(open).to.not.have.property('expected_datetime');
      const [closed] = await (await get('/requests/CEC-200003.json')).json();
      expect(closed.status).to.equal('closed');
      expect(closed.status_notes).to.equal('The area was cleaned.');
    });

    it('answers 404 with the standard error array', async () => {
      const res = await get('/requests/CEC-999999.json');
      expect(res.status).to.equal(404);
      const errors = core.parseOpen311Errors(await res.json());
      expect(errors).to.have.length(1);
      expect(errors[0].code).to.equal(404);
      expect(errors[0].description).to.contain('CEC-999999');
    });

    it('does not publish complaints (they are private) through Open311', async () => {
      expect((await get('/requests/CEC-100005.json')).status).to.equal(404);
    });
  });

  describe('GET requests/{id}.xml', () => {
    it('answers <service_requests><request>…</request></service_requests>', async () => {
      const res = await get('/requests/CEC-200001.xml');
      expect(res.status).to.equal(200);
      const text = await res.text();
      expect(text).to.match(/<service_requests>\s*<request>\s*<service_request_id>CEC-200001<\/service_request_id>\s*<status>open<\/status>/);
      expect(text.trim().endsWith('</request>\n</service_requests>')).to.equal(true);
    });

    it('escapes what residents typed', async () => {
      const posted = await postForm(`${app.url}${V2}/requests.json`, { service_code: 'fly-tipping', address_string: 'Lane & "Field" <north>', description: "It's <b>bad</b> & getting worse" });
      const [{ service_request_id: id }] = await posted.json();
      const text = await (await get(`/requests/${id}.xml`)).text();
      expect(text).to.contain('<description>It&apos;s &lt;b&gt;bad&lt;/b&gt; &amp; getting worse</description>');
      expect(text).to.contain('<address>Lane &amp; &quot;Field&quot; &lt;north&gt;</address>');
      expect(text).to.not.contain('<b>');
    });

    it('answers 404 as an XML error list', async () => {
      const res = await get('/requests/CEC-999999.xml');
      expect(res.status).to.equal(404);
      expect(await res.text()).to.match(/<errors>\s*<error>\s*<code>404<\/code>\s*<description>There is no service request CEC-999999\.<\/description>/);
    });
  });

  describe('GET requests.json', () => {
    it('lists every seeded report within the last 90 days, newest first', async () => {
      const requests = core.parseOpen311Requests(await (await get('/requests.json')).json());
      expect(requests.map((r) => r.service_request_id)).to.deep.equal(['CEC-200001', 'CEC-200002', 'CEC-200003', 'CEC-200004']);
    });

    it('filters by a list of ids, ignoring every other filter', async () => {
      const requests = await (await get('/requests.json?service_request_id=CEC-200003,cec-200001&status=open')).json();
      expect(requests.map((r) => r.service_request_id).sort()).to.deep.equal(['CEC-200001', 'CEC-200003']);
    });

    it('filters by status and service code', async () => {
      const closed = await (await get('/requests.json?status=closed')).json();
      expect(closed.map((r) => r.status)).to.deep.equal(['closed', 'closed']);
      const bins = await (await get('/requests.json?service_code=missed-bin')).json();
      expect(bins.map((r) => r.service_request_id)).to.deep.equal(['CEC-200001']);
    });

    it('filters by start_date and end_date', async () => {
      // Seeded 1, 3, 10 and 20 working days before Monday 23 November 2026.
      const recent = await (await get('/requests.json?start_date=2026-11-16T00:00:00Z')).json();
      expect(recent.map((r) => r.service_request_id)).to.deep.equal(['CEC-200001', 'CEC-200002']);
      const older = await (await get('/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-11-16T00:00:00Z')).json();
      expect(older.map((r) => r.service_request_id)).to.deep.equal(['CEC-200003', 'CEC-200004']);
    });

    it('leaves out requests older than 90 days when no dates are given', async () => {
      clock.advance(120 * 86_400_000);
      expect(await (await get('/requests.json')).json()).to.deep.equal([]);
    });

    it('answers 400 in the standard format for a date that is not one', async () => {
      const res = await get('/requests.json?start_date=yesterday');
      expect(res.status).to.equal(400);
      const [error] = core.parseOpen311Errors(await res.json());
      expect(error.description).to.contain('start_date');
    });
  });

  describe('POST requests.json', () => {
    it('files a report and answers [{ service_request_id, service_notice }]', async () => {
      const before = (await count(app.env, 'open311'));
      const res = await postForm(`${app.url}${V2}/requests.json`, {
        service_code: 'missed-bin',
        lat: '53.0979',
        long: '-2.4412',
        description: 'Grey bin missed',
        email: 'reporter@example.org',
        first_name: 'Rae',
      });
      expect(res.status).to.equal(201);
      const body = await res.json();
      expect(body).to.have.length(1);
      expect(body[0].service_request_id).to.match(/^CEC-\d{4}-\d{4}$/);
      expect(body[0].service_notice).to.be.a('string').and.not.equal('');
      expect((await count(app.env, 'open311'))).to.equal(before + 1);

      const [published] = core.parseOpen311Requests(await (await get(`/requests/${body[0].service_request_id}.json`)).json());
      expect(published).to.include({ status: 'open', service_code: 'missed-bin', description: 'Grey bin missed', lat: 53.0979, long: -2.4412 });
      expect(published.requested_datetime).to.equal('2026-11-23T10:00:00+00:00');
      expect(JSON.stringify(published)).to.not.contain('reporter@example.org');
      expect(JSON.stringify(published)).to.not.contain('Rae');
    });

    it('is idempotent on Idempotency-Key too', async () => {
      const fields = { service_code: 'missed-bin', address_string: '1 Example Road' };
      const a = await (await postForm(`${app.url}${V2}/requests.json`, fields, { 'Idempotency-Key': 'o-1' })).json();
      const replay = await postForm(`${app.url}${V2}/requests.json`, fields, { 'Idempotency-Key': 'o-1' });
      expect(replay.headers.get('idempotent-replayed')).to.equal('true');
      expect(await replay.json()).to.deep.equal(a);
    });

    it('answers the XML form for requests.xml', async () => {
      const res = await postForm(`${app.url}${V2}/requests.xml`, { service_code: 'missed-bin', address_string: '1 Example Road' });
      expect(res.status).to.equal(201);
      expect(await res.text()).to.match(/<service_requests>\s*<request>\s*<service_request_id>CEC-\d{4}-\d{4}<\/service_request_id>\s*<service_notice>/);
    });

    it('answers 400 with one error per problem', async () => {
      const before = (await count(app.env, 'open311'));
      const res = await postForm(`${app.url}${V2}/requests.json`, { lat: '95', email: 'nope' });
      expect(res.status).to.equal(400);
      const errors = core.parseOpen311Errors(await res.json());
      const text = errors.map((e) => e.description).join('\n');
      expect(errors.every((e) => e.code === 400)).to.equal(true);
      expect(text).to.contain('service_code was not provided');
      expect(text).to.contain('lat must be a latitude');
      expect(text).to.contain('email is not an email address');
      expect((await count(app.env, 'open311'))).to.equal(before);
    });

    it('asks for a location', async () => {
      const res = await postForm(`${app.url}${V2}/requests.json`, { service_code: 'missed-bin' });
      expect(res.status).to.equal(400);
      expect((await res.json())[0].description).to.contain('location is required');
    });

    it('answers 404 for a service it does not offer, as the standard lists: "404 - service_code or jurisdiction_id was not found"', async () => {
      const res = await postForm(`${app.url}${V2}/requests.json`, { service_code: 'moon-landings', address_string: 'Moon' });
      expect(res.status).to.equal(404);
      expect((await count(app.env, 'open311'))).to.equal(4);
      expect((await res.json())[0].description).to.contain('moon-landings');
    });

    it('answers 415 in the standard format for a JSON body', async () => {
      const res = await postJson(`${app.url}${V2}/requests.json`, { service_code: 'missed-bin' });
      expect(res.status).to.equal(415);
      expect(core.parseOpen311Errors(await res.json())[0].code).to.equal(415);
    });
  });

  describe('service discovery ("The service discovery document is required")', () => {
    it('serves discovery.json beside v2/, listing this endpoint, its specification, formats and contact', async () => {
      const res = await fetch(`${app.url}/api/open311/discovery.json`);
      expect(res.status).to.equal(200);
      const doc = await res.json();
      expect(doc.contact).to.contain('Cheshire East Council');
      expect(doc.changeset).to.match(/^\d{4}-\d{2}-\d{2}T/);
      expect(doc.endpoints).to.have.length(1);
      const [endpoint] = doc.endpoints;
      expect(endpoint).to.include({ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${app.url}/api/open311/v2`, type: 'production' });
      expect(endpoint.formats).to.deep.equal(['application/json', 'text/xml']);
      // The endpoint it names answers.
      expect((await fetch(`${endpoint.url}/services.json`)).status).to.equal(200);
    });

    it('serves discovery.xml as text/xml with the same endpoint', async () => {
      const res = await fetch(`${app.url}/api/open311/discovery.xml`);
      expect(res.headers.get('content-type')).to.match(/^text\/xml/);
      const text = await res.text();
      expect(text).to.match(/^<\?xml version="1.0" encoding="utf-8"\?>\n<discovery>/);
      expect(text).to.contain(`<url>${app.url}/api/open311/v2</url>`);
      expect(text).to.contain('<specification>http://wiki.open311.org/GeoReport_v2</specification>');
      expect(text).to.contain('<format>text/xml</format>');
    });
  });
});
