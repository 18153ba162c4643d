import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ISODate, LocalMoment } from '../domain/types.js';
import { toDayNumber } from '../domain/iso-date.js';
import { londonInstantMs, londonMoment } from '../domain/london-time.js';
import { parseNow } from './now-attribute.js';

export interface ClockOptions {
  /**
   * Instants (epoch ms) after `now` at which what the widget shows changes:
   * an office opening or closing, a promise falling due. Read after each
   * render of the host, so it may depend on the host's state (its charter).
   */
  changes?: (now: number) => Iterable<number | undefined>;
}

/** setTimeout's longest wait (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Timers may fire a hair early; wake just after the instant so the new state is the one rendered. */
const LATE_MS = 50;

/**
 * The time a widget shows its states for: the real clock, or a fixed
 * instant from the `now` attribute (see `parseNow`: ISO 8601, a time
 * without a zone is UK time). On the real clock the host re-renders at the
 * next UK midnight (so "today" moves on) and at each change instant the
 * widget names (an opening or closing time), and at nothing else.
 */
export class ClockController implements ReactiveController {
  /** Epoch ms the clock is fixed at (the `now` attribute), or undefined for the real clock. */
  fixed: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wakeAt: number | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ClockOptions = {},
  ) {
    host.addController(this);
  }

  /**
   * Fixes the clock from a `now` attribute value (blank or absent: the real
   * clock). Returns false when the value is not a valid `now` (the clock then
   * runs free, and the widget reports an attribute problem).
   */
  setNow(value: string | null | undefined): boolean {
    const ms = parseNow(value);
    const fixed = ms ?? undefined;
    if (fixed !== this.fixed) {
      this.fixed = fixed;
      this.host.requestUpdate();
      this.schedule();
    }
    return ms !== null;
  }

  /** Epoch milliseconds now, on the widget's clock. */
  now(): number {
    return this.fixed ?? Date.now();
  }

  /** The UK date and wall-clock time now. */
  moment(): LocalMoment {
    return londonMoment(this.now());
  }

  /** Today's date in the UK. */
  today(): ISODate {
    return this.moment().date;
  }

  hostConnected(): void {
    this.connected = true;
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  hostUpdated(): void {
    this.schedule();
  }

  /** The next instant the host must re-render at: the next UK midnight, or a sooner change. */
  nextWake(now: number = this.now()): number {
    let wake = londonInstantMs(toDayNumber(londonMoment(now).date) + 1, 0);
    for (const change of this.options.changes?.(now) ?? []) {
      if (change !== undefined && change > now && change < wake) wake = change;
    }
    return wake;
  }

  private schedule(): void {
    if (!this.connected || this.fixed !== undefined) return this.stop();
    const now = Date.now();
    const wake = this.nextWake(now);
    if (this.timer !== undefined && wake === this.wakeAt) return;
    this.stop();
    this.wakeAt = wake;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wakeAt = undefined;
      this.host.requestUpdate();
      // Re-armed by hostUpdated; if no render follows (the host is off the page), by hostConnected.
    }, Math.min(MAX_TIMER_MS, wake - now + LATE_MS));
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.wakeAt = undefined;
  }
}
