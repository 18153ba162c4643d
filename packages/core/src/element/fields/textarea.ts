/**
 * GOV.UK's textarea, and its character count when the answer has a limit:
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
 *   the caller's validation says it is too long.
 *
 * Characters are counted as a server counts them (`string.length`).
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../format.js';
import { msg, str } from '../locale.js';
import { describedBy, fieldError, fieldHint, formGroup } from './field.js';
import { fieldLabel, type FieldAutofill, type TextFieldOptions } from './text-field.js';

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

/** Announces each box's count politely once the resident stops typing: one per element, for all its boxes. */
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

  /** The up-front limit, the visible count and the screen reader's live region, for the box with `id`. */
  render(id: string, value: string, limit: number, locale: string): TemplateResult {
    const over = charactersLeft(value, limit) < 0;
    return html`<p id="${id}-info" class="cx-visually-hidden">${msg(str`You can enter up to ${formatNumber(limit, locale)} characters`)}</p>
      <p class="cx-character-count ${over ? 'cx-character-count--over' : ''}" aria-hidden="true">${countMessage(value, limit, locale)}</p>
      <p class="cx-visually-hidden" role="status" data-count-status=${id}>${this.announced.get(id)?.() ?? ''}</p>`;
  }
}

export interface TextareaOptions extends Omit<TextFieldOptions, 'type' | 'inputmode' | 'short' | 'dir' | 'autocomplete'> {
  rows?: number;
  autocomplete?: FieldAutofill;
  /** GOV.UK's character count: the limit, the element's counter, and the language to count in. */
  count?: { limit: number; counter: CharacterCountController; locale: string };
}

export function textarea(options: TextareaOptions): TemplateResult {
  const { id, error, value, count } = options;
  const over = count !== undefined && charactersLeft(value, count.limit) < 0;
  return formGroup(
    error,
    html`${fieldLabel(id, options.label, options.heading)} ${fieldHint(id, options.hint)} ${fieldError(id, error)}
      <textarea
        class="cx-textarea ${error || over ? 'cx-textarea--error' : ''}"
        id=${id}
        name=${options.name ?? id}
        rows=${options.rows ?? 8}
        autocomplete=${options.autocomplete ?? 'off'}
        spellcheck=${ifDefined(options.spellcheck === false ? 'false' : undefined)}
        aria-describedby=${describedBy(options.hint && `${id}-hint`, count && `${id}-info`, error && `${id}-error`)}
        aria-invalid=${ifDefined(error ? 'true' : undefined)}
        .value=${live(value)}
        @input=${(event: Event) => {
          const text = (event.target as HTMLTextAreaElement).value;
          options.onInput(text);
          if (count) count.counter.typed(id, () => countMessage(text, count.limit, count.locale));
        }}
      ></textarea>
      ${count ? count.counter.render(id, value, count.limit, count.locale) : nothing}`,
    count ? 'cx-form-group--count' : '',
  );
}

/** The textarea's and the character count's looks: add to the widget's styles with `formStyles`. */
export const textareaStyles = css`
  .cx-textarea {
    min-block-size: 8rem;
    resize: vertical;
  }
  .cx-form-group--count .cx-textarea {
    margin-block-end: var(--_cx-space-1);
  }
  .cx-character-count {
    margin-block: 0;
    color: var(--_cx-text-secondary);
  }
  .cx-character-count--over {
    color: var(--_cx-error);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .cx-character-count--over {
      color: CanvasText;
    }
  }
`;
