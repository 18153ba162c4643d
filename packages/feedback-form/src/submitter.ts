/**
 * Sending a submission, and the policy for when that goes wrong.
 *
 * - One request in flight: asking to send while a send is under way returns
 *   the same promise, so double clicks and Enter-mashing file one submission.
 * - Every attempt carries the draft's `Idempotency-Key`, so a retry after a
 *   lost answer (a timeout, a dropped connection) never files twice.
 * - A 15 second timeout per attempt.
 * - 429 and 5xx: wait (the server's `Retry-After` when it gives one, else 1s,
 *   2s, 4s …) and try again, up to `maxAttempts`; then give up and let the
 *   resident retry. A `Retry-After` longer than `maxDelayMs` is not waited
 *   for: the resident is told at once.
 * - No connection, or a timeout: no automatic loop (the element retries when
 *   the browser says it is back online, and the resident can press Retry).
 * - 401 and 403: `refused` (the council's service does not take requests
 *   from this page); nothing the resident can change fixes it.
 * - 422 (or 400) with `{ error: { code, message, fields: { path: message } } }`:
 *   `validation`, with the field errors for the form to show on its fields.
 * - 2xx with a body that is not a receipt: `invalid-response`, so the form
 *   keeps the draft and says so rather than showing a confirmation it
 *   cannot back up.
 *
 * Every failure carries core's `CxErrorCode`, named by core's `toCxError`
 * (nothing came back) and `errorForResponse` (an HTTP status), so the form
 * reports a failure with the code every widget uses for it.
 *
 * The network is injectable (`send`), and so are the clock (`sleep`) and
 * the online check, so the whole policy is tested without a browser's network
 * (and, in Node, against the reference server's faults).
 *
 * Why not core's ResourceController: a submission is one POST whose retries
 * must join the send under way (a new run of a resource aborts the old one),
 * and whose policy the server's fault suite drives in Node through this class.
 * `Retry-After` is read by core's `errorForResponse`, like every widget's.
 */
import { errorForResponse, fetchWithTimeout, toCxError, type CxErrorCode } from '@cx-kit/core/element';

import { SUBMIT_TIMEOUT_MS } from './journey.js';

export { SUBMIT_TIMEOUT_MS };

export type SubmitResult<R> =
  | { ok: true; receipt: R; status: number }
  /** The caller cancelled (the element left the page): nothing to report. */
  | { ok: false; aborted: true }
  | {
      ok: false;
      aborted?: undefined;
      /**
       * `offline` (nothing was sent), `unreachable` (the request failed on the
       * way), `timeout` (no answer in time: a retry with the same key is safe),
       * `rate-limited` or `server-error` (after the automatic retries),
       * `refused`, `validation` (with `fields` when the resident can fix them),
       * `not-found`, `invalid-response` (a 2xx that is not a receipt).
       */
      code: CxErrorCode;
      status?: number;
      /** For `validation`: the server's message for each field path (`contact.email`). */
      fields?: Record<string, string>;
      /** The server's own sentence, when it gave one. */
      message?: string;
    };

export interface SubmitRequest {
  endpoint: string;
  body: unknown;
  idempotencyKey: string;
}

export type Send = (url: string, init: RequestInit & { timeoutMs?: number }) => Promise<Response>;

export interface SubmitterOptions<R> {
  /** Turns a 2xx body into a receipt, or `undefined` when it is not one. */
  parseReceipt: (json: unknown) => R | undefined;
  /** The network: `fetchWithTimeout` by default. */
  send?: Send;
  timeoutMs?: number;
  /** Attempts in all for 429/5xx, the first included. */
  maxAttempts?: number;
  /** The first back-off; doubled on each retry. */
  baseDelayMs?: number;
  /** The longest the submitter will wait before a retry by itself. */
  maxDelayMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Whether the browser thinks it is online. */
  online?: () => boolean;
  /** Told before each automatic retry, so the form can say "trying again". */
  onRetry?: (attempt: number, delayMs: number) => void;
  /** The clock for HTTP-date `Retry-After` values. */
  now?: () => number;
}

