// Injection: cross-site scripting payloads in every text field of charters,
// of the tracker's and the feedback form's API answers, in what a resident
// types, and in every attribute (debug panel on): one payload of each kind in
// `npm test`, every payload in the soak run. On this plain page (no CSP to
// hide a mistake), for every payload:
// - it shows as text: the widget's shadow text holds it literally (or the
//   widget turned the value down and shows its own message);
// - no element in any shadow root has an event-handler attribute, none is a
//   script, iframe, object or embed, and every link is http(s), relative,
//   tel: or mailto:;
// - no script runs (each payload sets `window.__pwned`), not even after a
//   moment for images to fail and after every link and button is clicked.
// Unsafe URLs (javascript:, data:, vbscript:, disguised with case, spaces,
// control characters and entities) in a charter or an API answer are never
// rendered as links. test/reliability/injection-csp.test.ts runs the same
// scenarios under a strict CSP with Trusted Types required.
import { expect, waitUntil } from '@open-wc/testing';
import { defaultCharter, safeParseCharter } from '@cx-kit/core';
import { SCENARIOS, expectSafe } from './injection-scenarios.js';
import { PAYLOADS_OF_EACH_KIND, UNSAFE_URLS, XSS_PAYLOADS, pwned } from './payloads.js';
import { SOAK } from './runs.js';
import {
  clickEverything,
  freshId,
  jsonResponse,
  mount,
  pause,
  saveFeedbackDraft,
  schemeOf,
  settle,
  shadowElements,
  stubFetch,
  trapErrors,
  unmountAll,
  unsafeMarkup,
} from './helpers.js';

/** Every payload in the soak run; one of each kind in `npm test`. */
const PAYLOADS = SOAK ? XSS_PAYLOADS : PAYLOADS_OF_EACH_KIND;

/** Payloads after which every link and button is clicked: markup, a failing image, a javascript: link. */
const CLICKED = new Set([XSS_PAYLOADS[0], XSS_PAYLOADS[2], XSS_PAYLOADS[7]]);

