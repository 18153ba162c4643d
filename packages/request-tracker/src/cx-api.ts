/**
 * The cx-kit tracker API: `POST {api}/track` with a TrackerLookup JSON body
 * (the reference, and the email address or postcode the resident gave),
 * answered by a TrackerStatus. The verifier travels only in the body, never
 * in a URL, so it stays out of server logs, history and referrers.
 *
 * Both shapes are zod schemas in `@cx-kit/core` (contracts/tracker.ts),
 * published as JSON Schema for the people who build the server; the answer
 * is checked here by answer-checks.ts, the same rules without zod.
 */
import type { TrackerLookup } from '@cx-kit/core';
import { checkTrackerStatus, type CheckedStatus } from './answer-checks.js';
import { errorForResponse, joinUrl, send, type LookupResult, type SendOptions } from './http.js';
import type { TrackedRequest } from './tracked-request.js';

/** Where the lookup is POSTed. */
export function cxTrackUrl(api: string): string {
  return joinUrl(api, 'track');
}

/** Events oldest first: each instant read once (a server usually sends them in order already, and then nothing moves). */
function oldestFirst<E extends { at: string }>(events: E[]): E[] {
  const times = events.map((e) => Date.parse(e.at));
  if (times.every((t, i) => i === 0 || times[i - 1] <= t)) return events;
  return events
    .map((event, i) => ({ event, time: times[i] }))
    .sort((a, b) => a.time - b.time)
    .map(({ event }) => event);
}

/** Maps a TrackerStatus onto what the tracker shows (events oldest first). */
export function cxToTracked(status: CheckedStatus): TrackedRequest {
  const tracked: TrackedRequest = {
    api: 'cx',
    reference: status.reference,
    service: status.service.id ? { id: status.service.id, name: status.service.name } : { name: status.service.name },
    status: status.status,
    stage: status.stage,
    receivedAt: status.receivedAt,
    events: oldestFirst(status.events.map((e) => (e.stage ? { at: e.at, status: e.status, text: e.text, stage: e.stage } : { at: e.at, status: e.status, text: e.text }))),
  };
  if (status.dueDates?.acknowledgeBy) tracked.acknowledgeBy = status.dueDates.acknowledgeBy;
  if (status.dueDates?.respondBy) tracked.respondBy = status.dueDates.respondBy;
  if (status.expectedBy) tracked.expectedBy = status.expectedBy;
  if (status.team) tracked.team = { ...status.team };
  if (status.overdue !== undefined) tracked.overdue = status.overdue;
  if (status.stages?.length) tracked.stages = status.stages.map((stage) => ({ ...stage }));
  return tracked;
}

/** Reads a TrackerStatus body; a description of what did not fit when it does not match the contract. */
export function readTrackerStatus(body: string): { ok: true; value: TrackedRequest } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'the answer is not JSON' };
  }
  const checked = checkTrackerStatus(json);
  if (!checked.ok) return { ok: false, problem: `problems at ${checked.problems.join(', ')}` };
  return { ok: true, value: cxToTracked(checked.value) };
}

/**
 * Looks a request up on a cx-kit server. A wrong reference and a wrong
 * verifier are both "not found" (404), so nobody can learn which
 * references exist. Never throws for a failure; rejects only with
 * LookupAborted when cancelled.
 */
export async function lookUpCx(api: string, lookup: TrackerLookup, options: SendOptions = {}): Promise<LookupResult<TrackedRequest>> {
  const sent = await send(
    cxTrackUrl(api),
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ reference: lookup.reference, verifier: lookup.verifier }),
    },
    options,
  );
  if (!sent.ok) return sent;
  const { response, body } = sent.value;
  const failed = errorForResponse(response, (options.now ?? Date.now)());
  // A server that tells "wrong verifier" (401/403) apart still gets the same answer as "no such reference".
  // (A server refusing this page's origin fails CORS, which the browser reports as unreachable.)
  if (failed && (response.status === 401 || response.status === 403)) return { ok: false, error: { ...failed, code: 'not-found' } };
  if (failed) return { ok: false, error: failed };
  const read = readTrackerStatus(body);
  if (!read.ok) return { ok: false, error: { code: 'invalid-response', status: response.status, detail: `The answer does not match the TrackerStatus contract: ${read.problem}.` } };
  return { ok: true, value: read.value };
}
