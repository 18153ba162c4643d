import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WaitTimes } from '@cx-kit/core';
import type { ReportedError as CxErrorDetail } from '@cx-kit/core/element';
import { fetchWaitTimes } from './wait-times-fetch.js';

export interface WaitTimesOptions {
  /** Called when fetching fails or the answer is not wait times. */
  onError(detail: CxErrorDetail): void;
  /** Milliseconds between polls while the page is visible. Default 60 000. */
  interval?: number;
  /** Milliseconds before one request gives up. Default 10 000. */
  timeout?: number;
}

/**
 * Live wait times from a `wait-time-src` endpoint (the `WaitTimes`
 * contract): fetched when the element connects, then every minute while the
 * page is visible (Page Visibility API), and at once when the page becomes
 * visible again after a minute or more. Nothing runs while the element is off
 * the page: timers are cleared and a request in flight is aborted.
 *
 * When a request fails, or answers something that is not wait times, the
 * wait times are dropped (the widget shows none) and `onError` is called
 * once; it is called again only after a good answer has come in between, so
 * a broken endpoint does not fire an error every minute.
 */
export class WaitTimesController implements ReactiveController {
  /** The last good answer, or null. */
  data: WaitTimes | null = null;

  private src?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private inFlight?: AbortController;
  private connected = false;
  private failing = false;
  private lastFetch = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WaitTimesOptions,
  ) {
    host.addController(this);
  }

  private get interval(): number {
    return this.options.interval ?? 60_000;
  }

  /** Where to poll; `undefined` stops polling. A new address starts afresh. */
  setSource(src: string | undefined): void {
    if (src === this.src) return;
    this.src = src;
    this.data = null;
    this.failing = false;
    this.stop();
    if (this.connected) this.poll();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.src) this.poll();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  private readonly onVisibility = (): void => {
    if (!this.src || !this.connected) return;
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (!this.inFlight) {
      if (Date.now() - this.lastFetch >= this.interval) this.poll();
      else this.schedule(this.interval - (Date.now() - this.lastFetch));
    }
  };

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (document.visibilityState === 'hidden') return;
    this.timer = setTimeout(() => this.poll(), delay);
  }

  private poll(): void {
    const src = this.src;
    if (!src) return;
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    this.lastFetch = Date.now();
    void this.fetchOnce(src, controller).finally(() => {
      if (this.inFlight !== controller) return;
      this.inFlight = undefined;
      if (this.connected) this.schedule(this.interval);
    });
  }

  private async fetchOnce(src: string, controller: AbortController): Promise<void> {
    const answer = await fetchWaitTimes(src, controller.signal, this.options.timeout ?? 10_000);
    if (this.src !== src || 'aborted' in answer) return;
    if (!answer.ok) return this.fail(answer.error);
    this.failing = false;
    this.data = answer.data;
    this.host.requestUpdate();
  }

  private fail(detail: CxErrorDetail): void {
    const hadData = this.data !== null;
    this.data = null;
    if (hadData) this.host.requestUpdate();
    if (this.failing) return;
    this.failing = true;
    this.options.onError(detail);
  }
}