describe('injection: hostile text in charters, API answers, typing and attributes', function () {
  this.timeout(120_000);

  afterEach(() => {
    unmountAll();
    delete (window as { __pwned?: unknown }).__pwned;
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: shown as text, no script runs (${PAYLOADS.length} payloads)`, async () => {
      const errors = trapErrors();
      try {
        for (const payload of PAYLOADS) {
          const shown = await scenario.run(payload);
          expectSafe(shown, payload);
          // For a few payloads (markup, an image that fails, a javascript: link), click everything too.
          if (CLICKED.has(payload)) {
            for (const { el } of shown) await clickEverything(el);
            for (const { el } of shown) expect(unsafeMarkup(el), `<${el.localName}> after clicking`).to.deep.equal([]);
          }
          // Removed, an <img onerror> still fails to load and would still run: the check below still sees it.
          unmountAll();
        }
        // An <img onerror> or <svg onload> would have fired by now.
        await pause(150);
        expect(pwned(), 'a payload ran').to.equal(false);
        expect(errors.errors, 'uncaught errors').to.deep.equal([]);
      } finally {
        errors.stop();
      }
    });
  }
});

/** Every place a charter holds a URL that can become a link. */
const URL_FIELDS: { path: (string | number)[]; set(charter: any, url: string): void }[] = [
  { path: ['organisation', 'website'], set: (c, url) => (c.organisation.website = url) },
  { path: ['organisation', 'trackerUrl'], set: (c, url) => (c.organisation.trackerUrl = url) },
  { path: ['channels', 0, 'url'], set: (c, url) => (c.channels[0].url = url) },
  { path: ['services', 0, 'links', 0, 'url'], set: (c, url) => (c.services[0].links = [{ label: 'Report it', url }]) },
  { path: ['feedback', 'socialCare', 'adults', 'url'], set: (c, url) => (c.feedback.socialCare.adults.url = url) },
  { path: ['feedback', 'endpoint'], set: (c, url) => (c.feedback.endpoint = url) },
  { path: ['privacy', 'url'], set: (c, url) => (c.privacy.url = url) },
  { path: ['otherFormats', 'url'], set: (c, url) => (c.otherFormats.url = url) },
];

const pathText = (path: (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

describe('injection: unsafe URLs are never links', function () {
  this.timeout(120_000);

  afterEach(() => unmountAll());

  it(`a charter with one anywhere is refused, naming where (${UNSAFE_URLS.length} URLs × ${URL_FIELDS.length} fields)`, async () => {
    const errors = trapErrors();
    try {
      let n = 0;
      for (const url of UNSAFE_URLS) {
        for (const field of URL_FIELDS) {
          const charter = structuredClone(defaultCharter);
          field.set(charter, url);
          const result = safeParseCharter(charter);
          if (schemeOf(url) === null) {
            // Entities are not decoded in an attribute set from script: "jav&#x09;ascript:…" is a relative path, harmless.
            expect(new URL(url, location.href).protocol, `${JSON.stringify(url)} as a link`).to.match(/^https?:$/);
            continue;
          }
          expect(result.ok, `${pathText(field.path)} = ${JSON.stringify(url)} is refused`).to.equal(false);
          if (!result.ok) expect(result.problems.map((p) => p.path)).to.include(pathText(field.path));
          // Every few, a widget given the charter too: it shows the fallback and fires cx-error, with no link to it.
          if (n++ % 6 === 0) {
            const tag = ['cx-contact-options', 'cx-feedback-form', 'cx-request-tracker', 'cx-charter-timescales'][n % 4];
            const id = freshId('url');
            const el = mount(tag, { id, service: 'waste-collection', api: '/inject', debug: '' }, { charter, fallback: 'Call us on 01632 960000.' });
            const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('cx-error', (e) => resolve(e as CustomEvent), { once: true }));
            await settle(el);
            const event = await failed;
            expect(event.detail.code).to.equal('charter-invalid');
            expect(el.shadowRoot!.querySelector('slot'), 'the fallback content is shown').to.not.equal(null);
            expect(unsafeMarkup(el)).to.deep.equal([]);
            expect(shadowElements(el).some((e) => e.getAttribute('href')?.includes('pwned'))).to.equal(false);
          }
        }
      }
      expect(errors.errors, 'uncaught errors').to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it(`a feedback receipt's trackUrl that is not http(s) never becomes a link (${UNSAFE_URLS.length} URLs)`, async () => {
    const errors = trapErrors();
    try {
      for (const url of UNSAFE_URLS) {
        const id = freshId('receipt');
        saveFeedbackDraft(id, {}, 'check');
        const receipt = { reference: 'CEC-654321', receivedAt: '2026-11-23T10:15:00Z', acknowledgeBy: '2026-11-26', respondBy: '2026-12-07', trackUrl: url };
        const stub = stubFetch(() => jsonResponse(receipt, 201));
        try {
          const el = mount('cx-feedback-form', { id, endpoint: '/inject/feedback' });
          await settle(el);
          el.shadowRoot!.querySelector('form')!.requestSubmit();
          await waitUntil(() => el.shadowRoot!.querySelector('.cx-panel, .cx-failure'), 'the form did not answer', { timeout: 5000, interval: 5 });
          expect(unsafeMarkup(el), `trackUrl ${JSON.stringify(url)}`).to.deep.equal([]);
          if (schemeOf(url) !== null) expect(el.shadowRoot!.querySelector('.cx-failure'), `a receipt with trackUrl ${JSON.stringify(url)} is not a receipt`).to.not.equal(null);
        } finally {
          stub.restore();
          sessionStorage.removeItem(`cx-feedback-form:${location.pathname}#${id}`);
        }
      }
      expect(pwned()).to.equal(false);
      expect(errors.errors, 'uncaught errors').to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it(`the tracker never links to what an API sends as a team's email, phone or a media URL (${UNSAFE_URLS.length} URLs)`, async () => {
    const errors = trapErrors();
    try {
      for (const url of UNSAFE_URLS) {
        const stub = stubFetch((request) =>
          request.url.includes('/requests/')
            ? jsonResponse([{ service_request_id: '638345', status: 'open', media_url: url, service_name: 'Potholes' }])
            : jsonResponse({
                reference: 'CEC-123456',
                service: { name: 'Complaints' },
                status: 'acknowledged',
                stage: 1,
                receivedAt: '2026-03-02',
                events: [],
                team: { name: 'Team', email: url, phone: url },
              }),
        );
        try {
          const open311 = mount('cx-request-tracker', { api: '/inject', 'api-kind': 'open311', reference: '638345', now: '2026-03-05' });
          const cx = mount('cx-request-tracker', { api: '/inject', reference: 'CEC-123456', now: '2026-03-05' });
          await settle(cx);
          const verifier = cx.shadowRoot!.querySelector<HTMLInputElement>('#cx-verifier')!;
          verifier.value = 'CW1 2AB';
          verifier.dispatchEvent(new Event('input'));
          await cx.updateComplete;
          cx.shadowRoot!.querySelector('form')!.requestSubmit();
          for (const el of [open311, cx]) {
            await waitUntil(() => el.shadowRoot!.querySelector('.cx-request, .cx-failure'), 'the lookup did not finish', { timeout: 5000, interval: 5 });
            expect(unsafeMarkup(el), `${JSON.stringify(url)}`).to.deep.equal([]);
            expect(shadowElements(el).some((e) => (e.getAttribute('href') ?? '').includes('pwned'))).to.equal(false);
          }
        } finally {
          stub.restore();
          unmountAll();
        }
      }
      expect(errors.errors, 'uncaught errors').to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });
});
