import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { defaultCharter } from '@cx-kit/core';
import '../packages/kit/src/entries/cx-feedback-form.js';
import { draftKey } from '../packages/feedback-form/src/drafts.js';
import { emptyAnswers, type Answers, type StepId } from '../packages/feedback-form/src/journey.js';

// ---------------------------------------------------------------------------
// A pretend feedback API inside the browser, so every state can be seen
// without a server. Only URLs under /story-feedback-api/ are answered here;
// everything else goes to the fetch that was there before.
//   /story-feedback-api/ok            201 with a receipt (dates for a complaint sent on Monday 23 November 2026)
//   /story-feedback-api/slow          never answers (the form gives up after its timeout)
//   /story-feedback-api/offline       the connection drops
//   /story-feedback-api/500           always fails (retried, then the "could not send" message)
//   /story-feedback-api/422           the server rejects the email address
//   /story-feedback-api/malformed     201 without a receipt
// ---------------------------------------------------------------------------

const receipt = { reference: 'CEC-123456', receivedAt: '2026-11-23T10:15:00Z', acknowledgeBy: '2026-11-26', respondBy: '2026-12-07' };

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function answer(what: string, signal: AbortSignal | null | undefined): Promise<Response> | Response {
  switch (what) {
    case 'ok':
      return json(receipt, 201);
    case 'offline':
      return Promise.reject(new TypeError('Failed to fetch'));
    case '500':
      return json({ error: { code: 'server-error', message: 'Something went wrong' } }, 500, { 'Retry-After': '1' });
    case '422':
      return json({ error: { code: 'invalid', message: 'Check the highlighted fields', fields: { 'contact.email': 'We cannot send email to this address. Check it, or choose another way.' } } }, 422);
    case 'malformed':
      return json({ ok: true }, 201);
    default:
      return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
  }
}

const earlierFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input instanceof Request ? input.url : input), location.href);
  if (!url.pathname.startsWith('/story-feedback-api/')) return earlierFetch(input, init);
  return Promise.resolve(answer(url.pathname.split('/')[2], init?.signal));
};

// ---------------------------------------------------------------------------

const complaint: Answers = {
  ...emptyAnswers(),
  type: 'complaint',
  service: 'missed-bin',
  details: 'My bin has not been emptied for the last two Mondays. I reported it online on 9 November and nobody came.',
  name: 'Sam Resident',
  preference: 'email',
  email: 'sam@example.org',
  consent: true,
};

interface Setup {
  /** A draft in this tab, as if the resident had got this far before a reload. */
  answers?: Partial<Answers>;
  step?: StepId;
  endpoint?: string | null;
  timeoutMs?: number;
  charter?: unknown;
}

let stories = 0;

/** The form with its own id (so each story has its own draft), started at a step from a saved draft. */
function form({ answers, step, endpoint = '/story-feedback-api/ok', timeoutMs, charter }: Setup = {}): TemplateResult {
  const id = `story-${++stories}`;
  sessionStorage.removeItem(draftKey(location.pathname, id));
  if (answers || step) {
    sessionStorage.setItem(
      draftKey(location.pathname, id),
      JSON.stringify({
        v: 1,
        answers: { ...emptyAnswers(), ...answers },
        step: step ?? 'type',
        key: crypto.randomUUID?.() ?? `story-key-${id}`,
        startedAt: new Date().toISOString(),
        savedAt: new Date().toISOString(),
        remember: false,
      }),
    );
  }
  return html`<cx-feedback-form
    id=${id}
    endpoint=${endpoint ?? ''}
    .timeoutMs=${timeoutMs ?? 15_000}
    .charter=${charter}
    ><p>Email <a href="mailto:feedback@example.gov.uk">feedback@example.gov.uk</a>.</p></cx-feedback-form
  >`;
}

async function shadowOf(canvas: HTMLElement) {
  const el = canvas.querySelector('cx-feedback-form')!;
  await customElements.whenDefined('cx-feedback-form');
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[data-step-heading]'); i++) await new Promise((r) => setTimeout(r, 50));
  return { el, root: el.shadowRoot! };
}

