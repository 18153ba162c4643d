import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import '../packages/kit/src/entries/cx-request-tracker.js';
import open311Open from '../packages/request-tracker/test/fixtures/open311-open.json' with { type: 'json' };
import open311Expected from '../packages/request-tracker/test/fixtures/open311-expected.json' with { type: 'json' };
import open311Closed from '../packages/request-tracker/test/fixtures/open311-closed.json' with { type: 'json' };

// ---------------------------------------------------------------------------
// A pretend API inside the browser, so every state can be seen without a
// server. Only URLs under /story-api/ are answered here; everything else goes
// to the real fetch.
//   /story-api/cx/<status>[/<stage>]/track      a cx-kit TrackerStatus
//   /story-api/open311/<fixture>/requests/…     a recorded Open311 answer
//   /story-api/fail/<404|offline|slow|429|500|bad>/…
//   /story-api/changing/track                   a status that moves on each check
// ---------------------------------------------------------------------------

const received = '2026-03-02T09:30:00Z';

function cxStatus(status: string, stage: 1 | 2 | null) {
  const events = [
    { at: received, status: 'received', text: 'We received your complaint.' },
    { at: '2026-03-03T11:00:00Z', status: 'acknowledged', text: 'We sent you an acknowledgement by email.' },
  ];
  if (status === 'in-progress' || status === 'answered' || status === 'escalated') {
    events.push({ at: '2026-03-05T14:20:00Z', status: 'in-progress', text: 'An officer in Waste Services is looking into what happened.' });
  }
  if (status === 'awaiting-information') {
    events.push({ at: '2026-03-06T10:00:00Z', status: 'awaiting-information', text: 'We emailed you to ask for the dates the bin was missed.' });
  }
  if (status === 'answered' || status === 'escalated') {
    events.push({ at: '2026-03-13T16:00:00Z', status: 'answered', text: 'We sent you our full response by email.' });
  }
  if (status === 'escalated') events.push({ at: '2026-03-20T09:00:00Z', status: 'escalated', text: 'You asked for a stage 2 review.' });
  if (status === 'closed') events.push({ at: '2026-03-13T16:00:00Z', status: 'closed', text: 'We closed your complaint after sending our response.' });
  return {
    reference: 'CEC-123456',
    service: { id: 'complaints-and-feedback', name: 'Compliments, suggestions and complaints' },
    status,
    stage,
    receivedAt: received,
    events,
    team: { name: 'Customer feedback team', phone: '01632 960123', email: 'feedback@cheshireeast.example.org' },
  };
}

const open311Xml = `<?xml version="1.0" encoding="utf-8"?>
<service_requests><request>
  <service_request_id>638344</service_request_id><status>investigating</status>
  <service_name>Potholes</service_name><agency_responsible>Highways</agency_responsible>
  <requested_datetime>2026-03-02T10:15:00+00:00</requested_datetime>
  <updated_datetime>2026-03-03T11:00:00+00:00</updated_datetime>
  <expected_datetime>2026-03-16T17:00:00+00:00</expected_datetime>
  <address>Example Road, Exampletown</address>
</request></service_requests>`;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

let changingCalls = 0;
const CHANGING = ['acknowledged', 'in-progress', 'answered'];

function answer(path: string, signal: AbortSignal | null | undefined): Promise<Response> | Response {
  const [, , kind, what, stage] = path.split('/');
  if (kind === 'cx') return json(cxStatus(what, stage === '2' ? 2 : 1));
  if (kind === 'changing') return json(cxStatus(CHANGING[Math.min(changingCalls++, CHANGING.length - 1)], 1));
  if (kind === 'open311') {
    if (what === 'xml') return new Response(open311Xml, { headers: { 'Content-Type': 'application/xml' } });
    return json({ open: open311Open, expected: open311Expected, closed: open311Closed }[what] ?? []);
  }
  switch (what) {
    case '404':
      return json({ error: { code: 'not-found', message: 'No such request' } }, 404);
    case 'offline':
      return Promise.reject(new TypeError('Failed to fetch'));
    case '429':
      return json({ error: { code: 'rate-limited', message: 'Slow down' } }, 429, { 'Retry-After': '90' });
    case '500':
      return new Response('Internal Server Error', { status: 500 });
    case 'bad':
      return json({ reference: 'CEC-123456', status: 'lost in the post' });
    default:
      // slow: never answers (the tracker gives up after its timeout).
      return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
  }
}

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input instanceof Request ? input.url : input), location.href);
  if (!url.pathname.startsWith('/story-api/')) return realFetch(input, init);
  return Promise.resolve(answer(url.pathname, init?.signal));
};

