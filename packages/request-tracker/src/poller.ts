/**
 * Checks for news every so often, but only while someone can see the page
 * (Page Visibility), backing off when the server is struggling and
 * honouring `Retry-After`. Timers and visibility are injectable, so tests
 * drive it without waiting.
 */

/** What one check reported. */
export type PollOutcome = { ok: true } | { ok: false; retryAfterMs?: number };

export interface PollTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface PageVisibility {
  isVisible(): boolean;
  /** Calls back when visibility changes; returns the unsubscribe function. */
  subscribe(callback: () => void): () => void;
}

export interface PollerOptions {
  /** How often to check, in milliseconds, while all is well. */
  intervalMs: number;
  /** One check. It should not throw; a throw counts as a failed check. */
  check: () => Promise<PollOutcome>;
  /** The longest wait after repeated failures (default 15 minutes). */
  maxBackoffMs?: number;
  timers?: PollTimers;
  visibility?: PageVisibility;
}

export const browserTimers: PollTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  now: () => Date.now(),
};

export const documentVisibility: PageVisibility = {
  isVisible: () => document.visibilityState !== 'hidden',
  subscribe(callback) {
    document.addEventListener('visibilitychange', callback);
    return () => document.removeEventListener('visibilitychange', callback);
  },
};

/**
 * The wait before the next check: the interval while all is well; after
 * `failures` failures in a row, the interval doubled for each (capped at
 * `maxMs`); never sooner than the server asked.
 */
export function nextDelay(intervalMs: number, failures: number, maxMs: number, retryAfterMs?: number): number {
  const backoff = failures === 0 ? intervalMs : Math.min(maxMs, intervalMs * 2 ** Math.min(failures, 20));
  return Math.max(backoff, retryAfterMs ?? 0);
}

export class Poller {
  private readonly timers: PollTimers;
  private readonly visibility: PageVisibility;
  private readonly maxBackoffMs: number;
  private handle: unknown;
  private unsubscribe: (() => void) | undefined;
  private failures = 0;
  /** When the next check is due (epoch ms), while running. */
  private dueAt = 0;
  private checking = false;
  private running = false;

  constructor(private readonly options: PollerOptions) {
    this.timers = options.timers ?? browserTimers;
    this.visibility = options.visibility ?? documentVisibility;
    this.maxBackoffMs = Math.max(options.maxBackoffMs ?? 15 * 60_000, options.intervalMs);
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts checking; the first check is one interval from now. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.failures = 0;
    this.unsubscribe = this.visibility.subscribe(() => this.visibilityChanged());
    this.schedule(this.options.intervalMs);
  }

  /** Stops checking and forgets its timer and listener. */
  stop(): void {
    this.running = false;
    this.clear();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Starts the wait again from now (after a lookup the resident asked for, say). */
  reset(retryAfterMs?: number): void {
    if (!this.running) return;
    this.failures = 0;
    this.schedule(nextDelay(this.options.intervalMs, 0, this.maxBackoffMs, retryAfterMs));
  }

  private clear(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }

  private schedule(delay: number): void {
    this.clear();
    this.dueAt = this.timers.now() + delay;
    if (this.visibility.isVisible()) this.handle = this.timers.setTimeout(() => void this.run(), delay);
  }

  private visibilityChanged(): void {
    if (!this.running) return;
    if (!this.visibility.isVisible()) {
      // Hidden: no checks at all until someone can see the page again.
      this.clear();
      return;
    }
    if (this.checking) return;
    const wait = Math.max(0, this.dueAt - this.timers.now());
    this.clear();
    this.handle = this.timers.setTimeout(() => void this.run(), wait);
  }

  private async run(): Promise<void> {
    this.handle = undefined;
    if (!this.running || !this.visibility.isVisible()) return;
    this.checking = true;
    let outcome: PollOutcome;
    try {
      outcome = await this.options.check();
    } catch {
      outcome = { ok: false };
    }
    this.checking = false;
    if (!this.running) return;
    this.failures = outcome.ok ? 0 : this.failures + 1;
    this.schedule(nextDelay(this.options.intervalMs, this.failures, this.maxBackoffMs, outcome.ok ? undefined : outcome.retryAfterMs));
  }
}
