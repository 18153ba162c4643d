// Where hostile text can reach a widget, as scenarios the injection tests run
// with every payload: every text field of a charter, every text field of the
// tracker's API answers (Open311 JSON and XML, TrackerStatus), what a
// resident types into the feedback form, the feedback server's own messages,
// and every attribute (with the editor's debug panel on, which quotes them).
// Each scenario mounts its widgets and names the text each must show as text.
import { expect, waitUntil } from '@open-wc/testing';
import { defaultCharter, safeParseCharter, type Charter } from '@cx-kit/core';
import { blankReason, freshId, jsonResponse, mount, saveFeedbackDraft, settle, shadowText, stubFetch, unsafeMarkup, type Widget } from './helpers.js';
import { squashed } from './payloads.js';

/** A widget on the page and the strings it must show literally (as text, not markup). */
export interface Shown {
  el: Widget;
  shows: string[];
}

export interface Scenario {
  name: string;
  run(payload: string): Promise<Shown[]>;
}

/** The checks every rendered widget must pass, for one payload. */
export function expectSafe(shown: Shown[], payload: string): void {
  for (const { el, shows } of shown) {
    const where = `<${el.localName}> with ${JSON.stringify(payload)}`;
    expect(unsafeMarkup(el), `${where}: markup that could run script`).to.deep.equal([]);
    expect(blankReason(el), `${where} is blank`).to.equal(undefined);
    const text = shadowText(el);
    for (const literal of shows) expect(text, `${where} shows it as text`).to.contain(squashed(literal));
  }
}

/** Keys whose string values (or lists of strings, or translations) are text people read. */
const TEXT_KEYS = new Set(['name', 'label', 'summary', 'promise', 'notes', 'text', 'description', 'title', 'overdue', 'formats', 'address']);

/** Cheshire East's charter with every piece of text people read replaced by `payload`. */
export function charterSaying(payload: string): Charter {
  const charter = structuredClone(defaultCharter) as unknown;
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return payload;
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      // Closure titles and route texts are text; ids, URLs, numbers and rules are not.
      if (TEXT_KEYS.has(key)) (node as Record<string, unknown>)[key] = replace(value);
      else walk(value);
    }
  };
  walk(charter);
  const checked = safeParseCharter(charter);
  // The test is about rendering: the charter must be valid, or the widgets would only show their fallback.
  expect(checked.ok, `the charter with ${JSON.stringify(payload)} is valid: ${JSON.stringify(checked.ok ? [] : checked.problems.slice(0, 2))}`).to.equal(true);
  return charter as Charter;
}

/** Sets a text box's value as typing would, and lets the widget re-render. */
async function type(el: Widget, selector: string, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector);
  expect(input, `${el.localName} has ${selector}`).to.not.equal(null);
  input!.value = value;
  input!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const lookedUp = (el: Widget) => waitUntil(() => el.shadowRoot?.querySelector('.cx-request, .cx-failure'), 'the lookup did not finish', { timeout: 5000, interval: 5 });

