import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The time the widget shows its states for: a fixed instant (the `now`
 * attribute, for demos and tests), or the real clock, re-rendering the host
 * at the start of each minute so "Open now" never goes stale.
 */
export class ClockController implements ReactiveController {
  /** Epoch ms to use instead of the real clock, or undefined. */
  fixed?: number;
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Epoch milliseconds now, on the widget's clock. */
  now(): number {
    return this.fixed ?? Date.now();
  }

  /** Fixes the clock (or frees it with undefined). */
  fix(ms: number | undefined): void {
    this.fixed = ms;
    this.tick();
  }

  hostConnected(): void {
    this.connected = true;
    this.tick();
  }

  hostDisconnected(): void {
    this.connected = false;
    clearTimeout(this.timer);
  }

  private tick(): void {
    clearTimeout(this.timer);
    if (!this.connected || this.fixed !== undefined) return;
    const untilNextMinute = 60_000 - (Date.now() % 60_000) + 50;
    this.timer = setTimeout(() => {
      this.host.requestUpdate();
      this.tick();
    }, untilNextMinute);
  }
}
