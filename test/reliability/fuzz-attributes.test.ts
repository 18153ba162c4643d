// Fuzzing what web editors type: every attribute of every widget, absent,
// right, or anything at all (unicode, huge, markup, dates that do not exist,
// numbers that are not), and the page's `lang`. Each case sets one set of
// attributes, lets the widget settle, then changes them all to another set,
// as an editor or a framework would, and lets it settle again. Whatever was
// typed, the widget throws nothing and is never blank.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultCharter } from '@cx-kit/core';
import { attribute } from './arbitraries.js';
import { blankReason, feedbackDraftKey, freshId, jsonResponse, mount, pause, settle, stubFetch, trapErrors, unmountAll, type WidgetTag } from './helpers.js';
import { check, runs, timeoutFor } from './runs.js';

const CASES = runs(25);

const serviceIds = defaultCharter.services.map((s) => s.id);
const timescaleIds = defaultCharter.timescales.map((t) => t.id);

const common = {
  debug: fc.constantFrom(undefined, ''),
  'charter-src': fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: attribute('/fuzz/charter.json', '/fuzz/missing.json') }),
};

/** Each widget's attributes, with the values an editor should write among them. */
const attributesOf: Record<WidgetTag, fc.Arbitrary<Record<string, string | undefined>>> = {
  'cx-contact-options': fc.record({
    ...common,
    service: attribute(...serviceIds.slice(0, 8), 'wast-collection'),
    now: attribute('2026-06-01T09:00:00Z', '2026-06-01T22:00:00Z', '2026-12-25T10:00:00Z', '2026-06-01T15:55:00+01:00'),
    'wait-time-src': attribute('/fuzz/wait-times.json'),
    name: fc.constantFrom(undefined, undefined, 'contact', ''),
    required: fc.constantFrom(undefined, ''),
    value: attribute('phone', 'email', 'online'),
  }),
  'cx-request-tracker': fc.record({
    ...common,
    api: attribute('/fuzz-api', '/fuzz-api/', 'https://council.example/open311/v2'),
    'api-kind': attribute('cx', 'open311'),
    reference: attribute('638345', 'CEC-123456', 'cec 123456'),
    format: attribute('json', 'xml'),
    'jurisdiction-id': attribute('cheshireeast.gov.uk'),
    poll: attribute('60', '15', '5', '0', '1e3'),
    now: attribute('2026-03-05', '2026-03-20T12:00:00Z', '2026-03-05T23:30:00Z'),
  }),
  'cx-feedback-form': fc.record({
    ...common,
    endpoint: attribute('/fuzz-api/feedback', 'https://council.example/api/feedback'),
  }),
  'cx-charter-timescales': fc.record({
    ...common,
    timescale: attribute(...timescaleIds),
    received: attribute('2026-12-18', '2026-02-28', '2024-02-29', '2027-01-31', '1999-01-01'),
    layout: attribute('calendar', 'sentence', 'table'),
    now: attribute('2026-12-18', '2027-03-01', '2027-01-25T09:00:00Z'),
  }),
};

const lang = fc.constantFrom(undefined, 'en', 'cy', 'pl', 'ur', 'en-US', 'zz', 'x-klingon', '');

const open311 = [{ service_request_id: '638345', status: 'open', service_name: 'Street lights', requested_datetime: '2026-03-02T09:00:00Z' }];
const cxStatus = {
  reference: 'CEC-123456',
  service: { name: 'Complaints' },
  status: 'acknowledged',
  stage: 1,
  receivedAt: '2026-03-02',
  events: [],
};

/** A server for every address a fuzzed attribute can name; addresses a browser could not fetch fail as fetch fails. */
function server(request: { url: string }): Response {
  let url: URL;
  try {
    url = new URL(request.url, location.href);
  } catch {
    throw new TypeError('Failed to fetch');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('Failed to fetch');
  if (url.pathname.includes('/requests/')) return jsonResponse(open311);
  if (url.pathname.endsWith('/track')) return jsonResponse(cxStatus);
  if (url.pathname.endsWith('/fuzz/charter.json')) return jsonResponse(defaultCharter);
  if (url.pathname.endsWith('/fuzz/wait-times.json')) return jsonResponse({ updatedAt: '2026-06-01T08:59:00Z', channels: [{ channel: 'phone', minutes: 4 }] });
  return jsonResponse({ error: { code: 'not-found', message: 'No such thing.' } }, 404);
}

function setAll(el: HTMLElement, attributes: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

describe('fuzz: attributes as editors type them', function () {
  this.timeout(timeoutFor(CASES * 4));

  for (const tag of Object.keys(attributesOf) as WidgetTag[]) {
    it(`<${tag}> throws nothing and is never blank, whatever its attributes say (${CASES} cases)`, async () => {
      const errors = trapErrors();
      const stub = stubFetch(server);
      try {
        await check(
          fc.asyncProperty(attributesOf[tag], attributesOf[tag], lang, fc.boolean(), async (first, second, language, fallback) => {
            const id = freshId('attributes');
            try {
              const box = document.createElement('div');
              if (language !== undefined) box.lang = language;
              document.body.append(box);
              const el = mount(tag, tag === 'cx-feedback-form' ? { ...first, id } : first, {
                parent: box,
                fallback: fallback ? 'Call us on 01632 960000.' : undefined,
              });
              try {
                await settle(el);
                expect(blankReason(el), `<${tag}> is blank with ${JSON.stringify(first)}`).to.equal(undefined);
                setAll(el, second);
                await settle(el);
                expect(blankReason(el), `<${tag}> is blank after changing to ${JSON.stringify(second)}`).to.equal(undefined);
                await pause();
                expect(errors.errors, 'uncaught errors').to.deep.equal([]);
              } finally {
                box.remove();
              }
            } finally {
              unmountAll();
              sessionStorage.removeItem(feedbackDraftKey(id));
            }
          }),
          { numRuns: CASES },
        );
      } finally {
        stub.restore();
        errors.stop();
      }
    });
  }
});
