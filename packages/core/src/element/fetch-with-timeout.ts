/** Raised when a request takes longer than its timeout, so callers can say "timed out" rather than "failed". */
export class TimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`No answer from ${url} within ${Math.round(ms / 1000)} seconds.`);
    this.name = 'TimeoutError';
  }
}

/**
 * `fetch` that gives up after `timeoutMs`, never sends cookies to another
 * site, and can still be cancelled by the caller's own signal (an element that
 * leaves the page aborts what it started).
 */
export async function fetchWithTimeout(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Response> {
  const { timeoutMs = 10_000, signal, ...rest } = init;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  // A signal aborted before we got here fires no event: honour it now.
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await fetch(url, { credentials: 'same-origin', ...rest, signal: controller.signal });
  } catch (error) {
    if (timedOut) throw new TimeoutError(url, timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
