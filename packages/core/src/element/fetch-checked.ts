import { errorForResponse, isAbort, toCxError } from './cx-error.js';
import { fetchWithTimeout } from './fetch-with-timeout.js';

/**
 * `fetchWithTimeout` that answers only with a 2xx `Response`: every failure
 * (no connection, a timeout, a 4xx or 5xx with its `Retry-After`) is thrown as
 * a `CxError` with the agreed code. A cancellation (the caller's signal) is
 * thrown as it came, an `AbortError`, so a `ResourceController` ignores it.
 */
export async function fetchChecked(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetchWithTimeout(url, init);
  } catch (error) {
    if (init.signal?.aborted || isAbort(error)) throw error;
    throw toCxError(error);
  }
  const failed = errorForResponse(response);
  if (failed) throw failed;
  return response;
}
