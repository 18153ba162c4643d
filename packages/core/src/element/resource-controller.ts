import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CxError, isAbort, toCxError } from './cx-error.js';

/** Where a resource is: nothing asked yet, on its way, here, or failed. */
export type ResourceStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What the task is given on each run. */
export interface ResourceRun {
  /** Aborted when a newer run starts, the arguments change, or the element leaves the page. */
  signal: AbortSignal;
  /** 1 for the first try; counts the automatic retries after it. */
  attempt: number;
  /** True when a value is already shown and this run refreshes it (a poll): the status stays `complete`. */
  refresh: boolean;
}

/** The clock the controller waits on; tests pass their own. */
export interface ResourceTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ResourceOptions<A extends readonly unknown[], T> {
  /** Fetches (or sends) the resource. Throw a `CxError` (see `fetchChecked`) to say why it failed. */
  task: (args: A, run: ResourceRun) => Promise<T>;
  /**
   * The task's arguments, read before each render of the host; when one of
   * them changes (compared with `Object.is`) the task runs. `undefined` means
   * "nothing to fetch": the resource goes back to `initial`. Without `args`,
   * call `run(args)` yourself (a lookup the resident asks for, a submission).
   */
  args?: () => A | undefined;
  /** Automatic retries after a transient failure (offline, unreachable, timeout, 429, 5xx). Default 0. */
  retries?: number;
  /** The first automatic retry's wait; it doubles for each failure in a row. Default 1 s. */
  backoffMs?: number;
  /** The longest wait between tries (polls included). Default 15 minutes. */
  maxBackoffMs?: number;
  /**
   * Polling: milliseconds from one completion to the next run (read each
   * time; 0 or undefined: no polling). Polls run only while the page is
   * visible, back off after failures and never come sooner than `Retry-After`.
   */
  pollMs?: number | (() => number | undefined);
  onComplete?: (value: T) => void;
  onError?: (error: CxError) => void;
  timers?: ResourceTimers;
}

/** What to render for each status (the shape of `@lit/task`'s `render`). */
export interface ResourceRenderers<T, R> {
  initial?: () => R;
  pending?: () => R;
  complete?: (value: T) => R;
  error?: (error: CxError) => R;
}

const browserTimers: ResourceTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** setTimeout's longest wait (about 24.8 days); longer waits fire at once in browsers. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const pageVisible = () => globalThis.document?.visibilityState !== 'hidden';

/**
 * One reactive controller for anything a widget fetches or sends: a charter,
 * a lookup, a poll, wait times, a submission. Modelled on `@lit/task` (args,
 * an `AbortSignal` per run, `initial | pending | complete | error`,
 * `render({...})`), plus what `@lit/task` leaves to each widget: `Retry-After`
 * honoured, exponential back-off, polling only while the page is visible, and
 * the element leaving and coming back.
 *
 * Off the page, nothing runs: a run in flight is aborted and a waiting
 * timer paused. Put back, an interrupted run starts again and a wait
 * (a retry, a poll, a `Retry-After`) resumes for the time it had left.
 *
 * A newer run always wins: starting one aborts the one before, and a late
 * answer from an older run is dropped.
 */
export class ResourceController<A extends readonly unknown[], T> implements ReactiveController {
  status: ResourceStatus = 'initial';
  /** The last value a run completed with; kept while a refresh is pending or after a refresh failed. */
  value: T | undefined;
  /** Why the last run failed (cleared by a success). With status `complete`, a refresh failed. */
  error: CxError | undefined;

