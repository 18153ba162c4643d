// Fuzzing what servers answer: Open311 GeoReport v2 as JSON and as XML, the
// cx-kit TrackerStatus, live wait times and feedback receipts, each a valid
// answer damaged at random paths (or replaced by a garbled body), with a
// random HTTP status, served through a stubbed fetch. Whatever comes back,
// the widget throws nothing and is never blank: it shows the answer, or says
// clearly that it could not get one.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { mutate, mutation, nastyString, textDamage, type Mutation } from './arbitraries.js';
import {
  blankReason,
  feedbackDraftKey,
  freshId,
  mount,
  pause,
  saveFeedbackDraft,
  settle,
  stubFetch,
  trapErrors,
  unmountAll,
  validStatus,
  type Widget,
} from './helpers.js';
import { check, runs, timeoutFor } from './runs.js';

const CASES = runs(25);

const statusCode = fc.oneof(
  { weight: 6, arbitrary: fc.constant(200) },
  { weight: 2, arbitrary: fc.constantFrom(201, 400, 401, 403, 404, 410, 422, 429, 500, 502, 503) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 599 }) },
);

/** A body: the damaged document as JSON (mostly), or some other text altogether. */
const bodyDamage = fc.oneof({ weight: 4, arbitrary: fc.constant((text: string) => text) }, { weight: 1, arbitrary: textDamage });

const open311Request = {
  service_request_id: '638345',
  status: 'ACTION_SCHEDULED',
  status_notes: 'A repair crew is booked for this street.',
  service_name: 'Street lights',
  service_code: 'LIGHT',
  agency_responsible: 'Street Lighting',
  requested_datetime: '2026-03-02T09:00:00Z',
  updated_datetime: '2026-03-04T14:30:00Z',
  expected_datetime: '2026-03-13T17:00:00Z',
  address: 'Example Street, Exampletown',
  lat: 53.0961,
  long: -2.4436,
  media_url: 'https://example.org/photo.jpg',
};

const cxStatus = {
  reference: 'CEC-123456',
  service: { id: 'complaints-and-feedback', name: 'Compliments, suggestions and complaints' },
  status: 'in-progress',
  stage: 1,
  receivedAt: '2026-03-02T09:30:00Z',
  events: [
    { at: '2026-03-02T09:30:00Z', status: 'received', text: 'We received your complaint.' },
    { at: '2026-03-03T11:00:00Z', status: 'acknowledged', text: 'We sent you an acknowledgement by email.' },
  ],
  dueDates: { acknowledgeBy: '2026-03-05', respondBy: '2026-03-16' },
  expectedBy: '2026-03-16',
  team: { name: 'Customer feedback team', phone: '01632 960123', email: 'feedback@cheshireeast.example.org' },
  overdue: false,
};

const waitTimes = {
  updatedAt: '2026-06-01T08:59:00Z',
  channels: [
    { channel: 'phone', minutes: 4, queuePosition: 3 },
    { channel: 'webchat', minutes: 0 },
  ],
};

const receipt = {
  reference: 'CEC-654321',
  receivedAt: '2026-11-23T10:15:00Z',
  acknowledgeBy: '2026-11-26',
  respondBy: '2026-12-07',
  trackUrl: '/track',
};

/** A valid answer, damaged: what a fuzz case serves. */
type Damaged<T> = { mutations: readonly Mutation[]; damage: (text: string) => string; status: number; retryAfter?: string; base: T };

const damaged = <T>(base: T): fc.Arbitrary<Damaged<T>> =>
  fc.record({
    // A quarter of the answers are left whole, so the widgets show them as well as turn them down.
    mutations: fc.oneof(fc.constant([]), { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }) }),
    damage: bodyDamage,
    status: statusCode,
    retryAfter: fc.constantFrom<string | undefined>(undefined, '0', '1', '120', 'Thu, 01 Jan 1970 00:00:00 GMT', 'soon'),
    base: fc.constant(base),
  });

/** The answer as the server should send it, and one from a server that is down. */
function wholeAndBroken<T>(base: T): [Damaged<T>, Damaged<T>] {
  const keep = (text: string) => text;
  return [
    { mutations: [], damage: keep, status: 200, base },
    { mutations: [], damage: () => '<html>Service unavailable</html>', status: 503, retryAfter: '0', base },
  ];
}


