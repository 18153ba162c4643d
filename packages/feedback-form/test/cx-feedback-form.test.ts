import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCharter, localText, type FeedbackReceipt } from '@cx-kit/core';
import type { CxFeedbackForm } from '../src/index.js';
import { draftKey, type Draft } from '../src/drafts.js';
import { emptyAnswers, type Answers } from '../src/journey.js';
import '../../kit/src/entries/cx-feedback-form.js';

type El = CxFeedbackForm;

const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const root = (el: El) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: El, selector: string) => Array.from(root(el).querySelectorAll<HTMLElement>(selector));
const text = (el: El) => squash(root(el).textContent);
const heading = (el: El) => squash($(el, '[data-step-heading]')?.textContent);
const focused = (el: El) => root(el).activeElement as HTMLElement | null;
const press = (key: string) => sendKeys({ press: key });
const type = (value: string) => sendKeys({ type: value });

const receipt: FeedbackReceipt = {
  reference: 'CEC-123456',
  receivedAt: '2026-11-23T10:15:00Z',
  acknowledgeBy: '2026-11-26',
  respondBy: '2026-12-07',
};

const complaint = (over: Partial<Answers> = {}): Answers => ({
  ...emptyAnswers(),
  type: 'complaint',
  service: 'missed-bin',
  details: 'My bin was not emptied on Monday.',
  name: 'Sam Resident',
  preference: 'email',
  email: 'sam@example.org',
  consent: true,
  ...over,
});

// ---------------------------------------------------------------------------
// The network: every test stubs window.fetch and restores it.
// ---------------------------------------------------------------------------

interface Call {
  url: string;
  body: Record<string, any>;
  key: string | null;
  signal?: AbortSignal | null;
}
type Answer = Response | Error | ((call: Call) => Promise<Response>);

const realFetch = window.fetch;
let calls: Call[] = [];

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** The server answers each request with the next answer, in turn. */
function server(...answers: Answer[]) {
  calls = [];
  window.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      url: String(input),
      body: JSON.parse(String(init.body)),
      key: new Headers(init.headers).get('Idempotency-Key'),
      signal: init.signal,
    };
    calls.push(call);
    const next = answers.shift() ?? new Error('the test server has no more answers');
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next(call) : next;
  }) as typeof fetch;
}

/** A request that never gets an answer (until it is aborted). */
const hang = (call: Call) =>
  new Promise<Response>((_, reject) => call.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

// ---------------------------------------------------------------------------
// Mounting
// ---------------------------------------------------------------------------

const settled = (el: El) => waitUntil(() => $(el, '[data-step-heading]'), 'the form did not show a step', { timeout: 5000 });

async function mount(template = html`<cx-feedback-form id="ff" endpoint="/api/feedback"></cx-feedback-form>`): Promise<El> {
  const el = await fixture<El>(template);
  await settled(el);
  await el.updateComplete;
  return el;
}

/** A draft saved earlier in this tab, as a reload would find it. */
function savedDraft(answers: Answers, step: string, over: Partial<Draft<Answers>> = {}, id = 'ff') {
  const draft: Draft<Answers> = {
    v: 1,
    answers,
    step,
    key: 'draft-key-1',
    startedAt: '2026-11-23T10:00:00.000Z',
    savedAt: '2026-11-23T10:05:00.000Z',
    remember: false,
    ...over,
  };
  sessionStorage.setItem(draftKey(location.pathname, id), JSON.stringify(draft));
}

const storedDraft = (id = 'ff') => sessionStorage.getItem(draftKey(location.pathname, id));

async function atCheck(answers = complaint(), template?: ReturnType<typeof html>) {
  savedDraft(answers, 'check');
  const el = await mount(template);
  expect(heading(el)).to.equal('Check your answers before sending');
  return el;
}

const sendButton = (el: El) => $<HTMLButtonElement>(el, 'form button[type="submit"]')!;
const continueButton = (el: El) => $<HTMLButtonElement>(el, 'form button[type="submit"]')!;

async function continueStep(el: El) {
  continueButton(el).click();
  await el.updateComplete;
}

/** Waits for a step to show: a key press reaches the page a moment after sendKeys returns in some browsers. */
// The later steps load on demand: `updateComplete` waits for them, so a busy machine does not fail the test.
const shows = async (el: El, title: string) => {
  await waitUntil(() => heading(el) === title || $(el, '[data-step-loading]'), `expected the step “${title}”, saw “${heading(el)}”`);
  await el.updateComplete;
  await waitUntil(() => heading(el) === title, `expected the step “${title}”, saw “${heading(el)}”`);
};

async function tabTo(el: El, target: Element, limit = 15) {
  for (let i = 0; i < limit && focused(el) !== target; i++) await press('Tab');
  expect(focused(el), 'Tab did not reach the control').to.equal(target);
}

function summaryMessages(el: El) {
  return $$(el, '.cx-error-summary a').map((a) => squash(a.textContent));
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  window.fetch = realFetch;
});

// ---------------------------------------------------------------------------