  private readonly timers: ResourceTimers;
  private args: A | undefined;
  private inFlight: AbortController | undefined;
  /** A run that leaving the page aborted: run again on return. */
  private interrupted = false;
  private failures = 0;
  private attempt = 1;
  /** What is waiting to happen: another run, or only a re-render when a `Retry-After` wait is over. */
  private next: { kind: 'run' | 'wait'; dueAt: number } | undefined;
  private timer: unknown;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResourceOptions<A, T>,
  ) {
    this.timers = options.timers ?? browserTimers;
    host.addController(this);
  }

  /** Epoch ms when the next automatic try (or the end of a `Retry-After` wait) is due, if any. */
  get retryAt(): number | undefined {
    return this.next?.dueAt;
  }

  /** Whether the server asked us to wait and the wait is not over: hold back a "Try again" button. */
  get waiting(): boolean {
    return this.next?.kind === 'wait';
  }

  /** Runs the task now (aborting a run in flight). Resolves when this run settles; never rejects. */
  run(args: A | undefined = this.args ?? this.options.args?.()): Promise<void> {
    if (args === undefined) {
      this.reset();
      return Promise.resolve();
    }
    if (args !== this.args) this.attempt = 1;
    this.args = args;
    return this.start(false);
  }

  /** Forgets everything: aborts a run, clears waits, back to `initial`. */
  reset(): void {
    this.abortInFlight();
    this.clearNext();
    this.args = undefined;
    this.interrupted = false;
    this.failures = 0;
    this.attempt = 1;
    this.value = undefined;
    this.error = undefined;
    this.setStatus('initial');
  }

  /** Picks the template for the current status. */
  render<R>(renderers: ResourceRenderers<T, R>): R | undefined {
    switch (this.status) {
      case 'initial':
        return renderers.initial?.();
      case 'pending':
        return renderers.pending?.();
      case 'complete':
        return renderers.complete?.(this.value as T);
      case 'error':
        return renderers.error?.(this.error!);
    }
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    globalThis.addEventListener('online', this.onOnline);
    if (this.interrupted) {
      this.interrupted = false;
      void this.start(this.status === 'complete');
    } else this.arm();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    globalThis.removeEventListener('online', this.onOnline);
    this.disarm();
    if (this.inFlight) {
      this.abortInFlight();
      this.interrupted = true;
    }
  }

  hostUpdate(): void {
    if (!this.options.args) return;
    const next = this.options.args();
    if (next === undefined) {
      if (this.args !== undefined || this.status !== 'initial') this.reset();
      return;
    }
    const before = this.args;
    if (before && before.length === next.length && before.every((value, i) => Object.is(value, next[i]))) return;
    // Other arguments: another resource, so nothing of the old one is shown.
    this.value = undefined;
    this.error = undefined;
    this.failures = 0;
    void this.run(next);
  }

  private async start(refresh: boolean): Promise<void> {
    const args = this.args!;
    this.abortInFlight();
    this.clearNext();
    if (!refresh) this.setStatus('pending');
    if (!this.connected) {
      // Off the page: nothing is fetched until it comes back.
      this.interrupted = true;
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    let value: T;
    try {
      value = await this.options.task(args, { signal: controller.signal, attempt: this.attempt, refresh });
    } catch (thrown) {
      if (this.inFlight !== controller) return;
      this.inFlight = undefined;
      if (controller.signal.aborted && isAbort(thrown)) return;
      this.failed(toCxError(thrown), refresh);
      return;
    }
    if (this.inFlight !== controller) return;
    this.inFlight = undefined;
    this.failures = 0;
    this.attempt = 1;
    this.value = value;
    this.error = undefined;
    this.setStatus('complete');
    this.options.onComplete?.(value);
    const poll = this.pollMs();
    if (poll) this.schedule('run', poll);
  }

  private failed(error: CxError, refresh: boolean): void {
    this.failures++;
    this.error = error;
    if (refresh) this.host.requestUpdate();
    else this.setStatus('error');
    this.options.onError?.(error);
    const serverWait = error.retryAfterMs ?? 0;
    const poll = this.pollMs();
    if (poll) {
      // A poll has already waited one interval: the first failure doubles it.
      this.schedule('run', Math.max(this.backoff(poll, this.failures), serverWait));
    } else if (error.transient && this.failures <= (this.options.retries ?? 0)) {
      this.attempt++;
      this.schedule('run', Math.max(this.backoff(this.options.backoffMs ?? 1000, this.failures - 1), serverWait));
    } else if (serverWait > 0) {
      this.schedule('wait', serverWait);
    }
  }

  /** `base` doubled `doublings` times, capped at `maxBackoffMs`. */
  private backoff(base: number, doublings: number): number {
    const max = Math.max(this.options.maxBackoffMs ?? 15 * 60_000, base);
    return Math.min(max, base * 2 ** Math.min(doublings, 20));
  }

  private pollMs(): number | undefined {
    const poll = this.options.pollMs;
    const ms = typeof poll === 'function' ? poll() : poll;
    return ms && ms > 0 ? ms : undefined;
  }

  private schedule(kind: 'run' | 'wait', delay: number): void {
    this.clearNext();
    this.next = { kind, dueAt: this.timers.now() + delay };
    // Armed for the whole delay asked: reading the clock again could lose the millisecond it ticked meanwhile.
    this.arm(delay);
  }

  /** Starts the timer for what is waiting, if the element is on the page (and, for a run, the page is visible). */
  private arm(delay?: number): void {
    this.disarm();
    const next = this.next;
    if (!next || !this.connected || (next.kind === 'run' && !pageVisible())) return;
    const wait = delay ?? Math.max(0, next.dueAt - this.timers.now());
    this.timer = this.timers.setTimeout(() => this.due(), Math.min(MAX_TIMER_MS, wait));
  }

  private due(): void {
    this.timer = undefined;
    const next = this.next;
    if (!next) return;
    if (this.timers.now() < next.dueAt) return this.arm();
    this.next = undefined;
    if (next.kind === 'wait') this.host.requestUpdate();
    else void this.start(this.status === 'complete');
  }

  private disarm(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private clearNext(): void {
    this.disarm();
    this.next = undefined;
  }

  private abortInFlight(): void {
    const controller = this.inFlight;
    this.inFlight = undefined;
    controller?.abort();
  }

  private setStatus(status: ResourceStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private readonly onVisibility = (): void => {
    if (pageVisible()) this.arm();
    else if (this.next?.kind === 'run') this.disarm();
  };

  /** Back online after failing offline: try at once rather than at the end of the back-off. */
  private readonly onOnline = (): void => {
    if (this.error?.code === 'offline' && this.next?.kind === 'run') {
      this.next.dueAt = this.timers.now();
      this.arm();
    }
  };
}
