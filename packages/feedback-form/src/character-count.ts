/**
 * GOV.UK's character count, as a reactive controller and a render function.
 *
 * - Under the box, for sighted residents, the count updates on every key:
 *   "You have 20 characters remaining", or in red "You have 5 characters too
 *   many". It is hidden from screen readers, which would otherwise read it on
 *   every key press.
 * - For screen readers, a polite live region says the same, but only once the
 *   resident pauses typing (debounced), so it never talks over them.
 * - The box's description says the limit up front: "You can enter up to
 *   2,000 characters".
 * - Typing past the limit is allowed (nothing the resident wrote is cut off);
 *   the step's validation says it is too long.
 *
 * Characters are counted as the server counts them (`string.length`).
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@cx-kit/core/element';
import { formatNumber } from '@cx-kit/core/element';

/** Characters left (negative when over the limit). */
export function charactersLeft(value: string, limit: number): number {
  return limit - value.length;
}

/** "You have 20 characters remaining" / "You have 1 character too many". */
export function countMessage(value: string, limit: number, locale: string): string {
  const left = charactersLeft(value, limit);
  const n = formatNumber(Math.abs(left), locale);
  if (left >= 0) return left === 1 ? msg('You have 1 character remaining') : msg(str`You have ${n} characters remaining`);
  return left === -1 ? msg('You have 1 character too many') : msg(str`You have ${n} characters too many`);
}

/** Announces each box's count politely once the resident stops typing. */
export class CharacterCountController implements ReactiveController {
  /** What the live region says, per field id: worded when rendered, so in the element's language. */
  private announced = new Map<string, () => string>();
  private timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 1000,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Call on every input: the announcement (`message`, worded at render) follows after the pause. */
  typed(id: string, message: () => string): void {
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        this.announced.set(id, message);
        this.host.requestUpdate();
      }, this.delayMs),
    );
  }

  /** The visible count, the screen reader's live region and the up-front limit, for the box with `id`. */
  render(id: string, value: string, limit: number, locale: string): TemplateResult {
    const over = charactersLeft(value, limit) < 0;
    return html`<p id="${id}-info" class="cx-visually-hidden">
        ${msg(str`You can enter up to ${formatNumber(limit, locale)} characters`)}
      </p>
      <p class="cx-character-count ${over ? 'cx-character-count--over' : ''}" aria-hidden="true">${countMessage(value, limit, locale)}</p>
      <p class="cx-visually-hidden" role="status" data-count-status=${id}>${this.announced.get(id)?.() ?? ''}</p>`;
  }
}
