import { expect, waitUntil } from '@open-wc/testing';
import { CxError, ResourceController, errorForResponse, fetchChecked, type ResourceOptions, type ResourceRun } from '../../src/element/index.js';
import { ControllerHost, shown } from './controller-host.js';
import { FakeTimers, setPageHidden } from './fake-timers.js';

/** A task the test answers by hand: each call waits until the test resolves or rejects it. */
function manualTask<T>() {
  const calls: { args: readonly unknown[]; run: ResourceRun; resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const task = (args: readonly unknown[], run: ResourceRun) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ args, run, resolve, reject });
      run.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { calls, task };
}

const serverError = (status: number, retryAfter?: string) =>
  errorForResponse(new Response(null, { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} }))!;

function mount<A extends readonly unknown[], T>(options: ResourceOptions<A, T>, attach = true) {
  const el = document.createElement('cx-controller-host') as ControllerHost;
  const resource = new ResourceController<A, T>(el, options);
  el.view = () =>
    resource.render({
      initial: () => 'Nothing yet',
      pending: () => 'Looking it up',
      complete: (value) => `Found ${String(value)}`,
      error: (error) => `Failed: ${error.code}`,
    });
  if (attach) document.body.append(el);
  return { el, resource };
}

const showsText = (el: Element, text: string) => waitUntil(() => shown(el) === text, `expected "${text}", saw "${shown(el)}"`, { timeout: 3000 });