describe('cx-feedback-form: the journey by keyboard alone', () => {
  it('takes a complaint from the first question to the confirmation, moving focus to each step’s heading', async function () {
    // A real key press is a round trip to the browser, and axe runs on every step. (Firefox ignores Enter on a
    // button and Space on a checkbox in a background tab: run Firefox one test file at a time.)
    this.timeout(30_000);
    server(json(201, receipt));
    const submitted: CustomEvent[] = [];
    document.addEventListener('cx-submitted', (e) => submitted.push(e as CustomEvent), { once: true });
    const el = await mount();
    const before = document.createElement('button');
    before.textContent = 'Before';
    el.before(before);
    await expect(el).to.be.accessible();

    // 1. What do you want to do?
    before.focus();
    await press('Tab');
    expect(focused(el)?.id).to.equal('type');
    await press('ArrowDown'); // compliment
    await press('ArrowDown'); // complaint
    expect(focused(el)?.id).to.equal('type-complaint');
    expect($<HTMLInputElement>(el, '#type-complaint')!.checked, 'the arrow keys choose the radio').to.equal(true);
    await tabTo(el, continueButton(el));
    await press('Enter');

    // 2. Which service?
    await shows(el, 'Which service is your feedback about?');
    expect(focused(el)).to.equal($(el, '[data-step-heading]'));
    await expect(el).to.be.accessible();
    await tabTo(el, $(el, '#service-input')!);
    await type('missed bin');
    await waitUntil(() => $$(el, '[role="option"]').length > 0, 'no services found');
    await press('ArrowDown');
    await press('Enter');
    await waitUntil(() => $<HTMLInputElement>(el, '#service-input')!.value === 'Report a missed bin', 'Enter did not choose the service');
    expect(heading(el), 'choosing with Enter does not leave the step').to.equal('Which service is your feedback about?');
    await tabTo(el, continueButton(el));
    await press('Enter');

    // 3. What happened?
    await shows(el, 'What happened?');
    expect(focused(el)).to.equal($(el, '[data-step-heading]'));
    await expect(el).to.be.accessible();
    await tabTo(el, $(el, '#details')!);
    await type('The bin was not emptied on Monday.');
    await tabTo(el, continueButton(el));
    await press('Enter');

    // 4. About you
    await shows(el, 'About you');
    await expect(el).to.be.accessible();
    await tabTo(el, $(el, '#name')!);
    await type('Sam Resident');
    await press('Tab');
    expect(focused(el)?.id).to.equal('preference');
    await press(' ');
    await waitUntil(() => $(el, '#email'), 'choosing email did not reveal the email box');
    await press('Tab');
    expect(focused(el)?.id).to.equal('email');
    await type('sam@example.org');
    await tabTo(el, $(el, '#consent')!);
    await press(' ');
    await tabTo(el, continueButton(el));
    await press('Enter');

    // 5. Check your answers
    await shows(el, 'Check your answers before sending');
    expect(text(el)).to.contain('Report a missed bin').and.contain('By email: sam@example.org');
    await expect(el).to.be.accessible();
    await tabTo(el, sendButton(el));
    await press('Enter');
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation');

    // 6. Confirmation
    expect(focused(el)).to.equal($(el, '[data-step-heading]'));
    expect(text(el)).to.contain('Your reference is CEC-123456');
    expect(text(el)).to.contain('We will acknowledge it by Thursday 26 November 2026.');
    expect(text(el)).to.contain('You will get a full response by Monday 7 December 2026.');
    await expect(el).to.be.accessible();

    expect(calls.length).to.equal(1);
    expect(calls[0].url).to.equal('/api/feedback');
    expect(calls[0].key).to.match(/^[0-9a-f-]{36}$/);
    expect(calls[0].body).to.deep.include({ type: 'complaint', service: 'missed-bin', details: 'The bin was not emptied on Monday.', consent: true });
    expect(calls[0].body.contact).to.deep.equal({ name: 'Sam Resident', preference: 'email', email: 'sam@example.org' });
    expect(calls[0].body.client.startedAt).to.be.a('string');
    expect(Date.parse(calls[0].body.client.submittedAt)).to.be.at.least(Date.parse(calls[0].body.client.startedAt));
    expect(submitted[0].detail).to.deep.equal({ reference: 'CEC-123456' });
    expect(storedDraft(), 'the draft is deleted once accepted').to.equal(null);
  });

  it('does not let the second click of a double click skip the next step', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#type-complaint')!.click();
    const mouse = () => new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 });
    continueButton(el).dispatchEvent(mouse());
    await el.updateComplete;
    expect(heading(el)).to.equal('Which service is your feedback about?');
    continueButton(el).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 2 }));
    await el.updateComplete;
    expect(heading(el)).to.equal('Which service is your feedback about?');
    expect($(el, '.cx-error-summary'), 'no errors for a question not yet answered').to.equal(null);
  });

  it('goes back with its own Back link, and Change returns to check your answers', async () => {
    const el = await atCheck();
    const change = $$(el, '.cx-summary-list__actions button').find((b) => squash(b.textContent) === 'Change your feedback')!;
    change.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('What happened?');
    expect(focused(el)).to.equal($(el, '[data-step-heading]'));
    const box = $<HTMLTextAreaElement>(el, '#details')!;
    box.focus();
    box.select();
    await type('Two weeks running.');
    await continueStep(el);
    expect(heading(el)).to.equal('Check your answers before sending');
    expect(text(el)).to.contain('Two weeks running.');

    $$(el, '.cx-summary-list__actions button')[0].click();
    await el.updateComplete;
    expect(heading(el)).to.equal('What do you want to do?');
    $<HTMLButtonElement>(el, '.cx-back-link')!.click();
    await el.updateComplete;
    expect(heading(el), 'Back from a change returns to the answers').to.equal('Check your answers before sending');
  });
});

