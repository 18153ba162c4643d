import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultCharter } from '@cx-kit/core';
import type { CxRequestTracker } from '../src/cx-request-tracker.js';
import '../../kit/src/entries/cx-request-tracker.js';
import { ManualTimers, cxStatus, fixtureText, json, never, offline, pageVisibility, stubFetch, text, xml } from './helpers.js';

type Tracker = CxRequestTracker;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const settled = (el: Element) => waitUntil(() => $(el, '.cx-request, .cx-failure'), 'the lookup did not finish', { timeout: 5000 });
const formReady = (el: Element) => waitUntil(() => $(el, 'form'), 'no form', { timeout: 5000 });
const focused = (el: Element) => el.shadowRoot!.activeElement;
const liveRegion = (el: Element) => $(el, '[aria-live="polite"]')!.textContent!.trim();

/** Types into the form and submits it, as a resident would with a keyboard. */
async function fillAndSubmit(el: Tracker, reference: string, verifier?: string) {
  await formReady(el);
  $(el, '#cx-reference')!.focus();
  if (reference) await sendKeys({ type: reference });
  if (verifier !== undefined) {
    $(el, '#cx-verifier')!.focus();
    if (verifier) await sendKeys({ type: verifier });
  }
  await sendKeys({ press: 'Enter' });
}

const open311Charter = () => {
  const charter = structuredClone(defaultCharter);
  charter.organisation.referenceFormat = { pattern: '^\\d{6}$', example: '638344', description: 'The 6-digit number in the email we sent you.' };
  return charter;
};

function clearRemembered() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('cx-request-tracker:')) localStorage.removeItem(key);
}

let fetchStub: ReturnType<typeof stubFetch> | undefined;
afterEach(() => {
  fetchStub?.restore();
  fetchStub = undefined;
  clearRemembered();
});

