import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WaitTimesController } from '../src/index.js';
import { checkContract, waitTimesSchema } from '@cx-kit/core';
import { checkWaitTimes } from '../src/wait-times-check.js';
import { FakeTimers } from '../../core/test/element/fake-timers.js';
import { channel, json, root, settled, show, stubFetch, textOf } from './helpers.js';

const NOW = '2026-06-01T09:00:00Z'; // Monday 10am BST: the phones are open
const good = { updatedAt: '2026-06-01T08:59:00Z', channels: [{ channel: 'phone', minutes: 4, queuePosition: 3 }] };

const stateOfPhone = (el: HTMLElement) => textOf(channel(el as never, 'phone')?.querySelector('[part="state"]'));
const waitOf = (el: HTMLElement, id: string) => textOf(channel(el as never, id)?.querySelector('[part="wait-time"]'));

/** Adds a widget by hand, so a test can listen before it connects. */
function widget(attributes: Record<string, string>) {
  const el = document.createElement('cx-contact-options');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el as HTMLElement & { updateComplete: Promise<unknown> };
}

describe('<cx-contact-options wait-time-src>: live wait times', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  it('shows the wait and queue position on the channel they belong to', async () => {
    stub = stubFetch(() => json(good));
    const el = await show(html`<cx-contact-options service="waste-collection" now=${NOW} wait-time-src="/api/wait-times.json"></cx-contact-options>`);
    await waitUntil(() => waitOf(el, 'phone'), 'no wait time shown');
    expect(waitOf(el, 'phone')).to.equal('Waiting time now: about 4 minutes. You would be number 3 in the queue.');
    expect(waitOf(el, 'email')).to.equal('');
    expect(stub.calls).to.deep.equal(['/api/wait-times.json']);
    await expect(el).to.be.accessible();
  });

  it('says when there is no wait', async () => {
    stub = stubFetch(() => json({ updatedAt: good.updatedAt, channels: [{ channel: 'phone', minutes: 0 }] }));
    const el = await show(html`<cx-contact-options service="waste-collection" now=${NOW} wait-time-src="/api/wait-times.json"></cx-contact-options>`);
    await waitUntil(() => waitOf(el, 'phone'), 'no wait time shown');
    expect(waitOf(el, 'phone')).to.equal('No wait right now.');
  });

  it('leaves the wait out of a closed channel, and out of stale answers', async () => {
    stub = stubFetch(() => json(good));
    const closed = await show(html`<cx-contact-options service="waste-collection" now="2026-06-01T19:00:00Z" wait-time-src="/w.json"></cx-contact-options>`);
    const stale = await show(html`<cx-contact-options service="waste-collection" now="2026-06-01T11:00:00Z" wait-time-src="/w.json"></cx-contact-options>`);
    // The same answer, open and fresh: once it shows there, the other two have had theirs too.
    const control = await show(html`<cx-contact-options service="waste-collection" now=${NOW} wait-time-src="/w.json"></cx-contact-options>`);
    await waitUntil(() => waitOf(control, 'phone'), 'the control did not show the wait');
    await waitUntil(() => stub!.calls.length === 3, 'all three did not fetch');
    await closed.updateComplete;
    await stale.updateComplete;
    expect(stateOfPhone(closed)).to.match(/^Closed/);
    expect(waitOf(closed, 'phone')).to.equal('');
    expect(waitOf(stale, 'phone')).to.equal('');
  });

  it('when the request fails, leaves the wait out quietly and fires cx-error', async () => {
    stub = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const el = widget({ service: 'waste-collection', now: NOW, 'wait-time-src': '/api/wait-times.json' });
    const errored = oneEvent(el, 'cx-error');
    document.body.append(el);
    try {
      const event = (await errored) as CustomEvent<{ code: string; message: string }>;
      expect(event.detail.code).to.equal('unreachable');
      await settled(el as never);
      expect(waitOf(el, 'phone')).to.equal('');
      expect(stateOfPhone(el)).to.equal('Open now, closes at 5pm');
      expect(root(el as never).querySelector('[part="problems"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('when the answer is nonsense or an error status, fires cx-error with the code every widget uses for it', async () => {
    const answers: [() => Response, string][] = [
      [() => json({ updatedAt: 'soon', channels: 'phone' }), 'invalid-response'],
      [() => new Response('<html>', { status: 200 }), 'invalid-response'],
      [() => json({}, 503), 'server-error'],
      [() => json({}, 404), 'not-found'],
    ];
    for (const [answer, code] of answers) {
      stub = stubFetch(answer);
      const el = widget({ service: 'waste-collection', now: NOW, 'wait-time-src': '/api/wait-times.json' });
      const errored = oneEvent(el, 'cx-error');
      document.body.append(el);
      try {
        const event = (await errored) as CustomEvent<{ code: string; problems?: { path: string }[] }>;
        expect(event.detail.code, String(answer)).to.equal(code);
        if (answers[0]![0] === answer) expect(event.detail.problems?.map((p) => p.path), 'where the answer broke the contract').to.deep.equal(['updatedAt', 'channels']);
        await settled(el as never);
        expect(waitOf(el, 'phone')).to.equal('');
        expect(stateOfPhone(el)).to.equal('Open now, closes at 5pm');
      } finally {
        el.remove();
        stub.restore();
      }
    }
  });

  it('never fetches an address that is not http(s) or relative', async () => {
    stub = stubFetch(() => json(good));
    const el = widget({ service: 'waste-collection', 'wait-time-src': 'javascript:alert(1)' });
    const errored = oneEvent(el, 'cx-error');
    document.body.append(el);
    try {
      const { detail } = (await errored) as CustomEvent<{ code: string; problems?: { path: string }[] }>;
      expect(detail.code).to.equal('attribute-invalid');
      expect(detail.problems?.map((p) => p.path)).to.deep.equal(['wait-time-src']);
      await settled(el as never);
      expect(stub.calls).to.deep.equal([]);
      expect(stateOfPhone(el), 'the channels still show').to.match(/^(Open|Closed)/);
    } finally {
      el.remove();
    }
  });
});

describe('WaitTimesController: polling', () => {
  class Host implements ReactiveControllerHost {
    controllers: ReactiveController[] = [];
    addController(c: ReactiveController) {
      this.controllers.push(c);
    }
    removeController() {}
    requestUpdate() {}
    get updateComplete() {
      return Promise.resolve(true);
    }
    connect() {
      this.controllers.forEach((c) => c.hostConnected?.());
    }
    disconnect() {
      this.controllers.forEach((c) => c.hostDisconnected?.());
    }
  }

  let stub: ReturnType<typeof stubFetch> | undefined;
  // Test pages can run in background tabs, which are hidden: each test says what it needs.
  const setPageVisible = (visible: boolean) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (visible ? 'visible' : 'hidden') });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  beforeEach(() => setPageVisible(true));
  afterEach(() => {
    stub?.restore();
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  /** A controller on a clock the test moves: a minute's poll takes no time, and no test sleeps. */
  function polling(options: { onError?: (code: string) => void } = {}) {
    const timers = new FakeTimers();
    const host = new Host();
    const controller = new WaitTimesController(host, { onError: (detail) => options.onError?.(detail.code), timers });
    return { timers, host, controller };
  }
  const scheduled = (timers: FakeTimers) => waitUntil(() => timers.pending.length === 1, 'the next poll was not scheduled');

  it('polls again after each minute, and stops when the element leaves the page', async () => {
    stub = stubFetch(() => json(good));
    const { timers, host, controller } = polling();
    controller.setSource('/w.json');
    host.connect();
    await scheduled(timers);
    expect(controller.data?.channels[0]!.minutes).to.equal(4);
    expect(timers.pending).to.deep.equal([60_000]);
    timers.advance(60_000);
    await waitUntil(() => stub!.calls.length === 2, 'did not poll after a minute');
    await scheduled(timers);
    host.disconnect();
    expect(timers.pending, 'no timer once it has left').to.deep.equal([]);
    timers.advance(10 * 60_000);
    expect(stub.calls.length).to.equal(2);
  });

  it('fires one error for a run of failures, backing off, and another after a recovery', async () => {
    let fail = true;
    stub = stubFetch(() => (fail ? json({}, 500) : json(good)));
    const errors: string[] = [];
    const { timers, host, controller } = polling({ onError: (code) => errors.push(code) });
    controller.setSource('/w.json');
    host.connect();
    try {
      await scheduled(timers);
      expect(timers.pending, 'the wait doubles after a failure').to.deep.equal([120_000]);
      timers.advance(120_000);
      await waitUntil(() => stub!.calls.length === 2, 'did not try again');
      await scheduled(timers);
      expect(timers.pending).to.deep.equal([240_000]);
      expect(errors, 'one error for the run of failures').to.deep.equal(['server-error']);
      fail = false;
      timers.advance(240_000);
      await waitUntil(() => controller.data !== null, 'did not recover');
      await scheduled(timers);
      expect(timers.pending, 'back to every minute').to.deep.equal([60_000]);
      fail = true;
      timers.advance(60_000);
      await waitUntil(() => errors.length === 2, 'a new failure after recovery was not reported');
      expect(controller.data, 'a failed poll drops the old wait').to.equal(null);
    } finally {
      host.disconnect();
    }
  });

  it('does not poll while the page is hidden, and polls at once when it is shown after a minute or more', async () => {
    stub = stubFetch(() => json(good));
    const { timers, host, controller } = polling();
    setPageVisible(false);
    try {
      controller.setSource('/w.json');
      host.connect();
      await waitUntil(() => controller.data !== null, 'first fetch missing');
      expect(timers.pending, 'no timer while hidden').to.deep.equal([]);
      timers.advance(5 * 60_000);
      expect(stub.calls.length, 'no polling while hidden').to.equal(1);
      setPageVisible(true);
      expect(timers.pending, 'overdue: due at once').to.deep.equal([0]);
      timers.advance(0);
      await waitUntil(() => stub!.calls.length === 2, 'polling did not resume when visible');
    } finally {
      host.disconnect();
    }
  });
});

describe('<cx-contact-options wait-time-src>: a wait longer than the promise', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  it('offers the other ways in right there (online, email) when the wait is longer than two minutes', async () => {
    stub = stubFetch(() => json({ updatedAt: good.updatedAt, channels: [{ channel: 'phone', minutes: 4, queuePosition: 5 }] }));
    const el = await show(html`<cx-contact-options service="waste-collection" now=${NOW} wait-time-src="/w.json"></cx-contact-options>`);
    await waitUntil(() => waitOf(el, 'phone'), 'no wait time shown');
    const phone = channel(el as never, 'phone')!;
    const offer = phone.querySelector('[part~="long-wait"]')!;
    expect(textOf(offer)).to.contain('That is longer than we aim for (2 minutes). Instead, you can:');
    const links = [...offer.querySelectorAll('a')].map((a) => [textOf(a), a.getAttribute('href')]);
    expect(links[0][1], 'online first').to.match(/^https:/);
    expect(links.at(-1)).to.deep.equal(['Email us: customer.services@cheshireeast.example.org', 'mailto:customer.services@cheshireeast.example.org']);
    // Right after the wait, before the opening times.
    expect(phone.querySelector('[part~="wait-time"]')!.nextElementSibling).to.equal(offer);
    await expect(el).to.be.accessible();
  });

  it('does not offer alternatives when the wait is within the promise', async () => {
    stub = stubFetch(() => json({ updatedAt: good.updatedAt, channels: [{ channel: 'phone', minutes: 2 }] }));
    const el = await show(html`<cx-contact-options service="waste-collection" now=${NOW} wait-time-src="/w.json"></cx-contact-options>`);
    await waitUntil(() => waitOf(el, 'phone'), 'no wait time shown');
    expect(channel(el as never, 'phone')!.querySelector('[part~="long-wait"]')).to.equal(null);
  });
});

describe('checkWaitTimes: the WaitTimes contract without zod', () => {
  it('passes a good answer, dropping fields the contract does not have', () => {
    const result = checkWaitTimes({ ...good, extra: 1, channels: [{ channel: 'phone', minutes: 4, queuePosition: 3, agent: 'x' }, { channel: 'webchat', minutes: 0 }] });
    expect(result).to.deep.equal({ ok: true, value: { updatedAt: good.updatedAt, channels: [{ channel: 'phone', minutes: 4, queuePosition: 3 }, { channel: 'webchat', minutes: 0 }] } });
  });

  it('names the path of everything that does not fit, never the values', () => {
    const result = checkWaitTimes({ updatedAt: '2026-06-01 08:59', channels: [{ channel: 'Phone line', minutes: -1, queuePosition: 1.5 }, 'x'] });
    expect(result.ok).to.equal(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).to.deep.equal(['updatedAt', 'channels.0.channel', 'channels.0.minutes', 'channels.0.queuePosition', 'channels.1']);
    expect(checkWaitTimes([]).ok).to.equal(false);
    expect(checkWaitTimes({ updatedAt: '2026-06-01T08:59:00', channels: [] }).ok, 'a time without its zone').to.equal(false);
  });

  it('agrees with the contract’s schema', () => {
    const answers: unknown[] = [
      good,
      { updatedAt: '2026-06-01T09:59:00+01:00', channels: [] },
      { updatedAt: '2026-06-01T09:59:00+0100', channels: [] },
      { updatedAt: '2026-06-01T08:59:00.250Z', channels: [] },
      { updatedAt: '2026-06-01t08:59:00z', channels: [] },
      { updatedAt: '2026-06-01T08:59Z', channels: [{ channel: 'phone', minutes: 2.5, queuePosition: 0 }] },
      { updatedAt: '2026-06-01T08:59:00Z', channels: [{ channel: 'phone', minutes: '4' }] },
      { updatedAt: '2026-02-30T08:59:00Z', channels: [] },
      { updatedAt: 'yesterday', channels: [] },
      { channels: [] },
      { updatedAt: good.updatedAt, channels: [{ minutes: 1 }] },
      { updatedAt: good.updatedAt, channels: [{ channel: 'phone', minutes: 1, queuePosition: -1 }] },
      null,
    ];
    for (const answer of answers) expect(checkWaitTimes(answer).ok, JSON.stringify(answer)).to.equal(checkContract(waitTimesSchema, answer).ok);
  });
});
