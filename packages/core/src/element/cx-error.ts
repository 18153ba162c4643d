/**
 * One error type for everything a widget fetches or sends, carrying the
 * agreed `CxErrorCode` and how long the server asked us to wait, so every
 * widget tells the same failure the same way. DOM-free: it runs in Node too.
 */
import type { CxErrorCode, CxProblem } from './events.js';
import { TimeoutError } from './fetch-with-timeout.js';

export class CxError extends Error {
  override readonly name = 'CxError';

  constructor(
    readonly code: CxErrorCode,
    message: string,
    readonly details: {
      /** HTTP status, when there was an answer. */
      status?: number;
      /** How long the server asked us to wait (`Retry-After`), in milliseconds. */
      retryAfterMs?: number;
      /** Where an answer broke its contract (paths, never values), for the editor's debug panel. */
      problems?: CxProblem[];
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: details.cause });
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get retryAfterMs(): number | undefined {
    return this.details.retryAfterMs;
  }

  /** Whether trying the same thing again later could work. */
  get transient(): boolean {
    return TRANSIENT.has(this.code);
  }
}

const TRANSIENT: ReadonlySet<CxErrorCode> = new Set(['offline', 'unreachable', 'timeout', 'rate-limited', 'server-error']);

/**
 * `Retry-After` in milliseconds from `now`: delay-seconds or an HTTP-date
 * (RFC 9110 §10.2.3). Undefined when missing or unreadable; never negative.
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP-date always names its zone (GMT); a bare number with a sign or a fraction is not valid.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/** The error an HTTP answer means, or undefined for a 2xx. */
export function errorForResponse(response: Pick<Response, 'status' | 'headers'>, now: number = Date.now()): CxError | undefined {
  const { status } = response;
  if (status >= 200 && status < 300) return undefined;
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now);
  const details = { status, retryAfterMs };
  if (status === 401 || status === 403) return new CxError('refused', `The server answered ${status}: not allowed.`, details);
  if (status === 404 || status === 410) return new CxError('not-found', `The server answered ${status}: not found.`, details);
  if (status === 408 || status === 504) return new CxError('timeout', `The server answered ${status}: it timed out.`, details);
  if (status === 429) return new CxError('rate-limited', 'The server answered 429: too many requests.', details);
  if (status >= 500) return new CxError('server-error', `The server answered ${status}.`, details);
  return new CxError('validation', `The server answered ${status}: it did not accept the request.`, details);
}

/** Whether an error is a cancellation the caller asked for (not a failure to report). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * Any thrown value as a CxError: a timeout is `timeout`; a failed fetch
 * (a TypeError) is `offline` when the browser says so, else `unreachable`;
 * anything else is `invalid-response` (a body we could not read, say).
 */
export function toCxError(error: unknown, online: boolean = globalThis.navigator?.onLine ?? true): CxError {
  if (error instanceof CxError) return error;
  if (error instanceof TimeoutError) return new CxError('timeout', error.message, { cause: error });
  if (error instanceof TypeError) {
    return online
      ? new CxError('unreachable', 'The request did not reach the server (network failure, or not allowed by CORS).', { cause: error })
      : new CxError('offline', 'The browser is offline.', { cause: error });
  }
  return new CxError('invalid-response', error instanceof Error ? error.message : String(error), { cause: error });
}