describe('cx-feedback-form: validation', () => {
  it('shows the GOV.UK error summary, focused, linking to the field, and the message on the field', async () => {
    const el = await mount();
    await continueStep(el);
    const summary = $(el, '.cx-error-summary')!;
    expect(focused(el)).to.equal(summary);
    expect(summaryMessages(el)).to.deep.equal(['Select what you want to do']);
    expect(squash($(el, '#type-error')?.textContent)).to.equal('Error: Select what you want to do');
    expect($(el, '#type')!.closest('fieldset')!.getAttribute('aria-describedby')).to.contain('type-error');
    await expect(el).to.be.accessible();
    $<HTMLAnchorElement>(el, '.cx-error-summary a')!.click();
    expect(focused(el)?.id).to.equal('type');
  });

  it('needs a service, or “I do not know”', async () => {
    savedDraft(complaint({ service: '' }), 'service');
    const el = await mount();
    await continueStep(el);
    expect(summaryMessages(el)).to.deep.equal(['Select the service your feedback is about, or select ‘I do not know’']);
    await expect(el).to.be.accessible();
    $<HTMLAnchorElement>(el, '.cx-error-summary a')!.click();
    expect(focused(el)?.id).to.equal('service-input');
    $<HTMLInputElement>(el, '#service-unknown')!.click();
    await continueStep(el);
    expect(heading(el)).to.equal('What happened?');
  });

  it('shows the chosen service in the search box when the resident comes back, and un-chooses it when they type something else', async () => {
    savedDraft(complaint(), 'service');
    const el = await mount();
    const box = $<HTMLInputElement>(el, '#service-input')!;
    expect(box.value).to.equal('Report a missed bin');
    box.focus();
    box.select();
    await type('potholes');
    await continueStep(el);
    expect(summaryMessages(el)).to.deep.equal(['Select the service your feedback is about, or select ‘I do not know’']);
  });

  it('needs feedback, and no more than the charter allows', async () => {
    const charter = structuredClone(defaultCharter);
    charter.feedback.maxLength = 100;
    savedDraft(complaint({ details: '' }), 'details');
    const el = await mount(html`<cx-feedback-form id="ff" endpoint="/api/feedback" .charter=${charter}></cx-feedback-form>`);
    await continueStep(el);
    expect(summaryMessages(el)).to.deep.equal(['Enter what happened']);
    const box = $<HTMLTextAreaElement>(el, '#details')!;
    box.focus();
    await type('x'.repeat(105));
    await el.updateComplete;
    expect(squash($(el, '.cx-character-count')?.textContent)).to.equal('You have 5 characters too many');
    expect(squash($(el, '#details-error')?.textContent)).to.equal('Error: Your feedback must be 100 characters or fewer');
    await expect(el).to.be.accessible();
  });

  it('says what a complaint needs about the resident', async () => {
    savedDraft(complaint({ name: '', preference: '', email: '', consent: false }), 'about');
    const el = await mount();
    await continueStep(el);
    expect(summaryMessages(el)).to.deep.equal(['Enter your name', 'Select how we should reply to your complaint']);
    expect(text(el)).to.not.contain('I do not want a reply');
    await expect(el).to.be.accessible();
  });

  for (const [preference, field, typed, message] of [
    ['email', 'email', '', 'Enter your email address'],
    ['email', 'email', 'sam@', 'Enter an email address in the correct format, like name@example.com'],
    ['phone', 'phone', '', 'Enter your phone number'],
    ['phone', 'phone', 'call me', 'Enter a UK phone number, like 01632 960 001 or 07700 900 982'],
    ['post', 'address', '', 'Enter your address, including the postcode'],
  ] as const) {
    it(`checks the ${field} when the resident chose ${preference}${typed ? ' (format)' : ''}`, async () => {
      savedDraft(complaint({ preference, email: '', [field]: typed }), 'about');
      const el = await mount();
      await continueStep(el);
      expect(summaryMessages(el)).to.deep.equal([message]);
      expect($(el, `#${field}`)!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, `#${field}`)!.getAttribute('aria-describedby')).to.contain(`${field}-error`);
      $<HTMLAnchorElement>(el, '.cx-error-summary a')!.click();
      expect(focused(el)?.id).to.equal(field);
    });
  }

  it('needs consent to use the details given', async () => {
    savedDraft(complaint({ consent: false }), 'about');
    const el = await mount();
    await continueStep(el);
    expect(summaryMessages(el)).to.deep.equal(['Select that you agree to us using your details to deal with your feedback']);
  });

  it('lets a suggestion be anonymous', async () => {
    savedDraft(complaint({ type: 'suggestion', name: '', preference: '', email: '', consent: false }), 'about');
    const el = await mount();
    expect($<HTMLLabelElement>(el, 'label[for="name"]')!.textContent).to.contain('(optional)');
    root(el).querySelector<HTMLInputElement>('#preference-none')!.click();
    await continueStep(el);
    expect(heading(el)).to.equal('Check your answers before sending');
    expect(text(el)).to.contain('Do not contact me');
  });

  it('does not nag while a field is typed for the first time, then follows the typing after a failed continue', async () => {
    savedDraft(complaint({ email: '' }), 'about');
    const el = await mount();
    $(el, '#email')!.focus();
    await type('sam@');
    await el.updateComplete;
    expect($(el, '#email-error'), 'no error while typing the first time').to.equal(null);
    await continueStep(el);
    expect(squash($(el, '#email-error')?.textContent)).to.contain('correct format');
    $(el, '#email')!.focus();
    await type('example.org');
    await el.updateComplete;
    expect($(el, '#email-error'), 'the error goes once it is fixed').to.equal(null);
  });
});

describe('cx-feedback-form: stage 2 and social care', () => {
  it('asks a stage 2 review for the earlier reference, in the charter’s format, and why the resident is not satisfied', async () => {
    server(json(201, { ...receipt, respondBy: '2026-12-21' }));
    const el = await mount();
    $<HTMLInputElement>(el, '#type-stage-2')!.click();
    await continueStep(el);
    expect(heading(el)).to.equal('The complaint you want us to review');
    expect(text(el)).to.contain('for example CEC-1357-2468');
    await continueStep(el);
    expect(summaryMessages(el)).to.deep.equal([
      'Enter the reference of the complaint you want us to review',
      'Enter why you are not satisfied with our response',
    ]);
    await expect(el).to.be.accessible();
    $(el, '#relatedReference')!.focus();
    await type('123456');
    $(el, '#reasonNotSatisfied')!.focus();
    await type('You did not answer my question about the missed collections.');
    await continueStep(el);
    expect(summaryMessages(el)).to.deep.equal([
      'Enter the reference exactly as it appears on our email or letter, for example CEC-1357-2468',
    ]);
    const reference = $<HTMLInputElement>(el, '#relatedReference')!;
    reference.focus();
    reference.select();
    await type('CEC-654321');
    await continueStep(el);
    expect(heading(el)).to.equal('Which service is your feedback about?');

    // The rest as in a complaint: carry on from check your answers after a reload.
    const draft = JSON.parse(storedDraft()!) as Draft<Answers>;
    expect(draft.answers).to.include({ type: 'stage-2', relatedReference: 'CEC-654321' });
    savedDraft({ ...complaint(), ...draft.answers, service: 'missed-bin', details: 'Missed bins', name: 'Sam', preference: 'email', email: 'sam@example.org', consent: true }, 'check');
    el.remove();
    const again = await mount();
    expect(text(again)).to.contain('Complaint reference CEC-654321');
    sendButton(again).click();
    await waitUntil(() => heading(again) === 'Review request sent', 'no confirmation');
    expect(calls[0].body).to.deep.include({
      type: 'stage-2',
      relatedReference: 'CEC-654321',
      reasonNotSatisfied: 'You did not answer my question about the missed collections.',
    });
    expect(text(again)).to.contain('You will get a full response by Monday 21 December 2026.');
    expect(text(again)).to.contain('A second officer');
  });

  it('tells a resident complaining about adult social care about its own procedure first, and still sends it, flagged', async () => {
    server(json(201, receipt));
    savedDraft(complaint({ service: '' }), 'service');
    const el = await mount();
    $(el, '#service-input')!.focus();
    await type('adult social care');
    await waitUntil(() => $$(el, '[role="option"]').length > 0, 'no services found');
    $$(el, '[role="option"]').find((o) => squash(o.textContent).startsWith('Adult social care'))!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#service-input')!.value).to.equal('Adult social care');
    await continueStep(el);
    expect(heading(el)).to.equal('Complaints about adult social care');
    expect(focused(el)).to.equal($(el, '[data-step-heading]'));
    const route = $<HTMLAnchorElement>(el, '.cx-inset a')!;
    expect(route.getAttribute('href')).to.equal(defaultCharter.feedback.socialCare.adults.url);
    expect(text(el)).to.contain(localText(defaultCharter.feedback.socialCare.adults.text, 'en'));
    expect(text(el)).to.contain('You can still send your complaint using this form.');
    await expect(el).to.be.accessible();
    await continueStep(el);
    expect(heading(el)).to.equal('What happened?');
    $<HTMLButtonElement>(el, '.cx-back-link')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Complaints about adult social care');
    await continueStep(el);
    await continueStep(el);
    await continueStep(el);
    expect(heading(el)).to.equal('Check your answers before sending');
    expect(text(el)).to.contain('pass it to the social care complaints team');
    sendButton(el).click();
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation');
    expect(calls[0].body.socialCare).to.equal('adults');
    expect(text(el)).to.contain('Complaints about adult social care follow their own statutory procedure.');
    expect(text(el), 'the kit routes social care; it does not promise the corporate date').to.not.contain('full response by');
  });

  it('does not stop a compliment about social care', async () => {
    savedDraft(complaint({ type: 'compliment', service: 'childrens-social-care' }), 'service');
    const el = await mount();
    await continueStep(el);
    expect(heading(el)).to.equal('What would you like to tell us?');
  });
});

