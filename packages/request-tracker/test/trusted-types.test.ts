// The tracker on a page that requires Trusted Types, as the demo and many
// councils' sites do: an Open311 XML lookup must work there (DOMParser is a
// Trusted Types sink, so the tracker reads XML without it), and nothing the
// server sends may run. The policy is added as a <meta> before anything
// renders; lit made its own `lit-html` policy when it was imported.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CxRequestTracker } from '../src/cx-request-tracker.js';
import '../../kit/src/entries/cx-request-tracker.js';
import { stubFetch, text, xml } from './helpers.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.sample ?? ''}`));
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
document.head.append(meta);

const answer = (fields: string) =>
  `<?xml version="1.0" encoding="utf-8"?><service_requests><request><service_request_id>638344</service_request_id><status>open</status>${fields}<requested_datetime>2026-03-02T10:15:00+00:00</requested_datetime><expected_datetime>2026-03-16T17:00:00+00:00</expected_datetime></request></service_requests>`;

describe('<cx-request-tracker format="xml"> under require-trusted-types-for', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => fetchStub?.restore());

  it('the policy is enforced on this page', async () => {
    expect(() => new DOMParser().parseFromString('<a/>', 'application/xml')).to.throw(TypeError);
    await waitUntil(() => violations.length > 0, 'the violation was not reported');
    violations.length = 0;
  });

  it('looks a request up in XML and shows it, with no violation', async () => {
    violations.length = 0;
    fetchStub = stubFetch(xml(answer('<service_name>Potholes</service_name><status_notes>A crew is booked.</status_notes>')));
    const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/x" api-kind="open311" format="xml" reference="638344" now="2026-03-04"></cx-request-tracker>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.cx-request, .cx-failure'), 'the lookup did not finish', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.cx-failure'), text(el)).to.equal(null);
    expect(text(el)).to.contain('Potholes').and.contain('A crew is booked.').and.contain('We expect to finish by Monday 16 March 2026.');
    expect(violations).to.deep.equal([]);
  });

  it('shows markup in every field as text, escaped or in CDATA', async () => {
    const payload = '<img src=x onerror="window.__cxPwned = true"><b>bold</b>';
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const fields = (value: string) => ['service_name', 'status_notes', 'agency_responsible', 'address'].map((name) => `<${name}>${value}</${name}>`).join('');
    for (const value of [escaped, `<![CDATA[${payload}]]>`]) {
      violations.length = 0;
      fetchStub?.restore();
      fetchStub = stubFetch(xml(answer(fields(value))));
      const el = await fixture<CxRequestTracker>(html`<cx-request-tracker api="/x" api-kind="open311" format="xml" reference="638344" now="2026-03-04"></cx-request-tracker>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.cx-request, .cx-failure'), 'the lookup did not finish', { timeout: 5000 });
      expect(text(el).split(payload).length - 1, 'each field shows the payload as text').to.be.at.least(4);
      expect(el.shadowRoot!.querySelector('.cx-request img, .cx-request b')).to.equal(null);
      expect((window as { __cxPwned?: boolean }).__cxPwned).to.equal(undefined);
      expect(violations).to.deep.equal([]);
    }
  });
});
