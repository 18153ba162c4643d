/**
 * One request for wait times, checked against the `WaitTimes` contract
 * (wait-times-check.ts: plain checks, no zod).
 */
import { isWebUrl, type WaitTimes } from '@cx-kit/core';
import { fetchWithTimeout, type ReportedError as CxErrorDetail } from '@cx-kit/core/element';
import { checkWaitTimes } from './wait-times-check.js';

export type WaitTimesAnswer = { ok: true; data: WaitTimes } | { ok: false; error: CxErrorDetail } | { ok: false; aborted: true };

/** Fetches `src` and checks the answer; never throws. */
export async function fetchWaitTimes(src: string, signal: AbortSignal, timeoutMs: number): Promise<WaitTimesAnswer> {
  if (!isWebUrl(src)) return { ok: false, error: { code: 'attribute-invalid', message: 'wait-time-src must be an http(s) or relative address.' } };
  let body: unknown;
  try {
    const response = await fetchWithTimeout(src, { signal, timeoutMs, headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, error: { code: 'bad-response', message: `The wait times answered ${response.status}.` } };
    try {
      body = await response.json();
    } catch {
      return { ok: false, error: { code: 'bad-response', message: 'The wait times are not JSON.' } };
    }
  } catch (error) {
    if (signal.aborted) return { ok: false, aborted: true };
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return { ok: false, error: timedOut ? { code: 'timeout', message: error.message } : { code: 'network', message: 'The wait times could not be fetched.' } };
  }
  const result = checkWaitTimes(body);
  if (!result.ok) return { ok: false, error: { code: 'bad-response', message: 'The wait times do not match the WaitTimes contract.', problems: result.problems } };
  return { ok: true, data: result.value };
}
