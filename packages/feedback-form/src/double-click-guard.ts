/** The second click of a double click, or a click on the same button within this many ms of the last, is ignored. */
const DOUBLE_CLICK_MS = 1000;

/**
 * GOV.UK's "prevent double click": a second click on the same button within
 * a second of the first is ignored, and so is the second click of a double
 * click (which lands on the next step's Continue and would skip that step).
 * A first click is never ignored, and answering something between two
 * clicks makes the second one deliberate (`forget`).
 */
export class DoubleClickGuard {
  private last?: { target: EventTarget | null; at: number };

  /** A button's click listener. */
  readonly onClick = (event: MouseEvent): void => {
    const now = performance.now();
    const last = this.last;
    if (event.detail > 1 || (last && last.target === event.currentTarget && now - last.at < DOUBLE_CLICK_MS)) {
      event.preventDefault();
      return;
    }
    this.last = { target: event.currentTarget, at: now };
  };

  /** The form's change and input listener. */
  readonly forget = (): void => {
    this.last = undefined;
  };
}