describe('cx-feedback-form: one complaint, stage 1 to stage 2', () => {
  const reviewReceipt = { ...receipt, reference: 'CEC-513074', stage: 2, respondBy: '2026-12-21' };

  it('asks a known complaint’s review only why the resident is not satisfied and what they want done, and keeps its reference', async function () {
    this.timeout(20_000);
    server(json(201, reviewReceipt));
    const el = await mount(html`<cx-feedback-form id="ff" endpoint="/api/feedback" review-reference="CEC-513074" review-verifier="sam@example.org"></cx-feedback-form>`);
    expect(heading(el)).to.equal('Why you are asking for a review');
    expect(text(el)).to.contain('Complaint reference: CEC-513074');
    expect(text(el)).to.contain('At stage 2, we will provide a full response within 20 working days.');
    expect($(el, '#relatedReference'), 'the reference is not asked again').to.equal(null);
    await expect(el).to.be.accessible();
    await continueStep(el);
    expect(summaryMessages(el)).to.deep.equal(['Enter why you are not satisfied with our response']);
    $(el, '#reasonNotSatisfied')!.focus();
    await type('You did not answer my question.');
    $(el, '#wantedOutcome')!.focus();
    await type('Collect the bin.');
    await continueStep(el);
    expect(heading(el), 'no service, no original details').to.equal('About you');
    $(el, '#name')!.focus();
    await type('Sam Resident');
    $<HTMLInputElement>(el, '#preference')!.click();
    await el.updateComplete;
    $(el, '#email')!.focus();
    await type('sam@example.org');
    $<HTMLInputElement>(el, '#consent')!.click();
    await continueStep(el);
    expect(heading(el)).to.equal('Check your answers before sending');
    expect(text(el)).to.not.contain('Service').and.not.contain('Your feedback');
    expect(squash(sendButton(el).textContent)).to.equal('Ask for a review');
    await expect(el).to.be.accessible();
    sendButton(el).click();
    await waitUntil(() => heading(el) === 'Review request sent', 'no confirmation');
    expect(calls[0].body).to.deep.include({ type: 'stage-2', service: null, reasonNotSatisfied: 'You did not answer my question.', wantedOutcome: 'Collect the bin.' });
    expect(calls[0].body.review).to.deep.equal({ reference: 'CEC-513074', verifier: 'sam@example.org' });
    expect(calls[0].body.details ?? '').to.equal('');
    expect(text(el)).to.contain('Your reference is CEC-513074');
    expect(text(el)).to.contain('You will get a full response by Monday 21 December 2026.');
    expect(text(el)).to.contain('If it is not possible for us to meet these timeframes, we will contact you to explain why, and provide you with a more accurate timeframe');
    await expect(el).to.be.accessible();
  });

  it('starts the review when the page hands it the tracker’s “Ask for a review”, focusing its question', async () => {
    const el = await mount();
    el.askForReview({ reference: 'CEC-513074', verifier: 'CW1 2AB' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Why you are asking for a review');
    expect(focused(el)).to.equal($(el, '[data-step-heading]'));
  });

  it('arrived by the tracker’s link (#cx-review=<reference>), starts the review of that reference', async () => {
    const before = location.href;
    history.replaceState(null, '', '#cx-review=CEC-513074');
    try {
      const el = await mount();
      await waitUntil(() => heading(el) === 'The complaint you want us to review', 'the link did not start a review');
      expect($<HTMLInputElement>(el, '#relatedReference')!.value).to.equal('CEC-513074');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a broken #cx-review link is ignored: the first question as usual', async () => {
    const before = location.href;
    history.replaceState(null, '', '#cx-review=%E0%A4%A');
    try {
      const el = await mount();
      expect(heading(el)).to.equal('What do you want to do?');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('“Ask for a review” after sending a complaint on the same page: the confirmation gives way to the review', async () => {
    server(json(201, receipt));
    const el = await atCheck();
    sendButton(el).click();
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation');
    el.askForReview({ reference: 'CEC-513074', verifier: 'CW1 2AB' });
    await waitUntil(() => heading(el) === 'Why you are asking for a review', 'the confirmation stayed');
  });

  it('when the server cannot match the review, asks for the complaint in full, keeping the reference', async () => {
    server(json(422, { error: { code: 'validation', message: 'Check the highlighted fields', fields: { 'review.verifier': 'We could not find a complaint with this reference and email address or postcode' } } }));
    savedDraft({ ...complaint({ service: '', details: '' }), type: 'stage-2', relatedReference: 'CEC-513074', reviewVerifier: 'wrong@example.org', reasonNotSatisfied: 'No answer' }, 'check');
    const el = await mount();
    sendButton(el).click();
    await waitUntil(() => heading(el) === 'The complaint you want us to review', 'not sent back to the review');
    expect(summaryMessages(el)).to.deep.equal(['We could not find a complaint with this reference and email address or postcode']);
    expect($<HTMLInputElement>(el, '#relatedReference')!.value).to.equal('CEC-513074');
  });

  it('tells a complaint’s resident the council’s promise if the dates cannot be met, and the social care note', async () => {
    server(json(201, receipt));
    const el = await atCheck();
    sendButton(el).click();
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation');
    expect(text(el)).to.contain('If it is not possible for us to meet these timeframes, we will contact you to explain why, and provide you with a more accurate timeframe');
    expect(text(el)).to.contain('There are different procedures and timescales if your complaint relates to adults or children');
  });
});

describe('cx-feedback-form: what a screen reader meets', () => {
  const duplicateIds = (el: El) => {
    const ids = $$(el, '[id]').map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  };
  const states: [string, () => Promise<El>][] = [
    ['type', () => mount()],
    ['type with errors', async () => { const el = await mount(); await continueStep(el); return el; }],
    ['review', async () => { savedDraft(complaint({ type: 'stage-2' }), 'review'); const el = await mount(); await continueStep(el); return el; }],
    ['known review', () => mount(html`<cx-feedback-form id="ff" review-reference="CEC-513074" review-verifier="sam@example.org"></cx-feedback-form>`)],
    ['service', async () => { savedDraft(complaint({ service: '' }), 'service'); const el = await mount(); await continueStep(el); return el; }],
    ['social care', async () => { savedDraft(complaint({ service: 'adults-social-care' }), 'social-care'); return mount(); }],
    ['details', async () => { savedDraft(complaint({ details: '' }), 'details'); const el = await mount(); await continueStep(el); return el; }],
    ['about (each way to reply)', async () => { savedDraft(complaint({ name: '', consent: false }), 'about'); const el = await mount(); await continueStep(el); return el; }],
    ['about by phone', async () => { savedDraft(complaint({ preference: 'phone' }), 'about'); const el = await mount(); await continueStep(el); return el; }],
    ['about by post', async () => { savedDraft(complaint({ preference: 'post' }), 'about'); const el = await mount(); await continueStep(el); return el; }],
    ['check', () => atCheck()],
    ['check, failed', async () => { server(json(503, {}), json(503, {}), json(503, {})); const el = await atCheck(); el.timeoutMs = 50; sendButton(el).click(); await waitUntil(() => $(el, '.cx-failure'), 'no failure', { timeout: 8000 }); return el; }],
    ['confirmation', async () => { server(json(201, receipt)); const el = await atCheck(); sendButton(el).click(); await waitUntil(() => heading(el) === 'Complaint sent'); return el; }],
  ];
  for (const [state, reach] of states) {
    it(`has unique ids in its shadow root: ${state}`, async function () {
      this.timeout(15_000);
      const el = await reach();
      expect(duplicateIds(el)).to.deep.equal([]);
      for (const ref of $$(el, '[aria-describedby], [aria-labelledby], label[for]')) {
        for (const id of `${ref.getAttribute('aria-describedby') ?? ''} ${ref.getAttribute('aria-labelledby') ?? ''} ${ref.getAttribute('for') ?? ''}`.split(/\s+/).filter(Boolean)) {
          expect(root(el).getElementById(id), `${ref.localName} points at a missing #${id}`).to.not.equal(null);
        }
      }
    });
  }

  it('describes the service search box by its own hint, and the question by its own', async () => {
    savedDraft(complaint({ service: '' }), 'service');
    const el = await mount();
    const hintOf = (e: Element) => (e.getAttribute('aria-describedby') ?? '').split(' ').map((id) => squash(root(el).getElementById(id)?.textContent)).join(' ');
    expect(hintOf($(el, '#service-input')!)).to.contain('For example, bins, potholes or council tax');
    expect(hintOf($(el, '#service-input')!)).to.not.contain('This helps us pass it to the right team');
  });

  it('keeps each option’s hint outside its label, naming it only in aria-describedby', async () => {
    const el = await mount();
    for (const radio of $$(el, 'input[name="type"]')) {
      const label = $(el, `label[for="${radio.id}"]`)!;
      const hint = root(el).getElementById(radio.getAttribute('aria-describedby')!)!;
      expect(label.contains(hint)).to.equal(false);
      expect(squash(hint.textContent)).to.not.equal('');
    }
    expect(squash($(el, 'label[for="type-complaint"]')!.textContent)).to.equal('Make a complaint');
  });

  it('never swallows a first click: ticking “I do not know” and clicking Continue at once moves on', async () => {
    savedDraft(complaint({ service: '' }), 'service');
    const el = await mount();
    $<HTMLInputElement>(el, '#service-unknown')!.click();
    continueButton(el).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }));
    await el.updateComplete;
    expect(heading(el)).to.equal('What happened?');
  });

  it('ignores a second click on the same button within a second (GOV.UK’s prevent double click)', async () => {
    savedDraft(complaint({ details: '' }), 'details');
    const el = await mount();
    const button = continueButton(el);
    const click = () => button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }));
    click();
    await el.updateComplete;
    expect(summaryMessages(el)).to.deep.equal(['Enter what happened']);
    const summary = $(el, '.cx-error-summary');
    click();
    await el.updateComplete;
    expect($(el, '.cx-error-summary'), 'the second click did nothing').to.equal(summary);
  });

  it('never announces loading or sending: no live region holds “Loading” or “Sending”', async () => {
    let answer!: (r: Response) => void;
    server(() => new Promise<Response>((resolve) => (answer = resolve)));
    savedDraft(complaint(), 'check');
    const el = document.createElement('cx-feedback-form') as El;
    el.id = 'ff';
    el.setAttribute('endpoint', '/api/feedback');
    const live = () => $$(el, '[role="status"], [role="alert"], [aria-live]').map((r) => squash(r.textContent)).join(' ');
    const heard: string[] = [];
    document.body.append(el);
    try {
      heard.push(live());
      await settled(el);
      heard.push(live());
      sendButton(el).click();
      await el.updateComplete;
      expect(squash($(el, '[data-send-status]')?.textContent)).to.contain('Sending your feedback');
      heard.push(live());
      answer(json(201, receipt));
      await waitUntil(() => heading(el) === 'Complaint sent');
    } finally {
      el.remove();
    }
    expect(heard.join(' ')).to.not.match(/Loading|Sending/);
  });
});