/** Waits `ms`, or rejects early when `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The field errors in `{ error: { message, fields: { path: message } } }`, keeping only text. */
export function fieldErrorsOf(json: unknown): { fields: Record<string, string>; message?: string } {
  const error = (json as { error?: unknown } | null)?.error as { message?: unknown; fields?: unknown } | undefined;
  const fields: Record<string, string> = {};
  if (error && typeof error.fields === 'object' && error.fields !== null) {
    for (const [path, message] of Object.entries(error.fields)) {
      if (typeof message === 'string' && message.trim()) fields[path] = message;
    }
  }
  return { fields, message: typeof error?.message === 'string' ? error.message : undefined };
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * Sends submissions one at a time. Create one per form; `abort()` when the
 * form leaves the page.
 */
export class Submitter<R> {
  private pending?: Promise<SubmitResult<R>>;
  private controller?: AbortController;

  constructor(private readonly options: SubmitterOptions<R>) {}

  /** Whether a send is under way. */
  get busy(): boolean {
    return this.pending !== undefined;
  }

  /** Sends, or joins the send already under way. */
  submit(request: SubmitRequest): Promise<SubmitResult<R>> {
    if (!this.pending) {
      this.controller = new AbortController();
      this.pending = this.run(request, this.controller.signal).finally(() => {
        this.pending = undefined;
        this.controller = undefined;
      });
    }
    return this.pending;
  }

  /** Cancels the send under way (its promise resolves as `aborted`). */
  abort(): void {
    this.controller?.abort();
  }

  private async run(request: SubmitRequest, signal: AbortSignal): Promise<SubmitResult<R>> {
    const {
      parseReceipt,
      send = fetchWithTimeout,
      timeoutMs = SUBMIT_TIMEOUT_MS,
      maxAttempts = 3,
      baseDelayMs = 1000,
      maxDelayMs = 30_000,
      sleep = abortableSleep,
      online = () => typeof navigator === 'undefined' || navigator.onLine !== false,
      onRetry,
      now = Date.now,
    } = this.options;
    const body = JSON.stringify(request.body);

    for (let attempt = 1; ; attempt += 1) {
      if (signal.aborted) return ABORTED;
      if (!online()) return { ok: false, code: 'offline' };
      let response: Response;
      try {
        response = await send(request.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': request.idempotencyKey },
          body,
          signal,
          timeoutMs,
          // A resident's feedback never needs the council's cookies; and it must not be cached or replayed by the browser.
          credentials: 'omit',
          cache: 'no-store',
          referrerPolicy: 'no-referrer',
        });
      } catch (error) {
        if (signal.aborted) return ABORTED;
        return { ok: false, code: toCxError(error, online()).code };
      }

      const { status } = response;
      const failed = errorForResponse(response, now());
      if (!failed) {
        const receipt = parseReceipt(await jsonOf(response));
        return receipt === undefined ? { ok: false, code: 'invalid-response', status } : { ok: true, receipt, status };
      }
      const retry = failed.code === 'rate-limited' || status >= 500;
      const wait = failed.retryAfterMs ?? baseDelayMs * 2 ** (attempt - 1);
      // The body is read only for the answer handed back: a retried one's words are never shown.
      if (!retry || attempt >= maxAttempts || wait > maxDelayMs) {
        const { fields, message } = fieldErrorsOf(await jsonOf(response));
        const said = message ? { message } : {};
        if (failed.code === 'validation' && Object.keys(fields).length) return { ok: false, code: 'validation', status, fields, ...said };
        return { ok: false, code: failed.code, status, ...said };
      }
      onRetry?.(attempt + 1, wait);
      try {
        await sleep(wait, signal);
      } catch {
        return ABORTED;
      }
    }
  }
}

const ABORTED = { ok: false, aborted: true } as const;
