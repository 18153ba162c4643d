// A widget taken off the page while a request is in flight (a tracker
// lookup, a poll, a feedback submission or its retry wait, a wait-time poll,
// a charter-src fetch), as a CMS re-rendering or a framework moving it does,
// then put back. After removal: the request is aborted, nothing is fetched,
// no cx-error fires, no timer of the kit's is left pending and no listener
// of the kit's is left on window or document (leak-watch.ts). Put back, the
// same element works again.
import { expect, waitUntil } from '@open-wc/testing';
import { defaultCharter } from '@cx-kit/core';
import { freshId, hang, jsonResponse, mount, pause, saveFeedbackDraft, settle, stubFetch, trapErrors, unmountAll, type Sent, type Widget } from './helpers.js';
import { watchLeaks } from './leak-watch.js';

const open311 = [
  { service_request_id: '638345', status: 'open', service_name: 'Street lights', requested_datetime: '2026-03-02T09:00:00Z', updated_datetime: '2026-03-03T09:00:00Z' },
];
const cxStatus = { reference: 'CEC-123456', service: { name: 'Complaints' }, status: 'acknowledged', stage: 1, receivedAt: '2026-03-02', events: [] };
const receipt = { reference: 'CEC-654321', receivedAt: '2026-11-23T10:15:00Z', acknowledgeBy: '2026-11-26', respondBy: '2026-12-07' };
const waitTimes = { updatedAt: new Date().toISOString(), channels: [{ channel: 'phone', minutes: 4 }] };

/** Cheshire East's charter with Open311's numeric references. */
function open311Charter() {
  const charter = structuredClone(defaultCharter);
  charter.organisation.referenceFormat = { pattern: '^\\d{6}$', example: '638344', description: 'The 6-digit number in the email we sent you.' };
  return charter;
}

const $ = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Every cx- event an element fires, in order. */
function eventsOf(el: Widget): string[] {
  const seen: string[] = [];
  for (const name of ['cx-error', 'cx-status-loaded', 'cx-submitted', 'cx-submit', 'cx-channel-select']) {
    el.addEventListener(name, (event) => seen.push(`${name} ${JSON.stringify((event as CustomEvent).detail?.code ?? '')}`));
  }
  return seen;
}

async function typeInto(el: Widget, selector: string, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Time for aborts, finally blocks and anything scheduled soon to run. */
const quiet = () => pause(150);

/** Timers a test drives by hand (the tracker's `pollTimers`): `runAll` moves the clock on to the last one due. */
class HandTimers {
  private next = 1;
  private time = 0;
  private pending = new Map<number, { at: number; callback: () => void }>();
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  now(): number {
    return this.time;
  }
  get count(): number {
    return this.pending.size;
  }
  /** Runs what is pending (all of it), with the clock at the latest time due. */
  runAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    this.time = Math.max(this.time, ...due.map((d) => d.at));
    due.forEach((d) => d.callback());
  }
}

