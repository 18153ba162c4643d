/**
 * Sending a lookup and sorting out what came back, in core's terms: every
 * failure has the kit's `CxErrorCode` (the same failure, the same code, in
 * every widget), with `Retry-After` read by core's `errorForResponse`.
 */
import { DEFAULT_TIMEOUT_MS } from './chunks.js';
import { errorForResponse as responseError, fetchWithTimeout, toCxError, type CxErrorCode } from '@cx-kit/core/element';

/** Why a lookup did not give a request: the codes of core's `CxErrorCode` a lookup can meet. */
export type LookupErrorCode = Extract<
  CxErrorCode,
  'not-found' | 'offline' | 'unreachable' | 'refused' | 'timeout' | 'rate-limited' | 'server-error' | 'invalid-response' | 'validation'
>;

export interface LookupError {
  code: LookupErrorCode;
  /** HTTP status, when there was one. */
  status?: number;
  /** For 429 and 503: how long the server asked us to wait. */
  retryAfterMs?: number;
  /** What went wrong, for editors in debug mode (never anything the resident typed). */
  detail: string;
}

export type LookupResult<T> = { ok: true; value: T } | { ok: false; error: LookupError };

export { DEFAULT_TIMEOUT_MS };

/** The error an HTTP status means (core's reading), or undefined for a success. */
export function errorForResponse(response: Response, now: number): LookupError | undefined {
  const failed = responseError(response, now);
  if (!failed) return undefined;
  return { code: failed.code as LookupErrorCode, status: failed.status, retryAfterMs: failed.retryAfterMs, detail: failed.message };
}

/** Marks a lookup that was cancelled on purpose (the element left the page, or a newer lookup started). */
export class LookupAborted extends Error {
  constructor() {
    super('The lookup was cancelled.');
    // The name every abort-aware caller (core's ResourceController) recognises.
    this.name = 'AbortError';
  }
}

export interface SendOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * Sends a request and reads its body as text. Resolves with the response
 * and body (whatever its status: see `errorForResponse`), or a LookupError
 * for a timeout or a failure to connect (`offline` when the browser says so,
 * else `unreachable`); rejects only with LookupAborted when the caller
 * cancelled it.
 */
export async function send(url: string, init: RequestInit, options: SendOptions = {}): Promise<LookupResult<{ response: Response; body: string }>> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  let response: Response;
  let body: string;
  try {
    response = await fetchWithTimeout(url, { ...init, signal, timeoutMs, cache: 'no-store', credentials: 'omit' });
    body = await response.text();
  } catch (error) {
    if (signal?.aborted) throw new LookupAborted();
    const failed = toCxError(error);
    const detail = failed.code === 'timeout' ? `No answer within ${Math.round(timeoutMs / 1000)} seconds.` : failed.message;
    return { ok: false, error: { code: failed.code === 'invalid-response' ? 'unreachable' : (failed.code as LookupErrorCode), detail } };
  }
  if (signal?.aborted) throw new LookupAborted();
  return { ok: true, value: { response, body } };
}

/** Joins a base URL and a path with exactly one slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
