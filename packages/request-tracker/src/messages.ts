/**
 * What the resident reads when a lookup fails: one title and one sentence
 * per failure, each true to what happened (offline is not the same as the
 * council's system being unreachable, or refusing this page), each with its
 * own way on. Keyed by core's `CxErrorCode`, as `cx-error` reports it.
 */
import { msg, plural, str } from '@cx-kit/core/element';
import type { LookupErrorCode } from './http.js';
import { offlineText, systemProblemText, type FailureText } from './views/failure.js';

export type TrackerErrorCode = LookupErrorCode;
export type { FailureText };

export interface FailureContext {
  /** The cx-kit API, where the email or postcode must match too. */
  needsVerifier: boolean;
  /** The charter's organisation, by name. */
  organisation: string;
}

/** The words for a failure. */
export function failureText(code: TrackerErrorCode, context: FailureContext): FailureText {
  const { organisation } = context;
  switch (code) {
    case 'not-found':
      return {
        title: msg('We could not find that request'),
        body: context.needsVerifier
          ? msg(str`Check the reference, and that the email address or postcode is the one you gave ${organisation}, then try again.`)
          : msg(str`Check the reference and try again. It is on the email or letter ${organisation} sent you.`),
        wayOn: 'check',
      };
    case 'validation':
      return { title: msg('We could not look up that reference'), body: msg('Check the reference and try again.'), wayOn: 'check' };
    case 'offline':
      return offlineText();
    case 'unreachable':
      return {
        title: msg(str`We could not reach ${organisation}'s system`),
        body: msg('Your internet connection is working, but the system that holds requests did not answer this page. Try again later, or contact us instead.'),
        wayOn: 'retry',
      };
    case 'refused':
      return {
        title: msg(str`${organisation}'s system did not allow this page to check requests`),
        body: msg('Contact us instead, quoting your reference.'),
        wayOn: 'check',
      };
    case 'timeout':
      return { title: msg('Our system is taking too long to answer'), body: msg('Try again in a few minutes.'), wayOn: 'retry' };
    case 'rate-limited':
      return { title: msg('Too many people are checking at the moment'), body: msg('Wait a little, then try again.'), wayOn: 'retry' };
    case 'server-error':
      return systemProblemText();
    case 'invalid-response':
      return { title: msg('Sorry, we could not read the answer from our system'), body: msg('Try again later.'), wayOn: 'retry' };
  }
}

/** "You can try again in 2 minutes." / "…in 30 seconds." */
export function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) {
    return plural(seconds, {
      one: () => msg(str`You can try again in ${seconds} second.`, { id: 'tracker-wait-seconds-one' }),
      two: () => msg(str`You can try again in ${seconds} seconds.`, { id: 'tracker-wait-seconds-two' }),
      few: () => msg(str`You can try again in ${seconds} seconds.`, { id: 'tracker-wait-seconds-few' }),
      many: () => msg(str`You can try again in ${seconds} seconds.`, { id: 'tracker-wait-seconds-many' }),
      other: () => msg(str`You can try again in ${seconds} seconds.`, { id: 'tracker-wait-seconds-other' }),
    });
  }
  const minutes = Math.ceil(seconds / 60);
  return plural(minutes, {
    one: () => msg(str`You can try again in ${minutes} minute.`, { id: 'tracker-wait-minutes-one' }),
    two: () => msg(str`You can try again in ${minutes} minutes.`, { id: 'tracker-wait-minutes-two' }),
    few: () => msg(str`You can try again in ${minutes} minutes.`, { id: 'tracker-wait-minutes-few' }),
    many: () => msg(str`You can try again in ${minutes} minutes.`, { id: 'tracker-wait-minutes-many' }),
    other: () => msg(str`You can try again in ${minutes} minutes.`, { id: 'tracker-wait-minutes-other' }),
  });
}

/** The English sentence `cx-error` carries for each code (for the page's code, not for residents). */
export const ERROR_MESSAGES: Record<TrackerErrorCode, string> = {
  'not-found': 'No request was found with that reference.',
  validation: 'The server did not accept the lookup.',
  offline: 'The browser is offline.',
  unreachable: 'The tracker could not reach the server (a network failure, or not allowed by CORS).',
  refused: 'The server refused the lookup (401/403).',
  timeout: 'The server did not answer in time.',
  'rate-limited': 'The server asked the tracker to slow down (429).',
  'server-error': 'The server had a problem (5xx).',
  'invalid-response': 'The server answered with something that does not match the API contract.',
};