async function track(attributes: Record<string, string>, respond: (url: string) => Response, fill?: { verifier: string }): Promise<Widget> {
  const stub = stubFetch((request) => respond(request.url));
  try {
    const el = mount('cx-request-tracker', attributes);
    await settle(el);
    if (fill) {
      await type(el, '#cx-verifier', fill.verifier);
      el.shadowRoot!.querySelector('form')!.requestSubmit();
    }
    await lookedUp(el);
    await settle(el);
    return el;
  } finally {
    stub.restore();
  }
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** CDATA cannot hold `]]>`: split it the usual way. */
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export const SCENARIOS: Scenario[] = [
  {
    name: 'charter text in contact options (offices open, closed, and the search)',
    async run(payload) {
      const charter = charterSaying(payload);
      const open = mount('cx-contact-options', { service: 'waste-collection', now: '2026-06-01T09:00:00Z' }, { charter });
      const closed = mount('cx-contact-options', { service: 'licensing', now: '2026-06-01T22:00:00Z' }, { charter });
      const searched = mount('cx-contact-options', { now: '2026-06-01T09:00:00Z' }, { charter });
      const listed = mount('cx-contact-options', { now: '2026-06-01T09:00:00Z' }, { charter });
      const form = mount('cx-contact-options', { name: 'contact', service: 'waste-collection' }, { charter });
      const els = [open, closed, searched, listed, form];
      await Promise.all(els.map((el) => settle(el)));
      // Searching for the payload repeats it ("No services match …", or services named by it);
      // "bin" lists services by their names, which are the payload.
      await type(searched, 'input[role="combobox"]', payload);
      await type(listed, 'input[role="combobox"]', 'bin');
      await waitUntil(() => listed.shadowRoot!.querySelector('[part~="search-option"]'), 'no search results for "bin"', { timeout: 5000, interval: 5 });
      return els.map((el) => ({ el, shows: [payload] }));
    },
  },
  {
    name: 'charter text in charter timescales (calendar, overdue, table, sentences)',
    async run(payload) {
      const charter = charterSaying(payload);
      const els = [
        mount('cx-charter-timescales', { timescale: 'complaint-stage-1', received: '2026-12-01', now: '2026-12-02' }, { charter }),
        mount('cx-charter-timescales', { timescale: 'foi', received: '2026-12-01', now: '2027-03-01' }, { charter }),
        mount('cx-charter-timescales', { timescale: 'call-answer', now: '2026-12-02' }, { charter }),
        mount('cx-charter-timescales', { received: '2026-12-01', now: '2026-12-02' }, { charter }),
        mount('cx-charter-timescales', { layout: 'sentence', received: '2026-12-01', now: '2026-12-02' }, { charter }),
      ];
      await Promise.all(els.map((el) => settle(el)));
      return els.map((el) => ({ el, shows: [payload] }));
    },
  },
  {
    name: 'charter text in the feedback form (service, social care route, privacy notice) and in the tracker form',
    async run(payload) {
      const charter = charterSaying(payload);
      const ids = [freshId('inject'), freshId('inject'), freshId('inject')];
      saveFeedbackDraft(ids[0], { service: 'waste-collection' }, 'check');
      saveFeedbackDraft(ids[1], { service: 'adults-social-care' }, 'social-care');
      saveFeedbackDraft(ids[2], {}, 'about');
      const els = ids.map((id) => mount('cx-feedback-form', { id, endpoint: '/inject/feedback' }, { charter }));
      const tracker = mount('cx-request-tracker', { api: '/inject' }, { charter });
      await Promise.all([...els, tracker].map((el) => settle(el)));
      ids.forEach((id) => sessionStorage.removeItem(`cx-feedback-form:${location.pathname}#${id}`));
      return [...els, tracker].map((el) => ({ el, shows: [payload] }));
    },
  },
  {
    name: 'what a resident typed, shown back on "Check your answers"',
    async run(payload) {
      const id = freshId('inject');
      saveFeedbackDraft(id, { details: payload, name: payload, preference: 'post', address: payload, email: '' }, 'check');
      const el = mount('cx-feedback-form', { id, endpoint: '/inject/feedback' });
      await settle(el);
      sessionStorage.removeItem(`cx-feedback-form:${location.pathname}#${id}`);
      return [{ el, shows: [payload] }];
    },
  },
  {
    name: "the feedback server's own messages (a 422 naming fields, a 400 with a message)",
    async run(payload) {
      const shown: Shown[] = [];
      const answers = [
        jsonResponse({ error: { code: 'invalid', message: payload, fields: { details: payload } } }, 422),
        jsonResponse({ error: { code: 'rejected', message: payload } }, 400),
      ];
      for (const answer of answers) {
        const id = freshId('inject');
        saveFeedbackDraft(id, {}, 'check');
        const stub = stubFetch(() => answer.clone());
        try {
          const el = mount('cx-feedback-form', { id, endpoint: '/inject/feedback' });
          await settle(el);
          el.shadowRoot!.querySelector('form')!.requestSubmit();
          await waitUntil(() => el.shadowRoot!.querySelector('.cx-failure, [part="error-summary"]'), 'the form did not show the server’s answer', { timeout: 5000, interval: 5 });
          await settle(el);
          shown.push({ el, shows: [payload] });
        } finally {
          stub.restore();
          sessionStorage.removeItem(`cx-feedback-form:${location.pathname}#${id}`);
        }
      }
      return shown;
    },
  },
  {
    name: 'Open311 JSON: notes, service, agency, address and the id itself',
    async run(payload) {
      const request = {
        service_request_id: payload,
        status: 'in_progress',
        status_notes: payload,
        service_name: payload,
        agency_responsible: payload,
        address: payload,
        description: payload,
        requested_datetime: '2026-03-02T09:00:00Z',
        updated_datetime: '2026-03-04T14:30:00Z',
      };
      const el = await track({ api: '/inject', 'api-kind': 'open311', reference: payload, now: '2026-03-05' }, () => jsonResponse([request]));
      return [{ el, shows: [payload] }];
    },
  },
  {
    name: 'Open311 XML: the same fields escaped, and in CDATA',
    async run(payload) {
      const fields = (wrap: (text: string) => string) =>
        ['status_notes', 'service_name', 'agency_responsible', 'address'].map((name) => `<${name}>${wrap(payload)}</${name}>`).join('');
      const xml = (wrap: (text: string) => string) =>
        `<?xml version="1.0" encoding="utf-8"?><service_requests><request><service_request_id>638345</service_request_id><status>open</status>${fields(wrap)}<requested_datetime>2026-03-02T09:00:00Z</requested_datetime><updated_datetime>2026-03-03T09:00:00Z</updated_datetime></request></service_requests>`;
      const answer = (body: string) => () => new Response(body, { headers: { 'Content-Type': 'application/xml' } });
      const escaped = await track({ api: '/inject', 'api-kind': 'open311', reference: '638345', format: 'xml', now: '2026-03-05' }, answer(xml(xmlEscape)));
      const inCdata = await track({ api: '/inject', 'api-kind': 'open311', reference: '638345', format: 'xml', now: '2026-03-05' }, answer(xml(cdata)));
      return [
        { el: escaped, shows: [payload] },
        { el: inCdata, shows: [payload] },
      ];
    },
  },
  {
    name: 'cx TrackerStatus: reference, service, events and team',
    async run(payload) {
      const status = {
        reference: payload,
        service: { id: 'complaints-and-feedback', name: payload },
        status: 'in-progress',
        stage: 1,
        receivedAt: '2026-03-02T09:30:00Z',
        events: [
          { at: '2026-03-02T09:30:00Z', status: 'received', text: payload },
          { at: '2026-03-03T11:00:00Z', status: 'acknowledged', text: payload },
        ],
        team: { name: payload, phone: '01632 960123', email: 'feedback@cheshireeast.example.org' },
      };
      const el = await track({ api: '/inject', reference: 'CEC-123456', now: '2026-03-05' }, () => jsonResponse(status), { verifier: 'CW1 2AB' });
      return [{ el, shows: [payload] }];
    },
  },
  {
    name: "every attribute, with the editor's debug panel quoting them",
    async run(payload) {
      const stub = stubFetch(() => jsonResponse({ error: { code: 'not-found', message: 'No.' } }, 404));
      try {
        const els = [
          mount('cx-contact-options', { service: payload, debug: '' }),
          mount('cx-contact-options', { service: 'waste-collection', now: payload, debug: '' }),
          mount('cx-contact-options', { service: 'waste-collection', 'wait-time-src': payload, name: payload, value: payload }),
          mount('cx-charter-timescales', { timescale: payload, debug: '' }),
          mount('cx-charter-timescales', { received: payload, debug: '' }),
          mount('cx-charter-timescales', { now: payload, debug: '' }),
          mount('cx-charter-timescales', { layout: payload, debug: '' }),
          mount('cx-request-tracker', { api: '/inject', 'api-kind': payload, debug: '' }),
          mount('cx-request-tracker', { api: '/inject', format: payload, debug: '' }),
          mount('cx-request-tracker', { api: '/inject', poll: payload, debug: '' }),
          mount('cx-request-tracker', { api: '/inject', now: payload, debug: '' }),
          mount('cx-request-tracker', { api: payload, 'jurisdiction-id': payload, reference: payload }),
          mount('cx-feedback-form', { id: freshId('inject'), endpoint: payload, 'charter-src': payload, debug: '' }),
        ];
        await Promise.all(els.map((el) => settle(el)));
        // The debug panel quotes a value up to 60 characters (then "…"); attributes that are not quoted show nothing of it.
        const quoted = payload.replace(/\s+/g, ' ').trim().slice(0, 40);
        return els.map((el, i) => ({ el, shows: [2, 11].includes(i) ? [] : [quoted] }));
      } finally {
        stub.restore();
      }
    },
  },
];