/** Fills in the cx lookup form and submits it, as a resident would. */
async function lookUp(canvas: HTMLElement, reference = 'CEC-123456', verifier = 'CW1 2AB') {
  const el = canvas.querySelector('cx-request-tracker')!;
  await customElements.whenDefined('cx-request-tracker');
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 50));
  const root = el.shadowRoot!;
  const type = (id: string, value: string) => {
    const input = root.getElementById(id) as HTMLInputElement | null;
    if (!input) return;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  type('cx-reference', reference);
  type('cx-verifier', verifier);
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

const cx = (api: string, now = '2026-03-04'): TemplateResult =>
  html`<cx-request-tracker api=${api} now=${now}><p>Call us on <a href="tel:+441632960000">01632 960000</a>.</p></cx-request-tracker>`;

export default {
  title: 'Widgets/Request tracker',
  component: 'cx-request-tracker',
} satisfies Meta;

type Story = StoryObj;

const found = (status: string, stage = '1', now = '2026-03-04'): Story => ({
  render: () => cx(`/story-api/cx/${status}/${stage}`, now),
  play: ({ canvasElement }) => lookUp(canvasElement),
});

/** What a resident sees first: the reference, the email or postcode they gave, and the remember choice. */
export const LookupForm: Story = { render: () => cx('/story-api/cx/acknowledged/1') };

/** GOV.UK error summary and messages when the form is sent empty: nothing is sent. */
export const FormErrors: Story = {
  render: () => cx('/story-api/cx/acknowledged/1'),
  play: ({ canvasElement }) => lookUp(canvasElement, '', ''),
};

export const Received = found('received');
export const Acknowledged = found('acknowledged');
export const BeingWorkedOn = found('in-progress');
export const WaitingForYourInformation = found('awaiting-information');
export const Answered = found('answered');
export const Closed = found('closed');
export const EscalatedToStage2 = found('escalated', '2', '2026-03-23');

/** Late at stage 1: the apology and what to do, from the charter. */
export const Overdue = found('in-progress', '1', '2026-03-20');

/** Late at stage 2: the Local Government and Social Care Ombudsman. */
export const OverdueAtStage2 = found('escalated', '2', '2026-05-11');

/** Open311 with `reference`: looked up at once, no form. */
export const Open311Open: Story = {
  render: () => html`<cx-request-tracker api="/story-api/open311/open" api-kind="open311" reference="638344" now="2026-03-04"></cx-request-tracker>`,
};

/** An Open311 extended status (action scheduled) with the server's expected date. */
export const Open311WithExpectedDate: Story = {
  render: () => html`<cx-request-tracker api="/story-api/open311/expected" api-kind="open311" reference="638345" now="2026-03-05"></cx-request-tracker>`,
};

export const Open311Overdue: Story = {
  render: () => html`<cx-request-tracker api="/story-api/open311/expected" api-kind="open311" reference="638345" now="2026-03-20"></cx-request-tracker>`,
};

export const Open311Closed: Story = {
  render: () => html`<cx-request-tracker api="/story-api/open311/closed" api-kind="open311" reference="638346" now="2026-03-04"></cx-request-tracker>`,
};

/** An Open311 server that speaks only XML. */
export const Open311Xml: Story = {
  render: () => html`<cx-request-tracker api="/story-api/open311/xml" api-kind="open311" format="xml" reference="638344" now="2026-03-04"></cx-request-tracker>`,
};

export const Loading: Story = {
  render: () => html`<cx-request-tracker api="/story-api/fail/slow" api-kind="open311" reference="638344" .timeoutMs=${3_600_000}></cx-request-tracker>`,
};

export const NotFound: Story = { render: () => cx('/story-api/fail/404'), play: ({ canvasElement }) => lookUp(canvasElement) };
export const NetworkFailure: Story = { render: () => cx('/story-api/fail/offline'), play: ({ canvasElement }) => lookUp(canvasElement) };
export const Timeout: Story = {
  render: () => html`<cx-request-tracker api="/story-api/fail/slow" .timeoutMs=${1000}></cx-request-tracker>`,
  play: ({ canvasElement }) => lookUp(canvasElement),
};
export const TooManyRequests: Story = { render: () => cx('/story-api/fail/429'), play: ({ canvasElement }) => lookUp(canvasElement) };
export const ServerError: Story = { render: () => cx('/story-api/fail/500'), play: ({ canvasElement }) => lookUp(canvasElement) };
export const AnswerDoesNotMatchSchema: Story = { render: () => cx('/story-api/fail/bad'), play: ({ canvasElement }) => lookUp(canvasElement) };

/** References the resident chose to remember, listed for one-click lookup and forgetting. */
export const RememberedReferences: Story = {
  loaders: [
    async () => {
      localStorage.setItem(
        'cx-request-tracker:/story-api/cx/acknowledged/1',
        JSON.stringify([{ reference: 'CEC-123456', service: 'Compliments, suggestions and complaints' }, { reference: 'CEC-654321', service: 'Bins' }]),
      );
      return {};
    },
  ],
  render: () => cx('/story-api/cx/acknowledged/1'),
};

/** Checks every 15 seconds while the page is visible; each change is announced politely. */
export const Polling: Story = {
  loaders: [
    async () => {
      changingCalls = 0;
      return {};
    },
  ],
  render: () => html`<cx-request-tracker api="/story-api/changing" poll="15" now="2026-03-04"></cx-request-tracker>`,
  play: ({ canvasElement }) => lookUp(canvasElement),
};

/** A partner's own look, through the public --cx-* tokens only. */
export const PartnerTheme: Story = {
  render: () => html`<style>
      .partner-theme {
        --cx-font-family: Georgia, serif;
        --cx-color-brand: #4c2c92;
        --cx-color-button: #4c2c92;
        --cx-color-link: #4c2c92;
        --cx-color-focus: #ffbf47;
        --cx-radius: 6px;
      }
    </style>
    <div class="partner-theme">${cx('/story-api/cx/in-progress/1')}</div>`,
  play: ({ canvasElement }) => lookUp(canvasElement),
};

/** Right to left (Urdu page): the layout mirrors. */
export const RightToLeft: Story = {
  render: () => html`<div lang="ur" dir="rtl">${cx('/story-api/cx/in-progress/1')}</div>`,
  play: ({ canvasElement }) => lookUp(canvasElement),
};

/** What an editor sees in debug mode when the tracker is set up wrongly (no api, unknown api-kind). */
export const DebugPanel: Story = {
  render: () => html`<cx-request-tracker debug api-kind="soap"><p>Call us on <a href="tel:+441632960000">01632 960000</a>.</p></cx-request-tracker>`,
};
