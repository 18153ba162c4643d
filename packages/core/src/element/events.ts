/**
 * The events every widget fires: `cx-` prefixed CustomEvents that bubble and
 * cross shadow roots (so a host page can listen on `document`), each with a
 * typed `detail`. The `HTMLElementEventMap` entries below make
 * `el.addEventListener('cx-error', (e) => e.detail.code)` type-check in a
 * partner's TypeScript without a cast.
 */
import type { ISODate } from '../domain/types.js';
import type { FeedbackSubmission } from '../domain/contracts/feedback.js';
import type { TrackerState } from '../domain/tracker-statuses.js';

/**
 * Why something failed. The same failure has the same code in every widget.
 * - `unreachable`: the browser is online but the council's service cannot be reached (network or CORS error);
 * - `refused`: 401/403, or a CORS refusal the browser reports as such;
 * - `offline`: `navigator.onLine` is false;
 * - `storage`: the browser would not keep something (storage full, blocked or absent).
 */
export type CxErrorCode =
  | 'charter-invalid'
  | 'charter-unreachable'
  | 'attribute-invalid'
  | 'offline'
  | 'unreachable'
  | 'refused'
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'not-found'
  | 'invalid-response'
  | 'validation'
  | 'storage';

/** A problem with data an editor wrote (a charter, an attribute): where it is and what is wrong. */
export interface CxProblem {
  path: string;
  message: string;
}

/** The detail of every `cx-error` event: a stable code for code, a sentence for people. */
export interface CxErrorDetail {
  code: CxErrorCode;
  /** For developers and editors (English); never anything the resident typed. */
  message: string;
  /** Problems with their paths, when the error is about data an editor wrote. */
  problems?: CxProblem[];
}

/** `detail` of `cx-submit` (feedback form; cancelable: call `preventDefault()` to send it yourself). */
export interface CxSubmitDetail {
  /** The body that is about to be sent (the `FeedbackSubmission` contract). */
  submission: FeedbackSubmission;
}

/** `detail` of `cx-submitted` (feedback form): the council accepted it. */
export interface CxSubmittedDetail {
  reference: string;
}

/** `detail` of `cx-channel-select` (contact options; cancelable: `preventDefault()` stops the link). */
export interface CxChannelSelectDetail {
  /** The service id, or null when the widget shows no particular service. */
  service: string | null;
  /** The channel id the resident chose. */
  channel: string;
}

/** `detail` of `cx-status-loaded` (request tracker). */
export interface CxStatusLoadedDetail {
  reference: string;
  status: TrackerState;
}

/** `detail` of `cx-timescale-change` (charter timescales). */
export interface CxTimescaleChangeDetail {
  /** The timescale id shown, or `null` for the table of every promise. */
  timescale: string | null;
  /** The day the request was received (or identity verified, for a SAR), `YYYY-MM-DD`. */
  received: ISODate;
  /** The due date, `YYYY-MM-DD`; `null` for the table, or for a promise of minutes. */
  dueDate: ISODate | null;
}

/** `detail` of `cx-review-request` (request tracker; cancelable): the resident asked to have this complaint reviewed at stage 2. */
export interface CxReviewRequestDetail {
  /** The complaint's reference (it keeps it through both stages). */
  reference: string;
  /**
   * The email address or postcode the resident looked it up with, when the
   * tracker has one: hand both to the feedback form's `askForReview()` and it
   * knows the complaint without asking again. Never stored.
   */
  verifier?: string;
}

/** Every cx- event and its detail. */
export interface CxEventDetails {
  'cx-error': CxErrorDetail;
  'cx-submit': CxSubmitDetail;
  'cx-submitted': CxSubmittedDetail;
  'cx-channel-select': CxChannelSelectDetail;
  'cx-status-loaded': CxStatusLoadedDetail;
  'cx-timescale-change': CxTimescaleChangeDetail;
  'cx-review-request': CxReviewRequestDetail;
}

declare global {
  interface HTMLElementEventMap {
    'cx-error': CustomEvent<CxErrorDetail>;
    'cx-submit': CustomEvent<CxSubmitDetail>;
    'cx-submitted': CustomEvent<CxSubmittedDetail>;
    'cx-channel-select': CustomEvent<CxChannelSelectDetail>;
    'cx-status-loaded': CustomEvent<CxStatusLoadedDetail>;
    'cx-timescale-change': CustomEvent<CxTimescaleChangeDetail>;
    'cx-review-request': CustomEvent<CxReviewRequestDetail>;
  }
}

/**
 * Fires a bubbling, composed cx- event from `target`. Returns false when a
 * listener cancelled it (only possible with `cancelable: true`).
 */
export function emit<K extends keyof CxEventDetails>(target: EventTarget, name: K, detail: CxEventDetails[K], options?: { cancelable?: boolean }): boolean;
/** @deprecated Name the event in `CxEventDetails` and call the typed form. */
export function emit<T>(target: EventTarget, name: `cx-${string}`, detail: T, options?: { cancelable?: boolean }): boolean;
export function emit(target: EventTarget, name: string, detail: unknown, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

/**
 * A part of a widget (a chunk loaded with `import()`) that could not be
 * downloaded, as every widget reports it: `offline` when the browser says so,
 * otherwise `server-error` (the code is the kit's, served by the council; not
 * the resident's connection). Either way the resident gets the charter's
 * phone and email.
 */
export function downloadFailure(error: unknown, what: string): { code: Extract<CxErrorCode, 'offline' | 'server-error'>; message: string } {
  const code = globalThis.navigator?.onLine === false ? 'offline' : 'server-error';
  return { code, message: `${what} could not be downloaded (${String((error as Error)?.message ?? error)}).` };
}
