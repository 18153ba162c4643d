/**
 * Sending a lookup and sorting out what came back. Every way a lookup can
 * fail has its own code, so the resident gets its own message and a way on,
 * and the page gets a `cx-error` it can tell apart.
 */
import { TimeoutError, fetchWithTimeout } from '@cx-kit/core/element';

/** Why a lookup did not give a request. */
export type LookupErrorCode =
  | 'not-found'
  | 'network'
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'bad-response'
  | 'bad-request';

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

/** How long to wait before giving up on a lookup. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * `Retry-After` in milliseconds from `now`: either delay-seconds or an
 * HTTP-date (RFC 9110 §10.2.3). Undefined when missing or unreadable; never
 * negative.
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (!Number.isFinite(at)) return undefined;
  return Math.max(0, at - now);
}

/** The error an HTTP status means, or undefined for a success. */
export function errorForResponse(response: Response, now: number): LookupError | undefined {
  const { status } = response;
  if (status >= 200 && status < 300) return undefined;
  const retry = retryAfterMs(response.headers.get('Retry-After'), now);
  if (status === 404 || status === 410) return { code: 'not-found', status, detail: `The server answered ${status}: no such request.` };
  if (status === 429) return { code: 'rate-limited', status, retryAfterMs: retry, detail: 'The server answered 429: too many requests.' };
  if (status >= 500) {
    return { code: 'server-error', status, retryAfterMs: retry, detail: `The server answered ${status}.` };
  }
  return { code: 'bad-request', status, detail: `The server answered ${status}: it did not accept the lookup.` };
}

/** Marks a lookup that was cancelled on purpose (the element left the page, or a newer lookup started). */
export class LookupAborted extends Error {
  constructor() {
    super('The lookup was cancelled.');
    this.name = 'LookupAborted';
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
 * for a timeout or a network failure; rejects only with LookupAborted when
 * the caller cancelled it.
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
    if (error instanceof TimeoutError) return { ok: false, error: { code: 'timeout', detail: `No answer within ${Math.round(timeoutMs / 1000)} seconds.` } };
    return { ok: false, error: { code: 'network', detail: 'The request did not reach the server (offline, blocked, or not allowed by CORS).' } };
  }
  if (signal?.aborted) throw new LookupAborted();
  return { ok: true, value: { response, body } };
}

/** Joins a base URL and a path with exactly one slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
