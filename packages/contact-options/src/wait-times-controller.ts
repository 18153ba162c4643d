import type { ReactiveControllerHost } from 'lit';
import { isWebUrl, type WaitTimes } from '@cx-kit/core';
import { ResourceController, type CxErrorDetail, type ResourceTimers } from '@cx-kit/core/element';
import { fetchWaitTimes } from './wait-times-fetch.js';

export interface WaitTimesOptions {
  /** Called when fetching fails or the answer is not wait times. */
  onError(detail: CxErrorDetail): void;
  /** Milliseconds between polls while the page is visible. Default 60 000. */
  interval?: number;
  /** Milliseconds before one request gives up. Default 10 000. */
  timeout?: number;
  /** The clock polls wait on (tests pass their own). */
  timers?: ResourceTimers;
}

/**
 * Live wait times from a `wait-time-src` endpoint (the `WaitTimes`
 * contract), polled by core's `ResourceController`: fetched when the element
 * connects, then every minute while the page is visible (at once when the page
 * is shown again after a minute or more), backing off while the endpoint
 * fails and never sooner than its `Retry-After`. Nothing runs while the
 * element is off the page.
 *
 * When a request fails, or answers something that is not wait times, the
 * wait times are dropped (an old wait is worse than none) and `onError` is
 * called once; it is called again only after a good answer has come in
 * between, so a broken endpoint does not fire an error every minute.
 */
export class WaitTimesController {
  private readonly resource: ResourceController<[string], WaitTimes>;
  private src?: string;
  private failing = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: WaitTimesOptions,
  ) {
    this.resource = new ResourceController<[string], WaitTimes>(host, {
      task: ([src], run) => fetchWaitTimes(src, run.signal, options.timeout ?? 10_000),
      pollMs: options.interval ?? 60_000,
      timers: options.timers,
      onComplete: () => (this.failing = false),
      onError: (error) => {
        if (this.failing) return;
        this.failing = true;
        const problems = error.details.problems;
        this.options.onError({ code: error.code, message: `The wait times: ${error.message}`, ...(problems && { problems }) });
      },
    });
  }

  /** The last good answer, or null (none yet, or the last request failed). */
  get data(): WaitTimes | null {
    return this.resource.error ? null : (this.resource.value ?? null);
  }

  /** Where to poll; `undefined` stops polling. A new address starts afresh; one that is not http(s) or relative is never fetched. */
  setSource(src: string | undefined): void {
    if (src === this.src) return;
    this.src = src;
    this.failing = false;
    this.resource.reset();
    if (src && isWebUrl(src)) void this.resource.run([src]);
  }
}