/** Presses the step's Continue (or Send) button, as a resident would. */
async function pressSubmit({ canvasElement }: { canvasElement: HTMLElement }) {
  const { root } = await shadowOf(canvasElement);
  root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
}

export default {
  title: 'Widgets/Feedback form',
  component: 'cx-feedback-form',
} satisfies Meta;

type Story = StoryObj;

// Steps --------------------------------------------------------------------

/** Step 1: what do you want to do? */
export const WhatDoYouWantToDo: Story = { render: () => form() };

/** Stage 2: the earlier complaint's reference (in the charter's format) and why the resident is not satisfied. */
export const Stage2Review: Story = { render: () => form({ answers: { type: 'stage-2' }, step: 'review' }) };

/** Step 2: which service, or "I do not know". */
export const WhichService: Story = { render: () => form({ answers: { type: 'complaint' }, step: 'service' }) };

/** Before step 3 for a social care complaint: its own statutory procedure and route; the resident can still send it. */
export const SocialCareRoute: Story = {
  render: () => form({ answers: { type: 'complaint', service: 'adults-social-care' }, step: 'social-care' }),
};

export const SocialCareRouteChildren: Story = {
  render: () => form({ answers: { type: 'complaint', service: 'childrens-social-care' }, step: 'social-care' }),
};

/** Step 3 for a complaint: hints for a complaint that can be acted on, and the GOV.UK character count. */
export const WhatHappened: Story = { render: () => form({ answers: { ...complaint, details: '' }, step: 'details' }) };

/** Step 3 for a suggestion. */
export const YourSuggestion: Story = { render: () => form({ answers: { type: 'suggestion', serviceUnknown: true }, step: 'details' }) };

/** Past the charter's limit: the count turns red; nothing typed is cut off. */
export const TooManyCharacters: Story = {
  render: () => form({ answers: { ...complaint, details: 'x'.repeat(defaultCharter.feedback.maxLength + 12) }, step: 'details' }),
};

/** Step 4 for a complaint: name and a way to reply are needed; the privacy notice and consent. */
export const AboutYouComplaint: Story = { render: () => form({ answers: { ...complaint, name: '', preference: '', email: '', consent: false }, step: 'about' }) };

/** Step 4 for a compliment: anonymous is fine. */
export const AboutYouCompliment: Story = { render: () => form({ answers: { type: 'compliment', serviceUnknown: true, details: 'Thank you' }, step: 'about' }) };

/** Step 5: check your answers, each with a Change link back to its question. */
export const CheckYourAnswers: Story = { render: () => form({ answers: complaint, step: 'check' }) };

/** Step 6: the reference and the real dates from the charter. */
export const ConfirmationComplaint: Story = { render: () => form({ answers: complaint, step: 'check' }), play: pressSubmit };

export const ConfirmationStage2: Story = {
  render: () => form({ answers: { ...complaint, type: 'stage-2', relatedReference: 'CEC-654321', reasonNotSatisfied: 'You did not say when the bins would be collected.' }, step: 'check' }),
  play: pressSubmit,
};

export const ConfirmationSocialCare: Story = {
  render: () => form({ answers: { ...complaint, service: 'adults-social-care' }, step: 'check' }),
  play: pressSubmit,
};

export const ConfirmationAnonymousSuggestion: Story = {
  render: () => form({ answers: { type: 'suggestion', serviceUnknown: true, details: 'More benches in the park, please.', preference: 'none' }, step: 'check' }),
  play: pressSubmit,
};

/** With the charter's tracker page: a link to check progress. */
export const ConfirmationWithTracker: Story = {
  render: () => {
    const charter = structuredClone(defaultCharter);
    charter.organisation.trackerUrl = 'https://www.example.gov.uk/track';
    return form({ answers: complaint, step: 'check', charter });
  },
  play: pressSubmit,
};

// Errors -------------------------------------------------------------------