describe('cx-feedback-form: the page’s language', () => {
  it('re-words everything on a change of lang, error messages and the summary included', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    document.body.append(wrapper);
    const el = document.createElement('cx-feedback-form') as El;
    el.id = 'ff';
    wrapper.append(el);
    try {
      await settled(el);
      await continueStep(el);
      expect(summaryMessages(el)).to.deep.equal(['Select what you want to do']);
      wrapper.lang = 'cy';
      await waitUntil(() => heading(el) !== 'What do you want to do?', 'the heading stayed English', { timeout: 5000 });
      await el.updateComplete;
      expect(summaryMessages(el)[0]).to.not.equal('Select what you want to do');
      expect(squash($(el, '#type-error')?.textContent)).to.not.contain('Select what you want to do');
      expect(squash($(el, 'label[for="type-complaint"]')?.textContent)).to.not.equal('Make a complaint');
    } finally {
      wrapper.remove();
    }
  });
});

describe('cx-feedback-form: nothing is lost', () => {
  it('on the built-in charter, shows the first question without the services, which come with the later steps', async () => {
    const el = await mount();
    await waitUntil(() => el.resolvedCharter, 'the built-in charter never came');
    expect(el.resolvedCharter!.services, 'the first question needs no services').to.deep.equal([]);
    $<HTMLInputElement>(el, '#type')!.click();
    await el.updateComplete;
    expect(el.resolvedCharter!.services).to.have.length(defaultCharter.services.length);
    await continueStep(el);
    expect(heading(el)).to.equal('Which service is your feedback about?');
  });

  it('keeps a restored service chosen on the first question (the services load at once for it)', async () => {
    savedDraft(complaint(), 'type');
    const el = await mount();
    await waitUntil(() => el.resolvedCharter?.services.length, 'the services never came');
    expect(el.resolvedCharter!.services).to.have.length(defaultCharter.services.length);
    await continueStep(el);
    expect(JSON.parse(storedDraft()!).answers.service).to.equal('missed-bin');
  });

  it('saves every change in this tab and restores it after a reload, with a notice and Start again', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#type')!.click();
    await continueStep(el);
    expect(JSON.parse(storedDraft()!).answers.type).to.equal('suggestion');
    expect(localStorage.length, 'nothing on the device unless asked').to.equal(0);
    el.remove();

    const reloaded = await mount();
    expect(heading(reloaded)).to.equal('Which service is your feedback about?');
    expect(squash($(reloaded, '.cx-notice')?.textContent)).to.contain('We have kept the answers you gave earlier');
    $<HTMLButtonElement>(reloaded, '.cx-back-link')!.click();
    await reloaded.updateComplete;
    expect($<HTMLInputElement>(reloaded, '#type')!.checked).to.equal(true);
    await expect(reloaded).to.be.accessible();

    $<HTMLButtonElement>(reloaded, '.cx-notice button')!.click();
    await reloaded.updateComplete;
    expect(heading(reloaded)).to.equal('What do you want to do?');
    expect($<HTMLInputElement>(reloaded, '#type')!.checked).to.equal(false);
    expect(storedDraft()).to.equal(null);
  });

  it('keeps a draft on the device only when the resident ticks Remember, and says what is kept', async () => {
    const el = await mount();
    expect(text(el)).to.contain('Remember my answers on this device');
    expect(text(el)).to.contain('Do not tick this on a shared or public computer');
    $<HTMLInputElement>(el, '#type-compliment')!.click();
    expect(localStorage.getItem(draftKey(location.pathname, 'ff'))).to.equal(null);
    $<HTMLInputElement>(el, '#remember')!.click();
    expect(JSON.parse(localStorage.getItem(draftKey(location.pathname, 'ff'))!).answers.type).to.equal('compliment');
    $<HTMLInputElement>(el, '#remember')!.click();
    expect(localStorage.getItem(draftKey(location.pathname, 'ff'))).to.equal(null);
  });

  it('keeps separate drafts for two forms on one page, named by draft-key, id or name, never by position', async () => {
    // Not fixture() on a plain <div>: it waits for an animation frame, which a background test page may never get.
    const a = await mount(html`<cx-feedback-form name="feedback-a"></cx-feedback-form>`);
    const b = document.createElement('cx-feedback-form') as El;
    b.setAttribute('draft-key', 'feedback-b');
    b.id = 'ignored-when-there-is-a-draft-key';
    a.before(b); // moving forms about changes nothing
    await settled(b);
    $<HTMLInputElement>(a, '#type-complaint')!.click();
    $<HTMLInputElement>(b, '#type-compliment')!.click();
    expect(JSON.parse(sessionStorage.getItem(draftKey(location.pathname, 'feedback-a'))!).answers.type).to.equal('complaint');
    expect(JSON.parse(sessionStorage.getItem(draftKey(location.pathname, 'feedback-b'))!).answers.type).to.equal('compliment');
    b.remove();
    a.remove();
    const again = await mount(html`<cx-feedback-form name="feedback-a"></cx-feedback-form>`);
    expect($<HTMLInputElement>(again, '#type-complaint')!.checked, 'restored by name').to.equal(true);
  });

  it('lets a second unnamed form keep no draft rather than write over the first one’s, and tells the editor', async () => {
    const a = await mount(html`<cx-feedback-form></cx-feedback-form>`);
    const b = document.createElement('cx-feedback-form') as El;
    const errored = oneEvent(b, 'cx-error');
    a.after(b);
    expect((await errored).detail.code).to.equal('attribute-invalid');
    await settled(b);
    $<HTMLInputElement>(a, '#type-complaint')!.click();
    $<HTMLInputElement>(b, '#type-compliment')!.click();
    expect(JSON.parse(sessionStorage.getItem(draftKey(location.pathname, ''))!).answers.type).to.equal('complaint');
    expect(sessionStorage.length).to.equal(1);
  });
});

