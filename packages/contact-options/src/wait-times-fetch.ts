/**
 * One request for wait times, checked against the `WaitTimes` contract
 * (wait-times-check.ts: plain checks, no zod). Every failure is thrown as a
 * `CxError` with the agreed code, as core's `ResourceController` expects of
 * its task; a cancellation is thrown as it came.
 */
import type { WaitTimes } from '@cx-kit/core';
import { CxError, fetchChecked } from '@cx-kit/core/element';
import { checkWaitTimes } from './wait-times-check.js';

export async function fetchWaitTimes(src: string, signal: AbortSignal, timeoutMs: number): Promise<WaitTimes> {
  const response = await fetchChecked(src, { signal, timeoutMs, headers: { Accept: 'application/json' } });
  const { status } = response;
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new CxError('invalid-response', 'The answer is not JSON.', { status });
  }
  const result = checkWaitTimes(body);
  if (!result.ok) throw new CxError('invalid-response', 'The answer does not match the WaitTimes contract.', { status, problems: result.problems });
  return result.value;
}
