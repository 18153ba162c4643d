// A clock the tests move by hand, so waits of minutes take no time and no test sleeps.
import type { ResourceTimers } from '../../src/element/index.js';

export class FakeTimers implements ResourceTimers {
  private time = 1_000_000;
  private nextId = 1;
  private readonly queue = new Map<number, { at: number; callback: () => void }>();

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.queue.set(id, { at: this.time + ms, callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.queue.delete(handle as number);
  };

  /** Delays (from now) of the timers still waiting. */
  get pending(): number[] {
    return [...this.queue.values()].map((t) => t.at - this.time).sort((a, b) => a - b);
  }

  /** Moves the clock on, firing each timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.queue.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.queue.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = end;
  }
}

/** Pretends the page is hidden (or visible again) as a browser tab switch does. */
export function setPageHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as { visibilityState?: unknown }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}