describe('cx-feedback-form: the first question before the charter', () => {
  let charters = 0;
  /** A charter-src whose answer the test gives when it likes (`respond`), or refuses (`fail`). */
  function slowCharter() {
    const url = `/slow-charter-${++charters}.json`;
    let answer!: (response: Response | Error) => void;
    const answered = new Promise<Response | Error>((resolve) => (answer = resolve));
    window.fetch = (async (input: RequestInfo | URL) => {
      if (String(input).endsWith(url)) {
        const response = await answered;
        if (response instanceof Error) throw response;
        return response;
      }
      return realFetch(input);
    }) as typeof fetch;
    return {
      url,
      respond: () => answer(json(200, { ...defaultCharter, services: defaultCharter.services.slice(0, 3) })),
      fail: () => answer(new TypeError('Failed to fetch')),
    };
  }
  const radio = (el: El, value: string) => $<HTMLInputElement>(el, value === 'suggestion' ? '#type' : `#type-${value}`)!;

  it('shows at once with the built-in charter (which has no endpoint: the preview notice is already right)', async () => {
    expect(defaultCharter.feedback.endpoint, 'the first question shows the preview notice before the charter').to.equal(undefined);
    const el = await fixture<El>(html`<cx-feedback-form id="ff"></cx-feedback-form>`);
    expect(heading(el)).to.equal('What do you want to do?');
    expect($$(el, 'input[type="radio"]')).to.have.length(4);
    expect(text(el)).to.contain('This is a preview.');
    expect($(el, '[aria-busy="true"]')).to.equal(null);
  });

  it('waits for a charter the page gives unless `endpoint` says the form is not a preview', async () => {
    const slow = slowCharter();
    const el = await fixture<El>(html`<cx-feedback-form id="ff" charter-src=${slow.url}></cx-feedback-form>`);
    expect(heading(el), 'its charter could still say where to send').to.equal('');
    expect($(el, '[aria-busy="true"]')).to.not.equal(null);
    slow.respond();
    await settled(el);
  });

  it('keeps the choice, the focus and the very same controls when the charter comes', async () => {
    const slow = slowCharter();
    const el = await fixture<El>(html`<cx-feedback-form id="ff" endpoint="/api/feedback" charter-src=${slow.url}></cx-feedback-form>`);
    expect(heading(el)).to.equal('What do you want to do?');
    expect(el.resolvedCharter).to.equal(undefined);
    const complaint = radio(el, 'complaint');
    complaint.focus();
    await press(' ');
    await waitUntil(() => complaint.checked, 'the radio was not chosen');
    const height = el.getBoundingClientRect().height;
    slow.respond();
    await waitUntil(() => el.resolvedCharter, 'the charter never came');
    await el.updateComplete;
    expect(radio(el, 'complaint'), 'the same input, not a new one').to.equal(complaint);
    expect(complaint.checked).to.equal(true);
    expect(focused(el)).to.equal(complaint);
    expect(el.getBoundingClientRect().height, 'nothing moved').to.equal(height);
  });

  it('Continue waits for the charter, saying so politely, then goes on', async () => {
    const slow = slowCharter();
    const el = await fixture<El>(html`<cx-feedback-form id="ff" endpoint="/api/feedback" charter-src=${slow.url}></cx-feedback-form>`);
    continueButton(el).click();
    await el.updateComplete;
    expect(summaryMessages(el), 'the first question’s check needs no charter').to.deep.equal(['Select what you want to do']);
    radio(el, 'suggestion').click();
    continueButton(el).click();
    await waitUntil(() => squash($(el, '[role="status"]')?.textContent) === 'Loading…', 'no busy message');
    expect(heading(el)).to.equal('What do you want to do?');
    const done = el.updateComplete;
    slow.respond();
    await done;
    await shows(el, 'Which service is your feedback about?');
    expect(focused(el)).to.equal($(el, '[data-step-heading]'));
  });

  it('a charter that cannot be loaded shows the fallback after Continue, and the answer is kept', async () => {
    const slow = slowCharter();
    const el = await fixture<El>(html`<cx-feedback-form id="ff" endpoint="/api/feedback" charter-src=${slow.url}
      ><p>Call 01632 960000</p></cx-feedback-form
    >`);
    radio(el, 'compliment').click();
    slow.fail();
    await oneEvent(el, 'cx-error');
    await el.updateComplete;
    expect(heading(el), 'the resident is not interrupted').to.equal('What do you want to do?');
    expect(radio(el, 'compliment').checked).to.equal(true);
    continueButton(el).click();
    await el.updateComplete;
    expect($(el, 'slot'), 'the editor’s fallback').to.not.equal(null);
    expect(JSON.parse(storedDraft()!).answers.type).to.equal('compliment');
  });
});