function answer<T>(c: Damaged<T>, body: string, contentType = 'application/json'): Response {
  const headers: Record<string, string> = { 'Content-Type': contentType };
  if (c.retryAfter !== undefined) headers['Retry-After'] = c.retryAfter;
  return new Response(body, { status: validStatus(c.status), headers });
}

/**
 * Runs the cases of `body`, failing on any uncaught error, and checks the
 * widget is not blank after each. `shown` tells an answer the widget showed
 * from one it turned down: the fuzzer must reach both.
 */
async function property<T>(
  arbitrary: fc.Arbitrary<T>,
  body: (c: T) => Promise<Widget>,
  shown: (el: Widget) => boolean,
  examples: T[],
): Promise<void> {
  const errors = trapErrors();
  const seen = { shown: 0, refused: 0 };
  try {
    await check(
      fc.asyncProperty(arbitrary, async (c) => {
        try {
          const el = await body(c);
          expect(blankReason(el), `<${el.localName}> is blank`).to.equal(undefined);
          await pause();
          expect(errors.errors, 'uncaught errors').to.deep.equal([]);
          seen[shown(el) ? 'shown' : 'refused']++;
        } finally {
          unmountAll();
        }
      }),
      // The whole answer and a broken one first, then the fuzzer's.
      { numRuns: CASES, examples: examples.map((example) => [example] as [T]) },
    );
  } finally {
    errors.stop();
  }
  expect(seen.shown, 'answers the widget showed').to.be.greaterThan(0);
  expect(seen.refused, 'answers the widget turned down').to.be.greaterThan(0);
}

const has = (selector: string) => (el: Widget) => el.shadowRoot!.querySelector(selector) !== null;

const lookupDone = (el: Widget) =>
  waitUntil(() => el.shadowRoot?.querySelector('.cx-request, .cx-failure, slot, .cx-fallback-note'), 'the lookup did not finish', { timeout: 5000, interval: 5 });