describe('a widget removed and re-added while a request is in flight', function () {
  this.timeout(30_000);

  let leaks: ReturnType<typeof watchLeaks>;
  let errors: ReturnType<typeof trapErrors>;
  let stub: ReturnType<typeof stubFetch> | undefined;

  beforeEach(() => {
    leaks = watchLeaks();
    errors = trapErrors();
  });

  afterEach(() => {
    stub?.restore();
    stub = undefined;
    unmountAll();
    leaks.stop();
    errors.stop();
  });

  /** Takes the element off the page and checks it let go of everything; returns where to put it back. */
  async function removeAndCheck(el: Widget, events: string[], inFlight?: Sent): Promise<HTMLElement> {
    const parent = el.parentElement!;
    const fetchesBefore = stub!.calls.length;
    const eventsBefore = events.length;
    el.remove();
    await quiet();
    if (inFlight) expect(inFlight.signal?.aborted, `the request to ${inFlight.url} was aborted`).to.equal(true);
    expect(stub!.calls.slice(fetchesBefore).map((c) => c.url), 'requests after removal').to.deep.equal([]);
    expect(events.slice(eventsBefore), 'events after removal').to.deep.equal([]);
    expect(leaks.timers(), 'the kit’s timers still pending').to.deep.equal([]);
    expect(leaks.listeners(), 'the kit’s listeners left on window and document').to.deep.equal([]);
    expect(errors.errors, 'uncaught errors').to.deep.equal([]);
    return parent;
  }

  it('request tracker, Open311 lookup of its reference: aborted; put back, it finds the request', async () => {
    stub = stubFetch(hang);
    const el = mount('cx-request-tracker', { api: '/flight', 'api-kind': 'open311', reference: '638345', now: '2026-03-05' }, { charter: open311Charter() });
    const events = eventsOf(el);
    await waitUntil(() => stub!.calls.length === 1, 'the lookup did not start', { timeout: 5000 });
    const parent = await removeAndCheck(el, events, stub.calls[0]);

    stub.answerWith(() => jsonResponse(open311));
    parent.append(el);
    await settle(el);
    // Put back, the tracker shows the request, or the form with the reference filled in, ready to send.
    if (!$(el, '.cx-request')) {
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#cx-reference')!.value).to.equal('638345');
      el.shadowRoot!.querySelector('form')!.requestSubmit();
    }
    await waitUntil(() => $(el, '.cx-request'), 'the request was not shown after putting the tracker back', { timeout: 5000 });
    expect(events).to.include('cx-status-loaded ""');
    expect(errors.errors).to.deep.equal([]);
  });

  it('request tracker, cx lookup sent from the form: aborted; put back, it looks up again (or the form still holds what was typed and works)', async () => {
    stub = stubFetch(hang);
    const el = mount('cx-request-tracker', { api: '/flight', reference: 'CEC-123456', now: '2026-03-05' });
    const events = eventsOf(el);
    await settle(el);
    await typeInto(el, '#cx-verifier', 'CW1 2AB');
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => stub!.calls.length === 1, 'the lookup did not start', { timeout: 5000 });
    const parent = await removeAndCheck(el, events, stub.calls[0]);

    stub.answerWith(() => jsonResponse(cxStatus));
    parent.append(el);
    await settle(el);
    if (!$(el, '.cx-request')) {
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#cx-reference')!.value).to.equal('CEC-123456');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#cx-verifier')!.value).to.equal('CW1 2AB');
      el.shadowRoot!.querySelector('form')!.requestSubmit();
    }
    await waitUntil(() => $(el, '.cx-request'), 'the request was not shown', { timeout: 5000 });
    expect(JSON.parse(stub.calls.at(-1)!.body!)).to.deep.equal({ reference: 'CEC-123456', verifier: 'CW1 2AB' });
  });

  it('request tracker polling: its timer goes with it, a poll in flight is aborted, and polling starts again when it is back', async () => {
    stub = stubFetch(() => jsonResponse(open311));
    // Real timers first: the 15 second poll timer must not outlive the element.
    const real = mount('cx-request-tracker', { api: '/flight', 'api-kind': 'open311', reference: '638345', now: '2026-03-05', poll: '15' });
    const realEvents = eventsOf(real);
    await waitUntil(() => $(real, '.cx-request'), 'the request was not shown', { timeout: 5000 });
    expect(leaks.timers().some((t) => t.startsWith('timeout 15000ms')), 'a poll is scheduled').to.equal(true);
    await removeAndCheck(real, realEvents);

    // Timers by hand: a poll is started, and the element leaves while it is in flight.
    const timers = new HandTimers();
    const el = document.createElement('cx-request-tracker') as Widget & { pollTimers?: unknown };
    el.pollTimers = timers;
    for (const [name, value] of Object.entries({ api: '/flight', 'api-kind': 'open311', reference: '638345', now: '2026-03-05', poll: '15' })) el.setAttribute(name, value);
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    const events = eventsOf(el);
    try {
      await waitUntil(() => $(el, '.cx-request') && timers.count === 1, 'the poll was not scheduled', { timeout: 5000 });
      stub.answerWith(hang);
      const before = stub.calls.length;
      timers.runAll();
      await waitUntil(() => stub!.calls.length === before + 1, 'the poll did not start', { timeout: 5000 });
      await removeAndCheck(el, events, stub.calls.at(-1));
      expect(timers.count, 'poll timers left').to.equal(0);

      stub.answerWith(() => jsonResponse(open311));
      box.append(el);
      await waitUntil(() => timers.count === 1, 'polling did not start again', { timeout: 5000 });
      timers.runAll();
      await waitUntil(() => stub!.calls.length === before + 2, 'the next poll did not go out', { timeout: 5000 });
      await waitUntil(() => timers.count === 1, 'the poll after that was not scheduled', { timeout: 5000 });
      expect($(el, '.cx-request')).to.not.equal(null);
      expect(events.filter((e) => e.startsWith('cx-error'))).to.deep.equal([]);
    } finally {
      box.remove();
    }
  });

  it('feedback form sending: aborted, nothing filed, no error; put back, the answers are there and it sends', async () => {
    stub = stubFetch(hang);
    const id = freshId('flight');
    saveFeedbackDraft(id, {}, 'check');
    try {
      const el = mount('cx-feedback-form', { id, endpoint: '/flight/feedback' });
      const events = eventsOf(el);
      await settle(el);
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => stub!.calls.length === 1, 'nothing was sent', { timeout: 5000 });
      const parent = await removeAndCheck(el, events, stub.calls[0]);

      stub.answerWith(() => jsonResponse(receipt, 201));
      parent.append(el);
      await settle(el);
      expect($(el, '[data-step-heading]')!.textContent).to.contain('Check your answers');
      expect(el.shadowRoot!.textContent).to.contain('My bin was not emptied on Monday.');
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => $(el, '.cx-panel'), 'no confirmation', { timeout: 5000 });
      expect(events.filter((e) => e.startsWith('cx-submitted'))).to.have.length(1);
      // Sending again is the same draft: the server can tell it is one submission.
      const key = stub.calls[0].headers.get('Idempotency-Key');
      expect(key).to.be.a('string');
      expect(stub.calls[1].headers.get('Idempotency-Key')).to.equal(key);
    } finally {
      sessionStorage.removeItem(`cx-feedback-form:${location.pathname}#${id}`);
    }
  });

  it('feedback form waiting to retry after a 503: the wait is cancelled, no second request goes out; put back, it sends', async () => {
    stub = stubFetch(() => jsonResponse({ error: { code: 'unavailable', message: 'Down.' } }, 503, { 'Retry-After': '5' }));
    const id = freshId('flight');
    saveFeedbackDraft(id, {}, 'check');
    try {
      const el = mount('cx-feedback-form', { id, endpoint: '/flight/feedback' });
      const events = eventsOf(el);
      await settle(el);
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => stub!.calls.length === 1 && leaks.timers().some((t) => t.startsWith('timeout 5000ms')), 'the form is not waiting to retry', { timeout: 5000 });
      const parent = await removeAndCheck(el, events);

      stub.answerWith(() => jsonResponse(receipt, 201));
      parent.append(el);
      await settle(el);
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => $(el, '.cx-panel'), 'no confirmation', { timeout: 5000 });
      expect(stub.calls).to.have.length(2);
    } finally {
      sessionStorage.removeItem(`cx-feedback-form:${location.pathname}#${id}`);
    }
  });

  it('contact options polling wait times, on the real clock: request aborted, clock and poll timers and the visibility listener gone; put back, it asks again', async () => {
    stub = stubFetch(hang);
    const el = mount('cx-contact-options', { service: 'waste-collection', 'wait-time-src': '/flight/wait-times.json' });
    const events = eventsOf(el);
    await settle(el);
    await waitUntil(() => stub!.calls.length === 1, 'the wait times were not asked for', { timeout: 5000 });
    expect(leaks.listeners().some((l) => l.startsWith('document visibilitychange')), 'the visibility listener is there while on the page').to.equal(true);
    const parent = await removeAndCheck(el, events, stub.calls[0]);

    stub.answerWith(() => jsonResponse(waitTimes));
    parent.append(el);
    await waitUntil(() => stub!.calls.length === 2, 'the wait times were not asked for again', { timeout: 5000 });
    await waitUntil(() => leaks.timers().some((t) => t.startsWith('timeout 60000ms')), 'the next poll was not scheduled', { timeout: 5000 });
    expect(events.filter((e) => e.startsWith('cx-error'))).to.deep.equal([]);
    await removeAndCheck(el, events);
  });

  for (const tag of ['cx-contact-options', 'cx-charter-timescales', 'cx-feedback-form', 'cx-request-tracker'] as const) {
    it(`<${tag}> whose charter-src answers after it left: no request, no error; put back, it shows the charter`, async () => {
      let release: (response: Response) => void = () => {};
      stub = stubFetch((request) => (request.url.includes('/charter-') ? new Promise<Response>((resolve) => (release = resolve)) : jsonResponse(cxStatus)));
      const src = `/flight/charter-${freshId(tag)}.json`;
      const el = mount(tag, { 'charter-src': src, service: 'waste-collection', api: '/flight', id: freshId('flight') });
      const events = eventsOf(el);
      await waitUntil(() => stub!.calls.length === 1, 'the charter was not asked for', { timeout: 5000 });
      const parent = el.parentElement!;
      el.remove();
      release(jsonResponse(defaultCharter));
      await quiet();
      expect(stub.calls.slice(1).map((c) => c.url), 'requests after removal').to.deep.equal([]);
      expect(events, 'events after removal').to.deep.equal([]);
      expect(leaks.timers(), 'the kit’s timers still pending').to.deep.equal([]);
      expect(leaks.listeners(), 'the kit’s listeners left on window and document').to.deep.equal([]);

      parent.append(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('slot, .cx-fallback-note'), 'the widget shows the charter, not its fallback').to.equal(null);
      expect(errors.errors).to.deep.equal([]);
    });
  }
});