describe('<cx-request-tracker api-kind="open311">: recorded responses', () => {
  it('looks a reference up at once and shows an open request without an expected date', async () => {
    fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-open.json'))));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/open311/v2" api-kind="open311" reference="638344" now="2026-03-04"></cx-request-tracker>`);
    const loaded = await oneEvent(el, 'cx-status-loaded');
    expect(loaded.detail).to.deep.equal({ reference: '638344', status: 'received' });
    await settled(el);
    expect(fetchStub.calls[0].url).to.equal('/open311/v2/requests/638344.json');
    expect($(el, 'form'), 'no form to fill').to.equal(null);
    expect(text(el)).to.contain('Request 638344').and.contain('Potholes').and.contain('Highways, Cheshire East Council').and.contain('Example Road, Exampletown');
    expect($(el, '[part="status"]')!.textContent!.trim()).to.equal('Received');
    expect(text(el)).to.contain('The council has not published a date for this yet.');
    const time = $(el, '.cx-timeline time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-03-02T10:15:00+00:00');
    expect(time.textContent).to.equal('Monday 2 March 2026 at 10:15am');
    await expect(el).to.be.accessible();
  });

  it('shows an extended status in plain words, the council’s notes and the expected date', async () => {
    fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-expected.json'))));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/open311/v2" api-kind="open311" reference="638345" now="2026-03-05"></cx-request-tracker>`);
    await settled(el);
    expect($(el, '[part="status"]')!.textContent!.trim()).to.equal('Being worked on');
    expect(text(el)).to.contain('The work has been scheduled.').and.contain('A repair crew is booked for this street.');
    expect($(el, '.cx-next')!.textContent).to.equal('We expect to finish by Friday 13 March 2026.');
    expect($$(el, '.cx-timeline li')).to.have.length(2);
    expect(text(el)).not.to.contain('overdue');
    await expect(el).to.be.accessible();
  });

  it('says sorry when the expected date has passed', async () => {
    fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-expected.json'))));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/open311/v2" api-kind="open311" reference="638345" now="2026-03-20"></cx-request-tracker>`);
    await settled(el);
    const overdue = $(el, '[part="overdue"]')!;
    expect(overdue.textContent).to.contain('This is overdue. We are sorry.').and.contain('Friday 13 March 2026').and.contain('Contact the team dealing with it');
    expect(text(el)).to.contain('01632 960000');
    await expect(el).to.be.accessible();
  });

  it('shows a closed request as closed, never overdue', async () => {
    fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-closed.json'))));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/open311/v2" api-kind="open311" reference="638346" now="2026-06-01"></cx-request-tracker>`);
    await settled(el);
    expect($(el, '[part="status"]')!.textContent!.trim()).to.equal('Closed');
    expect(text(el)).to.contain('This request is closed.').and.contain('Duplicate request: already reported and repaired.');
    expect($(el, '[part="overdue"]')).to.equal(null);
    expect(text(el), 'media URLs are not shown').not.to.contain('photo');
    await expect(el).to.be.accessible();
  });

  it('reads XML with format="xml" and sends jurisdiction_id', async () => {
    fetchStub = stubFetch(xml(await fixtureText('open311-open.xml')));
    const el = await fixture<Tracker>(
      html`<cx-request-tracker api="/open311/v2" api-kind="open311" format="xml" jurisdiction-id="cheshireeast.gov.uk" reference="638344" now="2026-03-04"></cx-request-tracker>`,
    );
    await settled(el);
    expect(fetchStub.calls[0].url).to.equal('/open311/v2/requests/638344.xml?jurisdiction_id=cheshireeast.gov.uk');
    expect(text(el)).to.contain('We expect to finish by Monday 16 March 2026.');
  });

  it('shows markup in an XML answer as plain text', async () => {
    fetchStub = stubFetch(xml(await fixtureText('open311-hostile.xml')));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/x" api-kind="open311" format="xml" reference="638348"></cx-request-tracker>`);
    await settled(el);
    expect(text(el)).to.contain('<img src=x onerror="window.__cxPwned = true">Repaired');
    expect($(el, '.cx-request img, .cx-request b')).to.equal(null);
    expect((window as { __cxPwned?: boolean }).__cxPwned).to.equal(undefined);
  });

  it('reads the error array as "not found", with a way back to the reference', async () => {
    fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-not-found.json')), 404));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/x" api-kind="open311" .charter=${open311Charter()}></cx-request-tracker>`);
    const errored = oneEvent(el, 'cx-error');
    await fillAndSubmit(el, '999999');
    expect((await errored).detail.code).to.equal('not-found');
    await settled(el);
    expect(text(el)).to.contain('We could not find that request').and.contain('Check the reference and try again.');
    await waitUntil(() => focused(el)?.id === 'cx-result-title', 'focus moves to the message');
    await expect(el).to.be.accessible();
    $(el, '.cx-failure .cx-button')!.click();
    await waitUntil(() => focused(el)?.id === 'cx-reference', 'focus back on the reference');
    expect($<HTMLInputElement>(el, '#cx-reference')!.value).to.equal('999999');
  });

  it('asks only for the reference (Open311 lookups are public), checked against the charter’s format', async () => {
    fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-open.json'))));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/x" api-kind="open311" .charter=${open311Charter()}></cx-request-tracker>`);
    await formReady(el);
    expect($(el, '#cx-verifier')).to.equal(null);
    expect(text(el)).to.contain('The 6-digit number in the email we sent you.');
    await fillAndSubmit(el, 'CEC-1');
    await waitUntil(() => $(el, '.cx-error-summary'));
    expect(text(el)).to.contain('Enter your reference in the right format, like 638344');
    expect(fetchStub.calls, 'nothing is sent').to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<cx-request-tracker api-kind="cx">: the lookup form', () => {
  it('shows the reference (with the charter’s description), the email or postcode, and the remember choice', async () => {
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await formReady(el);
    expect(text(el)).to.contain('Your reference').and.contain('It starts with CEC- followed by 8 numbers').and.contain('Email address or postcode');
    expect(text(el)).to.contain('Remember this reference on this device');
    expect($<HTMLInputElement>(el, '#cx-remember')!.checked, 'opt-in: not ticked').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('sends nothing and shows the GOV.UK error summary, focused, when fields are empty', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await fillAndSubmit(el, '', '');
    await waitUntil(() => $(el, '.cx-error-summary'));
    expect(fetchStub.calls).to.have.length(0);
    expect(focused(el)?.classList.contains('cx-error-summary')).to.equal(true);
    const links = $$(el, '.cx-error-summary a').map((a) => a.textContent);
    expect(links).to.deep.equal(['Enter your reference', 'Enter the email address or postcode you gave us']);
    expect($(el, '#cx-reference-error')!.textContent).to.contain('Enter your reference');
    expect($(el, '#cx-reference')!.getAttribute('aria-describedby')).to.contain('cx-reference-error');
    await expect(el).to.be.accessible();
    $$(el, '.cx-error-summary a')[1].click();
    expect(focused(el)?.id).to.equal('cx-verifier');
  });

  it('checks the format of both before sending', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await fillAndSubmit(el, '12345', 'not an address');
    await waitUntil(() => $(el, '.cx-error-summary'));
    expect(text(el)).to.contain('Enter your reference in the right format, like CEC-1357-2468');
    expect(text(el)).to.contain('Enter an email address like name@example.com, or a postcode like CW1 2AB');
    expect(fetchStub.calls).to.have.length(0);
  });

  it('POSTs the reference and verifier in the body, never the URL, and shows the request with focus on it', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-04"></cx-request-tracker>`);
    const loaded = oneEvent(el, 'cx-status-loaded');
    await fillAndSubmit(el, 'cec-123456', 'cw1 2ab');
    expect((await loaded).detail).to.deep.equal({ reference: 'CEC-123456', status: 'acknowledged' });
    await settled(el);
    const sent = fetchStub.calls[0];
    expect(sent.method).to.equal('POST');
    expect(sent.url).to.equal('/api/track');
    expect(JSON.parse(sent.body!)).to.deep.equal({ reference: 'CEC-123456', verifier: 'CW1 2AB' });
    await waitUntil(() => focused(el)?.id === 'cx-result-title', 'focus on the result');
    expect(text(el)).to.contain('Compliments, suggestions and complaints').and.contain('Stage 1').and.contain('Monday 2 March 2026');
    expect($(el, '.cx-next')!.textContent).to.equal('We will send you a full response by Monday 16 March 2026.');
    expect(text(el)).to.contain('This is the date our customer charter promises');
    expect($(el, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+441632960123');
    expect($(el, 'a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:feedback@cheshireeast.example.org');
    expect($$(el, 'ol.cx-timeline > li').map((li) => li.querySelector('.cx-timeline__title')!.textContent)).to.deep.equal(['Received', 'Acknowledged']);
    expect(localStorage.getItem('cx-request-tracker:/api'), 'not remembered without opt-in').to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<cx-request-tracker api-kind="cx" reference>', () => {
  it('fills in the reference and waits for the email or postcode (never looks up without it)', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" reference="CEC-123456"></cx-request-tracker>`);
    await formReady(el);
    expect($<HTMLInputElement>(el, '#cx-reference')!.value).to.equal('CEC-123456');
    expect(fetchStub.calls).to.have.length(0);
    $(el, '#cx-verifier')!.focus();
    await sendKeys({ type: 'jo@example.org' });
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await settled(el);
    expect(JSON.parse(fetchStub.calls[0].body!)).to.deep.equal({ reference: 'CEC-123456', verifier: 'jo@example.org' });
  });
});

describe('<cx-request-tracker>: each status of the cx contract', () => {
  const expectations: Record<string, { tag: string; next: string }> = {
    received: { tag: 'Received', next: 'We will acknowledge it by Thursday 5 March 2026.' },
    acknowledged: { tag: 'Acknowledged', next: 'We will send you a full response by Monday 16 March 2026.' },
    'in-progress': { tag: 'Being worked on', next: 'We will send you a full response by Monday 16 March 2026.' },
    'awaiting-information': { tag: 'Waiting for your information', next: 'We need more information from you' },
    answered: { tag: 'Answered', next: 'you may request that it be reviewed by a second officer. At stage 2, we will provide a full response within 20 working days. Your complaint keeps the same reference.' },
    closed: { tag: 'Closed', next: 'This request is closed.' },
    escalated: { tag: 'Escalated to stage 2', next: 'We will send you a full response by Friday 1 May 2026.' },
  };
  for (const [status, expected] of Object.entries(expectations)) {
    it(`shows "${status}" as "${expected.tag}" with what happens next`, async () => {
      const events =
        status === 'escalated'
          ? [...cxStatus().events, { at: '2026-04-01T10:00:00+01:00', status: 'escalated', text: 'You asked for a stage 2 review.' }]
          : cxStatus().events;
      fetchStub = stubFetch(json(cxStatus({ status, stage: status === 'escalated' ? 2 : 1, events })));
      const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-04"></cx-request-tracker>`);
      await fillAndSubmit(el, 'CEC-123456', 'CW1 2AB');
      await settled(el);
      expect($(el, '[part="status"]')!.textContent!.trim()).to.equal(expected.tag);
      expect(text(el)).to.contain(expected.next);
      await expect(el).to.be.accessible();
    });
  }

  it('says sorry when a stage 1 response is late, with what to do from the charter', async () => {
    fetchStub = stubFetch(json(cxStatus({ status: 'in-progress' })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-20"></cx-request-tracker>`);
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await settled(el);
    const overdue = $(el, '[part="overdue"]')!;
    expect(overdue.querySelector('h3')!.textContent).to.equal('This is overdue. We are sorry.');
    expect(overdue.textContent).to.contain('We should have done this by Monday 16 March 2026.');
    expect(overdue.textContent).to.contain('Contact the customer feedback team, quoting your reference.');
    expect(overdue.textContent).to.contain('(stage 2)');
    expect($(el, '.cx-next')!.textContent, 'no date in the past as a promise').to.equal('We will send you a full response as soon as we can.');
    expect($$(el, '.cx-tag').map((t) => t.textContent!.trim())).to.deep.equal(['Being worked on', 'Overdue']);
    await expect(el).to.be.accessible();
  });

  it('points to the Ombudsman when stage 2 is late', async () => {
    fetchStub = stubFetch(json(cxStatus({ status: 'escalated', stage: 2, overdue: true, dueDates: { respondBy: '2026-03-10' } })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-20"></cx-request-tracker>`);
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await settled(el);
    const overdue = $(el, '[part="overdue"]')!;
    expect(overdue.textContent).to.contain('Local Government and Social Care Ombudsman');
    expect(overdue.querySelector('a')!.getAttribute('href'), 'the ombudsman the charter names (LGSCO by default)').to.match(/^https:\/\/www\.lgo\.org\.uk\/?$/);
    await expect(el).to.be.accessible();
  });

  it('shows the server’s expected date instead of the charter’s', async () => {
    fetchStub = stubFetch(json(cxStatus({ expectedBy: '2026-03-27' })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" now="2026-03-04"></cx-request-tracker>`);
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await settled(el);
    expect($(el, '.cx-next')!.textContent).to.equal('We will send you a full response by Friday 27 March 2026.');
    expect(text(el)).not.to.contain('customer charter promises');
  });
});

describe('<cx-request-tracker>: loading and failures', () => {
  it('shows a skeleton with a busy state while it waits', async () => {
    fetchStub = stubFetch(never);
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await waitUntil(() => $(el, '.cx-skeleton'));
    expect($(el, '.cx-result')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '.cx-result [aria-live]'), 'the live region is never inside the busy area').to.equal(null);
    expect(liveRegion(el), 'loading is never announced').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('aborts a request in flight and fires nothing when it leaves the page', async () => {
    let signal: AbortSignal | undefined;
    fetchStub = stubFetch((_request, s) => {
      signal = s;
      return (never as (r: unknown, s: AbortSignal | undefined) => Promise<Response>)(_request, s);
    });
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    let errors = 0;
    el.addEventListener('cx-error', () => (errors += 1));
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await waitUntil(() => signal);
    el.remove();
    await waitUntil(() => signal!.aborted, 'the request was not aborted');
    await new Promise((r) => setTimeout(r, 20));
    expect(errors).to.equal(0);
  });

  const failures: { what: string; answer: Parameters<typeof stubFetch>[0]; code: string; says: string; retry: boolean }[] = [
    { what: 'not found', answer: () => json({ error: { code: 'not-found', message: 'x' } }, 404), code: 'not-found', says: 'the email address or postcode is the one you gave Cheshire East Council', retry: false },
    { what: 'a network failure while online', answer: offline, code: 'unreachable', says: 'Your internet connection is working, but the system that holds requests did not answer', retry: true },
    { what: 'a timeout', answer: never, code: 'timeout', says: 'Our system is taking too long to answer', retry: true },
    { what: 'a 500', answer: () => new Response('oops', { status: 500 }), code: 'server-error', says: 'there is a problem with our system', retry: true },
    { what: 'an answer that does not match the schema', answer: () => json({ reference: 'CEC-123456', status: 'lost' }), code: 'invalid-response', says: 'we could not read the answer', retry: true },
  ];
  for (const failure of failures) {
    it(`explains ${failure.what}, offers a way on, and fires cx-error "${failure.code}"`, async () => {
      fetchStub = stubFetch(failure.answer);
      const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" .timeoutMs=${100}></cx-request-tracker>`);
      const errored = oneEvent(el, 'cx-error');
      await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
      const event = await errored;
      expect(event.detail.code).to.equal(failure.code);
      expect(event.detail.message).not.to.contain('jo@example.org');
      await settled(el);
      expect(text(el)).to.contain(failure.says);
      expect(text(el), 'contact options').to.contain('01632 960000');
      expect($$(el, '.cx-failure button').map((b) => b.textContent!.trim())).to.deep.equal(failure.retry ? ['Try again', 'Check the reference'] : ['Check the reference']);
      await expect(el).to.be.accessible();
    });
  }

  it('tries the same lookup again', async () => {
    fetchStub = stubFetch(offline, json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await settled(el);
    $(el, '.cx-failure .cx-button')!.click();
    await waitUntil(() => $(el, '.cx-request'), 'no request after trying again');
    expect(fetchStub.calls[1].body).to.equal(fetchStub.calls[0].body);
  });

  it('honours Retry-After on a 429: no "Try again" until the wait is over, then says so', async () => {
    fetchStub = stubFetch(json({ error: { code: 'rate-limited', message: 'x' } }, 429, { 'Retry-After': '1' }));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    const errored = oneEvent(el, 'cx-error');
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    expect((await errored).detail.code).to.equal('rate-limited');
    await settled(el);
    expect(text(el)).to.contain('Too many people are checking at the moment').and.contain('You can try again in 1 second.');
    expect($$(el, '.cx-failure button').map((b) => b.textContent!.trim())).to.deep.equal(['Check the reference']);
    await expect(el).to.be.accessible();
    await waitUntil(() => $$(el, '.cx-failure button').length === 2, 'Try again did not come back', { timeout: 4000 });
    expect(liveRegion(el)).to.equal('You can try again now.');
    expect(fetchStub.calls, 'nothing sent while waiting').to.have.length(1);
  });
});

describe('<cx-request-tracker poll>: news while the page is open', () => {
  it('checks again each interval while visible and announces a status change politely', async () => {
    const timers = new ManualTimers();
    fetchStub = stubFetch(json(cxStatus({ status: 'acknowledged' })));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" poll="60" .pollTimers=${timers}></cx-request-tracker>`);
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await settled(el);
    expect(timers.scheduled).to.deep.equal([60_000]);

    fetchStub.then(json(cxStatus({ status: 'acknowledged' })));
    await timers.advance(60_000);
    await waitUntil(() => fetchStub!.calls.length === 2);
    expect(JSON.parse(fetchStub.calls[1].body!), 'the poll sends the same lookup').to.deep.equal({ reference: 'CEC-123456', verifier: 'jo@example.org' });
    await waitUntil(() => timers.scheduled.length === 1, 'the next check is scheduled');
    expect(liveRegion(el), 'no change, nothing said').to.equal('');

    fetchStub.then(json(cxStatus({ status: 'answered' })));
    const loaded = oneEvent(el, 'cx-status-loaded');
    await timers.advance(60_000);
    expect((await loaded).detail.status).to.equal('answered');
    await waitUntil(() => liveRegion(el) !== '');
    expect(liveRegion(el)).to.equal('Update on CEC-123456: Answered.');
    expect($(el, '[part="status"]')!.textContent!.trim()).to.equal('Answered');
    await expect(el).to.be.accessible();
  });

  it('does not check while the page is hidden', async () => {
    const timers = new ManualTimers();
    const visibility = pageVisibility();
    try {
      fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-open.json'))));
      const el = await fixture<Tracker>(html`<cx-request-tracker api="/x" api-kind="open311" reference="638344" poll="60" .pollTimers=${timers}></cx-request-tracker>`);
      await settled(el);
      visibility.set(false);
      await timers.advance(600_000);
      expect(fetchStub.calls).to.have.length(1);
      visibility.set(true);
      await timers.advance(0);
      await waitUntil(() => fetchStub!.calls.length === 2, 'checked when shown again');
    } finally {
      visibility.restore();
    }
  });

  it('backs off after an error, keeps the last answer on screen, and says it will keep trying', async () => {
    const timers = new ManualTimers();
    fetchStub = stubFetch(json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" poll="60" .pollTimers=${timers}></cx-request-tracker>`);
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await settled(el);
    fetchStub.then(() => new Response('', { status: 503, headers: { 'Retry-After': '300' } }));
    const errored = oneEvent(el, 'cx-error');
    await timers.advance(60_000);
    expect((await errored).detail.code).to.equal('server-error');
    await waitUntil(() => text(el).includes('We could not check for updates just now'));
    expect($(el, '[part="status"]')!.textContent!.trim(), 'still shows the request').to.equal('Acknowledged');
    expect(timers.scheduled).to.deep.equal([300_000]);
  });

  it('stops its timer and listener when it leaves the page', async () => {
    const timers = new ManualTimers();
    fetchStub = stubFetch(json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api" poll="60" .pollTimers=${timers}></cx-request-tracker>`);
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await settled(el);
    expect(timers.scheduled).to.deep.equal([60_000]);
    el.remove();
    expect(timers.scheduled).to.deep.equal([]);
    // Its visibility listener went too: the page coming back into view starts nothing.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(timers.scheduled).to.deep.equal([]);
    await timers.advance(600_000);
    expect(fetchStub.calls).to.have.length(1);
  });
});

describe('<cx-request-tracker>: remembering references on this device', () => {
  it('remembers only when asked, only the reference and service, and lists it for next time', async () => {
    fetchStub = stubFetch(json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await formReady(el);
    $(el, '#cx-remember')!.focus();
    await sendKeys({ press: ' ' });
    await fillAndSubmit(el, 'CEC-123456', 'jo@example.org');
    await settled(el);
    // What keeps it loads when the box is ticked, so it may land just after the request shows.
    await waitUntil(() => localStorage.getItem('cx-request-tracker:/api'), 'not remembered');
    const stored = localStorage.getItem('cx-request-tracker:/api')!;
    expect(JSON.parse(stored)).to.deep.equal([{ reference: 'CEC-123456', service: 'Compliments, suggestions and complaints' }]);
    expect(stored).not.to.contain('jo@example.org');

    const next = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await formReady(next);
    expect($(next, '[part="remembered"]')!.textContent).to.contain('Check CEC-123456').and.contain('Compliments, suggestions and complaints');
    await expect(next).to.be.accessible();
  });

  it('fills in a remembered cx reference and asks for the email or postcode again', async () => {
    localStorage.setItem('cx-request-tracker:/api', JSON.stringify([{ reference: 'CEC-654321', service: 'Bins' }]));
    fetchStub = stubFetch(json(cxStatus()));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await formReady(el);
    $(el, '.cx-remembered__use')!.click();
    await waitUntil(() => focused(el)?.id === 'cx-verifier', 'focus on the verifier');
    expect($<HTMLInputElement>(el, '#cx-reference')!.value).to.equal('CEC-654321');
    expect(fetchStub.calls).to.have.length(0);
  });

  it('looks a remembered Open311 reference up in one click', async () => {
    localStorage.setItem('cx-request-tracker:/x', JSON.stringify([{ reference: '638344' }]));
    fetchStub = stubFetch(json(JSON.parse(await fixtureText('open311-open.json'))));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/x" api-kind="open311" .charter=${open311Charter()}></cx-request-tracker>`);
    await formReady(el);
    $(el, '.cx-remembered__use')!.click();
    await settled(el);
    expect(fetchStub.calls[0].url).to.equal('/x/requests/638344.json');
    expect(JSON.parse(localStorage.getItem('cx-request-tracker:/x')!), 'the service name is filled in').to.deep.equal([{ reference: '638344', service: 'Potholes' }]);
  });

  it('forgets a reference, says so, and keeps focus in the widget', async () => {
    localStorage.setItem('cx-request-tracker:/api', JSON.stringify([{ reference: 'CEC-654321' }, { reference: 'CEC-111111' }]));
    const el = await fixture<Tracker>(html`<cx-request-tracker api="/api"></cx-request-tracker>`);
    await formReady(el);
    const forget = $(el, '.cx-remembered__forget')!;
    expect(forget.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Forget CEC-654321');
    forget.click();
    await waitUntil(() => liveRegion(el) !== '');
    expect(liveRegion(el)).to.equal('CEC-654321 is no longer remembered on this device.');
    expect(JSON.parse(localStorage.getItem('cx-request-tracker:/api')!)).to.deep.equal([{ reference: 'CEC-111111' }]);
    expect(focused(el)?.id).to.equal('cx-remembered-title');
    $(el, '.cx-remembered__forget')!.click();
    await waitUntil(() => !$(el, '[part="remembered"]'));
    expect(localStorage.getItem('cx-request-tracker:/api')).to.equal(null);
    expect(focused(el)?.id).to.equal('cx-reference');
  });
});

describe('<cx-request-tracker>: set up wrongly', () => {
  it('shows the fallback to residents and names the problem to editors', async () => {
    const el = await fixture<Tracker>(html`<cx-request-tracker debug api-kind="soap"><p>Call us on 01632 960000.</p></cx-request-tracker>`);
    await waitUntil(() => $(el, '[part="problems"]'));
    expect($(el, '[part="problems"]')!.textContent).to.contain('api').and.contain('api-kind must be "cx" or "open311"');
    expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()[0].textContent).to.contain('01632 960000');
    await expect(el).to.be.accessible();
    el.setAttribute('api', '/api');
    el.setAttribute('api-kind', 'cx');
    await waitUntil(() => $(el, 'form'), 'recovers once the attributes are right');
  });
});
