// Fuzzing charters: Cheshire East's and the LGSCO example, each damaged at
// random paths (fields deleted, wrong types, huge and odd strings, emptied
// arrays, duplicated items such as ids), given to a widget as the `charter`
// property, as inline JSON (sometimes cut short or garbled) or from a
// `charter-src` URL (sometimes an error status). Whatever comes, the widget
// throws nothing and is never blank: it shows the charter, or the editor's
// fallback content, or its own "cannot be shown" sentence.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultCharter, lgscoCharter } from '@cx-kit/core';
import { mutate, mutation, textDamage } from './arbitraries.js';
import {
  blankReason,
  feedbackDraftKey,
  freshId,
  jsonResponse,
  mount,
  saveFeedbackDraft,
  settle,
  showsOwnContent,
  stubFetch,
  trapErrors,
  unmountAll,
  validStatus,
  type WidgetTag,
} from './helpers.js';
import { SOAK, check, runs, timeoutFor } from './runs.js';

const CASES = runs(25);
const BASES = { default: defaultCharter, lgsco: lgscoCharter } as const;

const caseOf = fc.record({
  base: fc.constantFrom<keyof typeof BASES>('default', 'lgsco'),
  mutations: fc.array(mutation, { maxLength: 4 }),
  via: fc.constantFrom('property', 'inline', 'src'),
  damage: fc.oneof({ weight: 4, arbitrary: fc.constant((text: string) => text) }, { weight: 1, arbitrary: textDamage }),
  srcStatus: fc.oneof({ weight: 5, arbitrary: fc.constant(200) }, { weight: 1, arbitrary: fc.constantFrom(404, 500, 302, 204) }),
  pick: fc.nat(),
  variant: fc.nat({ max: 5 }),
  fallback: fc.boolean(),
  debug: fc.boolean(),
});

type Case = typeof caseOf extends fc.Arbitrary<infer T> ? T : never;

/** Cheshire East's charter as it is, and a charter that is not JSON at all: run first, so both outcomes are always met. */
const wholeAndBroken: Case[] = [
  { base: 'default', mutations: [], via: 'property', damage: (text) => text, srcStatus: 200, pick: 0, variant: 1, fallback: false, debug: false },
  { base: 'default', mutations: [], via: 'inline', damage: () => '{"version": 1,', srcStatus: 200, pick: 0, variant: 1, fallback: true, debug: true },
];

/** The `n`th id of a list of items that may no longer be objects with ids. */
function idAt(list: unknown, n: number): string | undefined {
  if (!Array.isArray(list) || !list.length) return undefined;
  const id = (list[n % list.length] as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Attributes that make each widget show as much of the charter as it can. */
function attributesFor(tag: WidgetTag, charter: Record<string, unknown>, c: Case, id: string): Record<string, string | undefined> {
  const now = ['2026-06-01T09:00:00Z', '2026-06-01T22:00:00Z', '2026-12-25T10:00:00Z'][c.variant % 3];
  switch (tag) {
    case 'cx-contact-options':
      return {
        service: c.variant === 5 ? undefined : idAt(charter.services, c.pick),
        now,
        name: c.variant === 4 ? 'contact' : undefined,
      };
    case 'cx-charter-timescales':
      return {
        timescale: c.variant % 2 ? idAt(charter.timescales, c.pick) : undefined,
        received: '2026-12-18',
        now: c.variant > 3 ? '2027-03-01' : '2026-12-18',
        layout: ['calendar', 'sentence', 'table'][c.pick % 3],
      };
    case 'cx-request-tracker':
      return c.variant % 2
        ? { api: '/fuzz-api', 'api-kind': 'open311', reference: '638345', now: '2026-03-05' }
        : { api: '/fuzz-api', reference: 'CEC-123456' };
    case 'cx-feedback-form':
      return { id, endpoint: '/fuzz-api/feedback' };
  }
}

const open311Answer = [
  {
    service_request_id: '638345',
    status: 'in_progress',
    status_notes: 'A repair crew is booked.',
    service_name: 'Street lights',
    requested_datetime: '2026-03-02T09:00:00Z',
    updated_datetime: '2026-03-04T14:30:00Z',
    expected_datetime: '2026-03-13T17:00:00Z',
  },
];

let serial = 0;

async function runCase(tag: WidgetTag, c: Case, seen: { own: number; fallback: number }): Promise<void> {
  const charter = mutate(BASES[c.base], c.mutations) as unknown as Record<string, unknown>;
  const text = c.damage(JSON.stringify(charter));
  const src = `/fuzz/charter-${Date.now()}-${++serial}.json`;
  const stub = stubFetch((request) => {
    if (request.url.endsWith(src)) return new Response(text, { status: validStatus(c.srcStatus) });
    if (request.url.includes('/requests/')) return jsonResponse(open311Answer);
    return jsonResponse({ error: { code: 'not-found', message: 'No such thing.' } }, 404);
  });
  const id = freshId('charter');
  if (tag === 'cx-feedback-form') {
    const step = ['type', 'service', 'details', 'about', 'check'][c.variant % 5];
    saveFeedbackDraft(id, { service: idAt(charter.services, c.pick) ?? '' }, step);
  }
  const errors = trapErrors();
  try {
    const attributes = { ...attributesFor(tag, charter, c, id), debug: c.debug ? '' : undefined, 'charter-src': c.via === 'src' ? src : undefined };
    const el = mount(tag, attributes, {
      charter: c.via === 'property' ? charter : undefined,
      inlineCharter: c.via === 'inline' ? text : undefined,
      fallback: c.fallback ? 'Call us on 01632 960000.' : undefined,
    });
    await settle(el);
    // An Open311 tracker looks its reference up at once: wait for that to finish too.
    await settle(el);
    expect(blankReason(el), `<${tag}> is blank`).to.equal(undefined);
    expect(errors.errors, 'uncaught errors').to.deep.equal([]);
    seen[showsOwnContent(el) ? 'own' : 'fallback']++;
  } finally {
    errors.stop();
    stub.restore();
    unmountAll();
    sessionStorage.removeItem(feedbackDraftKey(id));
  }
}

describe('fuzz: damaged charters, given as a property, inline JSON or charter-src', function () {
  this.timeout(timeoutFor(CASES * 4));

  for (const tag of ['cx-contact-options', 'cx-charter-timescales', 'cx-request-tracker', 'cx-feedback-form'] as const) {
    it(`<${tag}> throws nothing and is never blank (${CASES} charters)`, async () => {
      const seen = { own: 0, fallback: 0 };
      await check(
        fc.asyncProperty(caseOf, (c) => runCase(tag, c, seen)),
        { numRuns: CASES, examples: wholeAndBroken.map((c) => [c] as [Case]) },
      );
      // The fuzzer must reach both sides: charters the widget shows, and ones it falls back from.
      expect(seen.own, 'cases where the widget showed the charter').to.be.greaterThan(0);
      expect(seen.fallback, 'cases where the widget fell back').to.be.greaterThan(0);
      if (SOAK) console.log(`<${tag}>: ${seen.own} charters shown, ${seen.fallback} fallbacks`);
    });
  }
});