describe('cx-feedback-form: sending', () => {
  it('sends one request however often Send is pressed', async () => {
    let answer!: (r: Response) => void;
    server(() => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await atCheck();
    const button = sendButton(el);
    button.click();
    button.click();
    button.focus();
    await press('Enter');
    await press('Enter');
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(squash($(el, '[data-send-status]')?.textContent)).to.contain('Sending your feedback');
    answer(json(201, receipt));
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation');
    expect(calls.length).to.equal(1);
  });

  it('after a timeout, says nothing is lost and retries with the same key', async () => {
    server(hang, json(201, receipt));
    const el = await atCheck();
    el.timeoutMs = 50;
    const errored = oneEvent(el, 'cx-error');
    sendButton(el).click();
    expect((await errored).detail.code).to.equal('timeout');
    await el.updateComplete;
    const failure = $(el, '.cx-failure')!;
    expect(squash(failure.textContent)).to.contain('We could not send your feedback').and.contain('Nothing you wrote has been lost.');
    expect(focused(el)).to.equal(failure);
    expect(storedDraft()).to.not.equal(null);
    await expect(el).to.be.accessible();
    $$(el, '.cx-failure button')[0].click();
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation after retry');
    expect(calls.length).to.equal(2);
    expect(calls[1].key).to.equal(calls[0].key);
    expect(calls[0].key).to.equal('draft-key-1');
  });

  it('when the browser is offline, says so, and sends by itself once it is back online', async () => {
    server(json(201, receipt));
    const el = await atCheck();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const errored = oneEvent(el, 'cx-error');
      sendButton(el).click();
      expect((await errored).detail.code).to.equal('offline');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    await el.updateComplete;
    expect(text(el)).to.contain('Your device is not connected to the internet. We will try again by ourselves when your connection comes back.');
    expect(calls.length, 'nothing is sent while offline').to.equal(0);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => heading(el) === 'Complaint sent', 'no retry when back online');
    expect(calls.map((c) => c.key)).to.deep.equal(['draft-key-1']);
  });

  it('when online but the council’s service cannot be reached, says so (not “check your connection”) and gives the charter’s phone and email', async () => {
    server(new TypeError('Failed to fetch'));
    const el = await atCheck();
    const errored = oneEvent(el, 'cx-error');
    sendButton(el).click();
    expect((await errored).detail.code).to.equal('unreachable');
    await el.updateComplete;
    const failure = squash($(el, '.cx-failure')!.textContent);
    expect(failure).to.contain('We could not reach our system from this page. Your internet connection is working');
    expect(failure).to.not.contain('Check your internet connection');
    const phone = defaultCharter.channels.find((c) => c.kind === 'phone')!.phone!;
    const email = defaultCharter.channels.find((c) => c.kind === 'email')!.email!;
    const links = $$(el, '.cx-failure a').map((a) => a.getAttribute('href'));
    expect(links).to.include(`tel:+44${phone.replace(/\D/g, '').slice(1)}`);
    expect(links).to.include(`mailto:${email}`);
    expect(failure, 'the built-in charter’s contacts are examples, and it says so').to.contain('Example details: this council has not set its own yet.');
    await expect(el).to.be.accessible();
  });

  // A refusal (403) and an address with no feedback service (404) are both how the page is set up.
  for (const [status, code] of [
    [403, 'refused'],
    [404, 'not-found'],
  ] as const) {
    it(`when the council’s service answers ${status}, says truthfully it is how the page is set up, keeps the answers, and gives the phone and email`, async () => {
      server(json(status, {}));
      const el = await atCheck();
      const errored = oneEvent(el, 'cx-error');
      sendButton(el).click();
      expect((await errored).detail.code).to.equal(code);
      await el.updateComplete;
      expect(text(el)).to.contain('Our system does not accept feedback sent from this page. This is a problem with how the page is set up, not with anything you wrote.');
      expect(text(el)).to.contain('Nothing you wrote has been lost.');
      expect($$(el, '.cx-failure a[href^="tel:"]').length).to.equal(1);
      expect($$(el, '.cx-failure a[href^="mailto:"]').length).to.equal(1);
    });
  }

  it('shows a 422’s field errors on the fields, on the right step, and sends the corrected draft with a new key', async () => {
    server(
      json(422, { error: { code: 'invalid', message: 'Check the highlighted fields', fields: { 'contact.email': 'We cannot send email to this address' } } }),
      json(201, receipt),
    );
    const el = await atCheck();
    const errored = oneEvent(el, 'cx-error');
    sendButton(el).click();
    expect((await errored).detail.code).to.equal('validation');
    await el.updateComplete;
    expect(heading(el)).to.equal('About you');
    expect(summaryMessages(el)).to.deep.equal(['We cannot send email to this address']);
    expect(focused(el)).to.equal($(el, '.cx-error-summary'));
    expect(squash($(el, '#email-error')?.textContent)).to.contain('We cannot send email to this address');
    await expect(el).to.be.accessible();
    await continueStep(el);
    expect(heading(el), 'the server’s objection stands until the field changes').to.equal('About you');
    const email = $<HTMLInputElement>(el, '#email')!;
    email.focus();
    email.select();
    await type('sam.resident@example.org');
    await continueStep(el);
    expect(heading(el)).to.equal('Check your answers before sending');
    sendButton(el).click();
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation');
    expect(calls[1].body.contact.email).to.equal('sam.resident@example.org');
    expect(calls[1].key).to.not.equal(calls[0].key);
  });

  it('retries a 500 by itself with the same key, then shows the confirmation', async () => {
    server(json(500, { error: { code: 'server-error', message: 'Oops' } }), json(201, receipt));
    const el = await atCheck();
    sendButton(el).click();
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation after the retry', { timeout: 5000 });
    expect(calls.length).to.equal(2);
    expect(calls[1].key).to.equal(calls[0].key);
  });

  it('says the council’s system is not working when 5xx answers go on, and lets the resident try again', async () => {
    server(json(503, {}, { 'Retry-After': '0' }), json(503, {}, { 'Retry-After': '0' }), json(503, {}, { 'Retry-After': '0' }), json(201, receipt));
    const el = await atCheck();
    const errored = oneEvent(el, 'cx-error');
    sendButton(el).click();
    expect((await errored).detail.code).to.equal('server-error');
    await el.updateComplete;
    expect(calls.length, 'three attempts in all').to.equal(3);
    expect(text(el)).to.contain('Nothing you wrote has been lost.').and.contain('Our system is not working at the moment.');
    $$(el, '.cx-failure button')[0].click();
    await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation after trying again');
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1);
  });

  it('keeps the draft and says so when a 201 has no receipt in it', async () => {
    server(json(201, { ok: true }));
    const el = await atCheck();
    const errored = oneEvent(el, 'cx-error');
    sendButton(el).click();
    expect((await errored).detail.code).to.equal('invalid-response');
    await el.updateComplete;
    expect(heading(el)).to.equal('Check your answers before sending');
    expect(text(el)).to.contain('We did not get a reference back, so we cannot be sure your feedback arrived.');
    expect(text(el)).to.contain('Nothing you wrote has been lost.');
    expect(JSON.parse(storedDraft()!).answers.details).to.equal('My bin was not emptied on Monday.');
  });

  it('says it is a preview and sends nothing without an endpoint', async () => {
    server();
    const el = await atCheck(complaint(), html`<cx-feedback-form id="ff"></cx-feedback-form>`);
    expect(text(el)).to.contain('This is a preview.');
    sendButton(el).click();
    await el.updateComplete;
    expect(text(el)).to.contain('This form is a preview, so your feedback has not been sent.');
    expect(calls.length).to.equal(0);
    expect(heading(el)).to.equal('Check your answers before sending');
  });

  it('lets the host page send it itself by cancelling cx-submit, then show the confirmation', async () => {
    server();
    const el = await atCheck();
    const submitting = oneEvent(el, 'cx-submit');
    el.addEventListener('cx-submit', (e) => e.preventDefault(), { once: true });
    sendButton(el).click();
    const event = await submitting;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.submission).to.deep.include({ type: 'complaint', service: 'missed-bin' });
    await el.updateComplete;
    expect(calls.length).to.equal(0);
    expect(text(el)).to.not.contain('sent');
    expect(el.showConfirmation({ nope: 1 })).to.equal(false);
    expect(el.showConfirmation(receipt)).to.equal(true);
    await el.updateComplete;
    expect(heading(el)).to.equal('Complaint sent');
    expect(storedDraft()).to.equal(null);
  });
});