async function trackOpen311(format: 'json' | 'xml', respond: () => Response): Promise<Widget> {
  const stub = stubFetch(respond);
  try {
    const el = mount('cx-request-tracker', { api: '/fuzz-api', 'api-kind': 'open311', reference: '638345', format, now: '2026-03-05' });
    await lookupDone(el);
    await settle(el);
    return el;
  } finally {
    stub.restore();
  }
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** GeoReport v2 XML for these (damaged) requests; `escape: false` leaves markup in the text as it is. */
function open311Xml(items: unknown, root: string, escape: boolean): string {
  const list = Array.isArray(items) ? items : [items];
  const field = (name: string, value: unknown) => {
    const tag = /^[a-z_][\w.-]*$/i.test(name) ? name : 'odd';
    const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
    return `<${tag}>${escape ? escapeXml(text) : text}</${tag}>`;
  };
  const requests = list.map((item) =>
    item && typeof item === 'object' ? `<request>${Object.entries(item).map(([k, v]) => field(k, v)).join('')}</request>` : field('request', item),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<${root}>${requests.join('\n')}</${root}>`;
}

describe('fuzz: damaged API answers', function () {
  this.timeout(timeoutFor(CASES * 5));

  it(`Open311 JSON: the tracker shows the request or a clear failure (${CASES} answers)`, async () => {
    const cases = fc.record({ answer: damaged([open311Request]), wrapped: fc.boolean() });
    await property(cases, ({ answer: c, wrapped }) => {
      const doc = mutate(c.base, c.mutations);
      const body = c.damage(JSON.stringify(wrapped ? { service_requests: doc } : doc));
      return trackOpen311('json', () => answer(c, body));
    }, has('.cx-request'), wholeAndBroken([open311Request]).map((answer) => ({ answer, wrapped: false as boolean })));
  });

  it(`Open311 XML: the tracker shows the request or a clear failure (${CASES} answers)`, async () => {
    const cases = fc.record({
      answer: damaged([open311Request]),
      root: fc.constantFrom('service_requests', 'service_requests', 'errors', 'html'),
      escape: fc.boolean(),
    });
    await property(cases, ({ answer: c, root, escape }) => {
      const body = c.damage(open311Xml(mutate(c.base, c.mutations), root, escape));
      return trackOpen311('xml', () => answer(c, body, 'application/xml'));
    }, has('.cx-request'), wholeAndBroken([open311Request]).map((answer) => ({ answer, root: 'service_requests' as const, escape: true as boolean })));
  });

  it(`cx TrackerStatus: the tracker shows the request or a clear failure (${CASES} answers)`, async () => {
    await property(damaged(cxStatus), async (c) => {
      const body = c.damage(JSON.stringify(mutate(c.base, c.mutations)));
      const stub = stubFetch(() => answer(c, body));
      try {
        const el = mount('cx-request-tracker', { api: '/fuzz-api', reference: 'CEC-123456', now: '2026-03-05' });
        await waitUntil(() => el.shadowRoot?.querySelector('form'), 'no lookup form', { timeout: 5000, interval: 5 });
        const verifier = el.shadowRoot!.querySelector<HTMLInputElement>('#cx-verifier')!;
        verifier.value = 'CW1 2AB';
        verifier.dispatchEvent(new Event('input'));
        await el.updateComplete;
        el.shadowRoot!.querySelector('form')!.requestSubmit();
        await lookupDone(el);
        await settle(el);
        return el;
      } finally {
        stub.restore();
      }
    }, has('.cx-request'), wholeAndBroken(cxStatus));
  });

  it(`wait times: contact options show the channels, with or without a wait (${CASES} answers)`, async () => {
    await property(damaged(waitTimes), async (c) => {
      const body = c.damage(JSON.stringify(mutate(c.base, c.mutations)));
      let answered = false;
      const stub = stubFetch(() => {
        answered = true;
        return answer(c, body);
      });
      try {
        const el = mount('cx-contact-options', { service: 'waste-collection', now: '2026-06-01T09:00:00Z', 'wait-time-src': '/fuzz-api/wait-times.json' });
        await settle(el);
        await waitUntil(() => answered, 'the wait times were never asked for', { timeout: 5000, interval: 5 });
        // Reading and checking the answer takes a few turns of the event loop; then the widget re-renders.
        await pause(20);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.cx-channel'), 'the channels are still shown').to.not.equal(null);
        return el;
      } finally {
        stub.restore();
      }
    }, has('[part="wait-time"]'), wholeAndBroken(waitTimes));
  });

  it(`feedback receipts: the form confirms, or says it could not send and keeps the answers (${CASES} answers)`, async () => {
    const cases = fc.record({ answer: damaged(receipt), fieldErrors: fc.dictionary(nastyString, nastyString, { maxKeys: 3 }) });
    await property(cases, async ({ answer: c, fieldErrors }) => {
      // A 4xx sometimes names fields, as the API error contract does.
      const doc = c.status >= 400 && c.status < 500 && c.mutations.length % 2 ? { error: { code: 'invalid', message: 'Check the fields.', fields: fieldErrors } } : mutate(c.base, c.mutations);
      const body = c.damage(JSON.stringify(doc));
      // The form waits between automatic retries of 429 and 5xx: keep those waits at nothing.
      const stub = stubFetch(() => answer({ ...c, retryAfter: '0' }, body));
      const id = freshId('receipt');
      saveFeedbackDraft(id, {});
      try {
        const el = mount('cx-feedback-form', { id, endpoint: '/fuzz-api/feedback' });
        await waitUntil(() => el.shadowRoot?.querySelector('[data-step-heading]'), 'the form did not show', { timeout: 5000, interval: 5 });
        el.shadowRoot!.querySelector('form')!.requestSubmit();
        await waitUntil(
          () => {
            const root = el.shadowRoot!;
            const heading = root.querySelector('[data-step-heading]')?.textContent ?? '';
            return root.querySelector('.cx-panel, .cx-failure, [part="error-summary"]') || !heading.includes('Check your answers');
          },
          'the form never said how sending went',
          { timeout: 5000, interval: 5 },
        );
        await settle(el);
        const root = el.shadowRoot!;
        if (!root.querySelector('.cx-panel')) {
          // Not confirmed: the draft is still there, so nothing the resident wrote is lost.
          expect(sessionStorage.getItem(feedbackDraftKey(id)), 'the draft was kept').to.contain('My bin was not emptied');
        }
        return el;
      } finally {
        stub.restore();
        sessionStorage.removeItem(feedbackDraftKey(id));
      }
    }, has('.cx-panel'), wholeAndBroken(receipt).map((answer) => ({ answer, fieldErrors: {} })));
  });
});