describe('ResourceController', () => {
  afterEach(() => {
    document.querySelectorAll('cx-controller-host').forEach((el) => el.remove());
    setPageHidden(false);
  });

  it('runs when its arguments appear, and renders pending then complete', async () => {
    const { calls, task } = manualTask<string>();
    let reference: string | undefined = undefined;
    const { el, resource } = mount({ task, args: () => (reference ? [reference] as const : undefined) });
    await showsText(el, 'Nothing yet');
    reference = 'CX-1';
    el.requestUpdate();
    await showsText(el, 'Looking it up');
    expect(calls[0]!.args).to.deep.equal(['CX-1']);
    calls[0]!.resolve('request CX-1');
    await showsText(el, 'Found request CX-1');
    expect(resource.status).to.equal('complete');
  });

  it('aborts the older run when the arguments change, and drops its late answer', async () => {
    const { calls, task } = manualTask<string>();
    let reference = 'A';
    const { el } = mount({ task, args: () => [reference] as const });
    await waitUntil(() => calls.length === 1);
    reference = 'B';
    el.requestUpdate();
    await waitUntil(() => calls.length === 2);
    expect(calls[0]!.run.signal.aborted).to.equal(true);
    calls[1]!.resolve('B');
    await showsText(el, 'Found B');
    calls[0]!.resolve('A (late)');
    await el.updateComplete;
    expect(shown(el)).to.equal('Found B');
  });

  it('goes back to initial when the arguments go away', async () => {
    const { calls, task } = manualTask<string>();
    let reference: string | undefined = 'A';
    const { el } = mount({ task, args: () => (reference ? [reference] as const : undefined) });
    await waitUntil(() => calls.length === 1);
    reference = undefined;
    el.requestUpdate();
    await showsText(el, 'Nothing yet');
    expect(calls[0]!.run.signal.aborted).to.equal(true);
  });

  it('reports a failed fetch with the agreed code (fetchChecked on a 404 is not-found)', async () => {
    const errors: CxError[] = [];
    const { el } = mount({ task: async ([url]: readonly [string], { signal }) => (await fetchChecked(url, { signal })).text(), args: () => ['/nowhere/at-all.json'] as const, onError: (e) => errors.push(e) });
    await showsText(el, 'Failed: not-found');
    expect(errors.map((e) => e.code)).to.deep.equal(['not-found']);
  });

  it('retries a 5xx with exponential back-off: 1 s, 2 s, 4 s', async () => {
    const timers = new FakeTimers();
    let tries = 0;
    const { el, resource } = mount({
      task: async () => {
        tries++;
        throw serverError(503);
      },
      args: () => ['x'] as const,
      retries: 3,
      timers,
    });
    const waits: number[] = [];
    for (let i = 1; i <= 3; i++) {
      await waitUntil(() => tries === i && resource.status === 'error' && timers.pending.length === 1);
      waits.push(timers.pending[0]!);
      timers.advance(timers.pending[0]!);
    }
    await waitUntil(() => tries === 4 && resource.status === 'error');
    expect(waits).to.deep.equal([1000, 2000, 4000]);
    expect(timers.pending, 'no fourth retry').to.deep.equal([]);
    expect(shown(el)).to.equal('Failed: server-error');
  });

  it('never retries sooner than Retry-After (seconds)', async () => {
    const timers = new FakeTimers();
    let tries = 0;
    const { resource } = mount({
      task: async () => {
        tries++;
        if (tries === 1) throw serverError(429, '30');
        return 'ok';
      },
      args: () => ['x'] as const,
      retries: 1,
      timers,
    });
    await waitUntil(() => resource.status === 'error');
    expect(resource.error!.code).to.equal('rate-limited');
    expect(resource.retryAt! - timers.now()).to.equal(30_000);
    timers.advance(29_999);
    expect(tries).to.equal(1);
    timers.advance(1);
    await waitUntil(() => resource.status === 'complete');
    expect(tries).to.equal(2);
  });

  it('without automatic retries, holds "try again" back until a Retry-After HTTP date has passed', async () => {
    const timers = new FakeTimers();
    const at = new Date(timers.now() + 90_000).toUTCString();
    const { el, resource } = mount({
      task: async () => {
        throw errorForResponse(new Response(null, { status: 503, headers: { 'Retry-After': at } }), timers.now());
      },
      args: () => ['x'] as const,
      timers,
    });
    await waitUntil(() => resource.status === 'error');
    expect(resource.waiting).to.equal(true);
    const renders = el.renders;
    timers.advance(resource.retryAt! - timers.now());
    expect(resource.waiting).to.equal(false);
    await waitUntil(() => el.renders > renders, 'the host did not re-render when the wait was over');
  });

  it('polls only while the page is visible, keeping the value through a failed refresh', async () => {
    const timers = new FakeTimers();
    let tries = 0;
    const refreshes: boolean[] = [];
    const { el, resource } = mount({
      task: async (_args, run) => {
        tries++;
        refreshes.push(run.refresh);
        if (tries === 2) throw serverError(500);
        return `v${tries}`;
      },
      args: () => ['x'] as const,
      pollMs: 60_000,
      timers,
    });
    await showsText(el, 'Found v1');
    expect(timers.pending).to.deep.equal([60_000]);
    setPageHidden(true);
    expect(timers.pending, 'no timer while hidden').to.deep.equal([]);
    timers.advance(120_000);
    expect(tries).to.equal(1);
    setPageHidden(false);
    expect(timers.pending, 'overdue: due at once').to.deep.equal([0]);
    timers.advance(0);
    await waitUntil(() => tries === 2 && resource.error !== undefined, 'the overdue poll did not run on return');
    expect(resource.status, 'a failed refresh keeps what is shown').to.equal('complete');
    expect(shown(el)).to.equal('Found v1');
    expect(timers.pending, 'backs off after a failed poll').to.deep.equal([120_000]);
    timers.advance(120_000);
    await showsText(el, 'Found v3');
    expect(resource.error).to.equal(undefined);
    expect(refreshes).to.deep.equal([false, true, true]);
  });

  it('put back after being removed mid-run: aborts, then runs again', async () => {
    const { calls, task } = manualTask<string>();
    const { el } = mount({ task, args: () => ['CX-9'] as const });
    await waitUntil(() => calls.length === 1);
    el.remove();
    expect(calls[0]!.run.signal.aborted).to.equal(true);
    document.body.append(el);
    await waitUntil(() => calls.length === 2, 'the interrupted run did not start again');
    expect(calls[1]!.args).to.deep.equal(['CX-9']);
    calls[1]!.resolve('again');
    await showsText(el, 'Found again');
  });

  it('put back during a Retry-After wait: the wait resumes for the time it had left', async () => {
    const timers = new FakeTimers();
    let tries = 0;
    const { el, resource } = mount({
      task: async () => {
        tries++;
        if (tries === 1) throw serverError(503, '60');
        return 'back';
      },
      args: () => ['x'] as const,
      retries: 1,
      timers,
    });
    await waitUntil(() => resource.status === 'error');
    timers.advance(20_000);
    el.remove();
    expect(timers.pending, 'no timer while off the page').to.deep.equal([]);
    timers.advance(10_000);
    document.body.append(el);
    expect(timers.pending).to.deep.equal([30_000]);
    timers.advance(30_000);
    await showsText(el, 'Found back');
  });

  it('put back during a wait for "try again": the button comes back', async () => {
    const timers = new FakeTimers();
    const { el, resource } = mount({ task: async () => Promise.reject(serverError(429, '5')), args: () => ['x'] as const, timers });
    await waitUntil(() => resource.waiting);
    el.remove();
    timers.advance(10_000);
    expect(resource.waiting, 'nothing fires while off the page').to.equal(true);
    document.body.append(el);
    timers.advance(0);
    expect(resource.waiting).to.equal(false);
  });

  it('put back while polling: the poll is re-armed', async () => {
    const timers = new FakeTimers();
    let tries = 0;
    const { el } = mount({ task: async () => `v${++tries}`, args: () => ['x'] as const, pollMs: 1000, timers });
    await showsText(el, 'Found v1');
    el.remove();
    expect(timers.pending).to.deep.equal([]);
    document.body.append(el);
    expect(timers.pending).to.deep.equal([1000]);
    timers.advance(1000);
    await showsText(el, 'Found v2');
  });

  it('arms a poll for its whole interval, even when the clock ticks while it is being scheduled', async () => {
    const timers = new FakeTimers();
    const asked: number[] = [];
    // A clock a millisecond on at every reading, as a busy page's Date.now() can be.
    const ticking = {
      now: () => (timers.advance(1), timers.now()),
      setTimeout: (callback: () => void, ms: number) => (asked.push(ms), timers.setTimeout(callback, ms)),
      clearTimeout: timers.clearTimeout,
    };
    const { el } = mount({ task: async () => 'v1', args: () => ['x'] as const, pollMs: 1000, timers: ticking });
    await showsText(el, 'Found v1');
    expect(asked).to.deep.equal([1000]);
  });

  it('does not fetch while off the page, and fetches when put on it', async () => {
    const { calls, task } = manualTask<string>();
    const { el, resource } = mount({ task }, false);
    void resource.run(['early']);
    expect(calls).to.have.length(0);
    document.body.append(el);
    await waitUntil(() => calls.length === 1);
    expect(calls[0]!.args).to.deep.equal(['early']);
  });

  it('runs by hand with run(args), the newest run winning', async () => {
    const { calls, task } = manualTask<string>();
    const { el, resource } = mount({ task });
    void resource.run(['one']);
    const second = resource.run(['two']);
    expect(calls[0]!.run.signal.aborted).to.equal(true);
    calls[1]!.resolve('two');
    await second;
    await showsText(el, 'Found two');
  });
});