describe('cx-feedback-form: the page around it', () => {
  it('takes the place of the editor’s plain fallback form', async () => {
    const el = await mount(html`<cx-feedback-form id="ff" endpoint="/api/feedback">
      <form action="/api/feedback" method="post"><label>Feedback <textarea name="details"></textarea></label><button>Send</button></form>
    </cx-feedback-form>`);
    const fallback = el.querySelector('form')!;
    expect(fallback.getClientRects().length, 'the fallback form is not shown').to.equal(0);
    expect(heading(el)).to.equal('What do you want to do?');
  });

  it('hides the honeypot from people and assistive technology', async () => {
    savedDraft(complaint(), 'about');
    const el = await mount();
    const trap = $<HTMLInputElement>(el, '#website')!;
    expect(trap.getClientRects().length).to.equal(0);
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
  });

  it('puts nothing personal in the URL or the console', async () => {
    server(json(201, receipt));
    const logged: string[] = [];
    const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
    for (const level of ['log', 'warn', 'error', 'info'] as const) console[level] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const el = await atCheck(complaint(), html`<cx-feedback-form id="ff" endpoint="/api/feedback" debug></cx-feedback-form>`);
      sendButton(el).click();
      await waitUntil(() => heading(el) === 'Complaint sent', 'no confirmation');
    } finally {
      Object.assign(console, saved);
    }
    expect(calls[0].url).to.equal('/api/feedback');
    expect(location.href).to.not.contain('sam');
    expect(logged.join('\n')).to.not.contain('sam@example.org').and.not.contain('Sam Resident');
  });

  it('counts characters as GOV.UK does, announcing the count politely once the resident pauses', async () => {
    const charter = structuredClone(defaultCharter);
    charter.feedback.maxLength = 120;
    savedDraft(complaint({ details: '' }), 'details');
    const el = await mount(html`<cx-feedback-form id="ff" endpoint="/api/feedback" .charter=${charter}></cx-feedback-form>`);
    const box = $<HTMLTextAreaElement>(el, '#details')!;
    expect(box.getAttribute('aria-describedby')).to.contain('details-info');
    expect(squash($(el, '#details-info')?.textContent)).to.equal('You can enter up to 120 characters');
    expect(squash($(el, '.cx-character-count')?.textContent)).to.equal('You have 120 characters remaining');
    expect($(el, '.cx-character-count')!.getAttribute('aria-hidden')).to.equal('true');
    box.focus();
    await type('x'.repeat(100));
    await el.updateComplete;
    expect(squash($(el, '.cx-character-count')?.textContent)).to.equal('You have 20 characters remaining');
    const status = $(el, '[data-count-status="details"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    await waitUntil(() => squash(status.textContent) === 'You have 20 characters remaining', 'the count was not announced', { timeout: 3000 });
  });
});
