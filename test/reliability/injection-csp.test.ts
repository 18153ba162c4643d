// The injection scenarios again, on a page with a strict Content Security
// Policy and Trusted Types required, as a council's own site may have:
//
//   require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates';
//   script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'
//
// The policy goes in as a <meta> when this module runs (both Chromium and
// Firefox enforce a policy added that way from then on; the test runner's own
// page has none). lit made its `lit-html` policy when it was imported; the
// kit may create no other, use no string sinks (innerHTML, eval, string
// timers), no inline styles and no inline scripts. Every violation the page
// reports fails the test, and a first test proves the policy is enforced, so
// a silent page cannot pass for a clean one.
import { expect } from '@open-wc/testing';
import { SCENARIOS, expectSafe } from './injection-scenarios.js';
import { PAYLOADS_OF_EACH_KIND, XSS_PAYLOADS, pwned } from './payloads.js';
import { freshId, mount, pause, settle, trapErrors, unmountAll } from './helpers.js';
import { SOAK } from './runs.js';

const POLICY = [
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
].join('; ');

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || ''} ${event.sample || ''}`.trim());
});
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = POLICY;
document.head.append(meta);

// The tracker's Open311 XML answers are read here too: its reader uses no DOMParser (a Trusted
// Types sink), so XML lookups work under this policy.

/** One payload of each kind; the soak run uses them all. */
const PAYLOADS = SOAK ? XSS_PAYLOADS : PAYLOADS_OF_EACH_KIND;

describe('injection under a strict CSP with Trusted Types required', function () {
  this.timeout(120_000);

  afterEach(() => unmountAll());

  it('the policy is enforced: a string written to innerHTML throws and is reported', async () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>not trusted</b>';
    }).to.throw(TypeError);
    await pause(20);
    expect(violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
    violations.length = 0;
  });

  it('every widget renders with no violation', async () => {
    violations.length = 0;
    const els = [
      mount('cx-contact-options', { service: 'waste-collection', now: '2026-06-01T09:00:00Z' }),
      mount('cx-contact-options', { now: '2026-06-01T22:00:00Z' }),
      mount('cx-request-tracker', { api: '/csp' }),
      mount('cx-feedback-form', { id: freshId('csp') }),
      mount('cx-charter-timescales', { timescale: 'foi', received: '2026-12-18', now: '2026-12-18' }),
      mount('cx-charter-timescales', { received: '2026-12-18', now: '2026-12-18' }),
    ];
    await Promise.all(els.map((el) => settle(el)));
    await pause(20);
    expect(violations).to.deep.equal([]);
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: no violation (${PAYLOADS.length} payloads)`, async () => {
      violations.length = 0;
      const errors = trapErrors();
      try {
        for (const payload of PAYLOADS) {
          expectSafe(await scenario.run(payload), payload);
          unmountAll();
        }
        await pause(50);
        expect(violations, 'CSP and Trusted Types violations').to.deep.equal([]);
        expect(pwned(), 'a payload ran').to.equal(false);
        expect(errors.errors, 'uncaught errors').to.deep.equal([]);
      } finally {
        errors.stop();
      }
    });
  }
});
