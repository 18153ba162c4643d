/**
 * The tracker's own attributes checked, for editors (debug panel, `cx-error`
 * `attribute-invalid`); residents see the fallback content when any is wrong.
 * A plain function: no DOM. With the form (form-part.ts): nothing shows
 * before it, so the checks are not needed sooner.
 */
import type { CharterProblem } from '@cx-kit/core/element';
import { MIN_POLL_SECONDS } from './chunks.js';

export interface TrackerAttributes {
  api?: string;
  apiKind: string;
  format: string;
  poll?: string | null;
  now?: string;
  /** Whether `now` is a valid instant; undefined while that cannot be told yet (the clock has not loaded). */
  nowValid?: boolean;
}

export function configProblems(a: TrackerAttributes): CharterProblem[] {
  const problems: CharterProblem[] = [];
  if (!a.api?.trim()) problems.push({ path: 'api', message: 'Set api to the base URL of the tracking API, such as "/api" or "https://council.example/open311/v2".' });
  if (a.apiKind !== 'cx' && a.apiKind !== 'open311') problems.push({ path: 'api-kind', message: `api-kind must be "cx" or "open311", not "${a.apiKind}".` });
  if (a.format !== 'json' && a.format !== 'xml') problems.push({ path: 'format', message: `format must be "json" or "xml", not "${a.format}".` });
  if (a.poll !== undefined && a.poll !== null && !(Number(a.poll) >= 0)) problems.push({ path: 'poll', message: `poll must be a number of seconds, such as "60", not "${a.poll}".` });
  if (a.now && a.nowValid === false) problems.push({ path: 'now', message: `now must be a date such as "2026-03-20", or a date and time such as "2026-03-20T09:30", not "${a.now}".` });
  return problems;
}

/** The editor's warning for a poll shorter than the tracker allows, if any. */
export function pollWarning(poll: string | undefined): string | undefined {
  const seconds = Number(poll);
  return seconds > 0 && seconds < MIN_POLL_SECONDS ? `poll="${poll}" is too often: the tracker checks every ${MIN_POLL_SECONDS} seconds at most.` : undefined;
}