export const ErrorNothingChosen: Story = { render: () => form(), play: pressSubmit };
export const ErrorNoService: Story = { render: () => form({ answers: { type: 'complaint' }, step: 'service' }), play: pressSubmit };
export const ErrorNoFeedback: Story = { render: () => form({ answers: { ...complaint, details: '' }, step: 'details' }), play: pressSubmit };
export const ErrorStage2Reference: Story = {
  render: () => form({ answers: { type: 'stage-2', relatedReference: '123456' }, step: 'review' }),
  play: pressSubmit,
};
export const ErrorAboutYou: Story = {
  render: () => form({ answers: { ...complaint, name: '', email: 'sam@', consent: false }, step: 'about' }),
  play: pressSubmit,
};

// Nothing is lost -----------------------------------------------------------

/** After a reload: the answers are back, with a notice and Start again. */
export const RestoredDraft: Story = { render: () => form({ answers: { ...complaint, details: 'I started writing this yesterday' }, step: 'details' }) };

// Sending ------------------------------------------------------------------

export const Sending: Story = { render: () => form({ answers: complaint, step: 'check', endpoint: '/story-feedback-api/slow', timeoutMs: 3_600_000 }), play: pressSubmit };
export const Timeout: Story = { render: () => form({ answers: complaint, step: 'check', endpoint: '/story-feedback-api/slow', timeoutMs: 1000 }), play: pressSubmit };
export const Offline: Story = { render: () => form({ answers: complaint, step: 'check', endpoint: '/story-feedback-api/offline' }), play: pressSubmit };
export const ServerKeepsFailing: Story = { render: () => form({ answers: complaint, step: 'check', endpoint: '/story-feedback-api/500' }), play: pressSubmit };
/** A 422 naming a field: shown on that field, on its step. */
export const ServerRejectsAField: Story = { render: () => form({ answers: complaint, step: 'check', endpoint: '/story-feedback-api/422' }), play: pressSubmit };
/** A 201 without a receipt: the draft is kept and the resident is told. */
export const NoReceiptInTheAnswer: Story = { render: () => form({ answers: complaint, step: 'check', endpoint: '/story-feedback-api/malformed' }), play: pressSubmit };

/** Without an endpoint: a preview that says so and sends nothing. */
export const Preview: Story = { render: () => form({ answers: complaint, step: 'check', endpoint: null }), play: pressSubmit };

// Looks --------------------------------------------------------------------

/** A partner's theme through the public --cx-* tokens. */
export const PartnerTheme: Story = {
  render: () => html`<div
    style=${styleMap({
      '--cx-color-brand': '#4c2c92',
      '--cx-color-button': '#4c2c92',
      '--cx-color-link': '#4c2c92',
      '--cx-color-success': '#4c2c92',
      '--cx-radius': '6px',
      '--cx-font-family': 'Georgia, serif',
    })}
  >
    ${form({ answers: complaint, step: 'check' })}
  </div>`,
};

/** Right to left: the layout mirrors (strings stay English until translated). */
export const RightToLeft: Story = {
  render: () => html`<div lang="ur" dir="rtl">${form({ answers: { ...complaint, email: '' }, step: 'about' })}</div>`,
};

/** An invalid charter: residents see the fallback; editors in debug mode see each problem. */
export const DebugPanel: Story = {
  render: () => html`<cx-feedback-form debug .charter=${{ version: 1, feedback: { maxLength: 5 } }}>
    <p>Email <a href="mailto:feedback@example.gov.uk">feedback@example.gov.uk</a>.</p>
  </cx-feedback-form>`,
};

/** The no-JavaScript fallback an editor writes inside the tag (shown here as plain HTML): it posts the same fields to the same endpoint. */
export const NoJavaScriptFallback: Story = {
  render: () => html`<form action="/api/feedback" method="post">
    <p><label>What do you want to do? <select name="type"><option value="suggestion">Suggestion</option><option value="compliment">Compliment</option><option value="complaint">Complaint</option></select></label></p>
    <p><label>Your feedback <textarea name="details" rows="6"></textarea></label></p>
    <p><label>Email address (if you want a reply) <input name="email" type="email" autocomplete="email" /></label></p>
    <p><label><input type="checkbox" name="consent" value="true" /> I agree that the council can use my details to deal with my feedback</label></p>
    <p><button>Send</button></p>
  </form>`,
};
