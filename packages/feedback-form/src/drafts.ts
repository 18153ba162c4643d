/**
 * Drafts: nothing a resident types is ever lost.
 *
 * Every change is written to `sessionStorage` (this tab, this page, this
 * widget), so a reload, a crash of the page's own scripts or a trip to
 * another page and back restores it. Only when the resident ticks "Remember
 * my answers on this device" is a copy also written to `localStorage`, which
 * outlives the browser session; unticking it deletes that copy at once.
 * Both copies are deleted once the council has accepted the submission.
 *
 * Storage can be missing or throw (private browsing, storage blocked with
 * cookies, a full quota): core's `safeStorage` never throws, so the form
 * still works, it just cannot keep a draft. Nothing here touches the DOM
 * beyond the two storages, which are injectable for tests.
 */
import { safeStorage, type SafeStorage } from '@cx-kit/core/element';

/** Version of the stored shape: a draft in another shape is ignored, never misread. */
export const DRAFT_VERSION = 1;

/** What is stored for one form on one page. `A` is the form's answers. */
export interface Draft<A> {
  v: typeof DRAFT_VERSION;
  answers: A;
  /** The step the resident was on. */
  step: string;
  /**
   * The `Idempotency-Key` for sending this draft: every retry of it sends the
   * same key, so a retry after a lost answer never files it twice.
   */
  key: string;
  /** When the resident started (ISO instant): the server's minimum-time-to-fill check. */
  startedAt: string;
  /** When it was last saved (ISO instant). */
  savedAt: string;
  /** The resident asked to keep it on this device (`localStorage`). */
  remember: boolean;
}

export interface DraftStorages {
  session?: SafeStorage;
  local?: SafeStorage;
}

/**
 * The storage key for one widget on one page: its path and its slot, the
 * form's `draft-key`, `id` or `name` (never its position in the page).
 */
export function draftKey(pathname: string, widget: string): string {
  return `cx-feedback-form:${pathname}#${widget}`;
}

/** A random UUID (v4). `crypto.randomUUID` exists only on https pages, so plain-http partner pages build one from `getRandomValues`. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One widget's draft. `isAnswers` checks the stored answers before they are
 * trusted: storage is data like any other (another version of the kit, or
 * someone editing it by hand, may have written it).
 */
export class DraftStore<A> {
  private readonly session: SafeStorage;
  private readonly local: SafeStorage;

  constructor(
    readonly key: string,
    private readonly isAnswers: (value: unknown) => value is A,
    storages: DraftStorages = {},
  ) {
    this.session = storages.session ?? safeStorage('session');
    this.local = storages.local ?? safeStorage('local');
  }

  /** The saved draft: this tab's copy first, then the one remembered on this device. */
  load(): Draft<A> | undefined {
    return this.parse(this.session.get(this.key)) ?? this.parse(this.local.get(this.key));
  }

  /** Saves the draft in this tab, and on the device only when `remember` is set (deleting the device copy otherwise). Returns false when nothing could be kept. */
  save(draft: Draft<A>): boolean {
    const text = JSON.stringify(draft);
    const inTab = this.session.set(this.key, text);
    if (draft.remember) return this.local.set(this.key, text) || inTab;
    this.local.remove(this.key);
    return inTab;
  }

  /** Deletes both copies: after the council accepted it, or when the resident starts again. */
  clear(): void {
    this.session.remove(this.key);
    this.local.remove(this.key);
  }

  private parse(text: string | null): Draft<A> | undefined {
    if (!text) return undefined;
    try {
      const value = JSON.parse(text) as Partial<Draft<A>> | null;
      if (
        value &&
        value.v === DRAFT_VERSION &&
        typeof value.step === 'string' &&
        typeof value.key === 'string' &&
        value.key.length > 0 &&
        typeof value.startedAt === 'string' &&
        typeof value.savedAt === 'string' &&
        this.isAnswers(value.answers)
      ) {
        return { ...(value as Draft<A>), remember: value.remember === true };
      }
    } catch {
      /* not JSON: ignore it */
    }
    return undefined;
  }
}
