/**
 * What the resident reads when a lookup fails: one title and one sentence
 * per failure, each with its own way on. Kept beside the codes so the words
 * stay consistent with what `cx-error` reports.
 */
import { msg, str } from '@cx-kit/core/element';
import type { LookupErrorCode } from './http.js';

export interface FailureText {
  title: string;
  body: string;
  /** Offer "Try again" (the same lookup), or send the resident back to check what they typed. */
  wayOn: 'retry' | 'check';
}

/** The words for a failure; `needsVerifier` for the cx-kit API, where the email or postcode must match too. */
export function failureText(code: LookupErrorCode, needsVerifier: boolean): FailureText {
  switch (code) {
    case 'not-found':
      return {
        title: msg('We could not find that request'),
        body: needsVerifier
          ? msg('Check the reference, and that the email address or postcode is the one you gave us, then try again.')
          : msg('Check the reference and try again. It is on the email or letter we sent you.'),
        wayOn: 'check',
      };
    case 'bad-request':
      return {
        title: msg('We could not look up that reference'),
        body: msg('Check the reference and try again.'),
        wayOn: 'check',
      };
    case 'network':
      return {
        title: msg('We could not connect to our system'),
        body: msg('Check your internet connection, then try again.'),
        wayOn: 'retry',
      };
    case 'timeout':
      return {
        title: msg('Our system is taking too long to answer'),
        body: msg('Try again in a few minutes.'),
        wayOn: 'retry',
      };
    case 'rate-limited':
      return {
        title: msg('Too many people are checking at the moment'),
        body: msg('Wait a little, then try again.'),
        wayOn: 'retry',
      };
    case 'server-error':
      return {
        title: msg('Sorry, there is a problem with our system'),
        body: msg('Try again later.'),
        wayOn: 'retry',
      };
    case 'bad-response':
      return {
        title: msg('Sorry, we could not read the answer from our system'),
        body: msg('Try again later.'),
        wayOn: 'retry',
      };
  }
}

/** "You can try again in 2 minutes." / "…in 30 seconds." */
export function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return seconds === 1 ? msg('You can try again in 1 second.') : msg(str`You can try again in ${seconds} seconds.`);
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? msg('You can try again in 1 minute.') : msg(str`You can try again in ${minutes} minutes.`);
}

/** The English sentence `cx-error` carries for each code (for the page's code, not for residents). */
export const ERROR_MESSAGES: Record<LookupErrorCode, string> = {
  'not-found': 'No request was found with that reference.',
  'bad-request': 'The server did not accept the lookup.',
  network: 'The tracker could not reach the server.',
  timeout: 'The server did not answer in time.',
  'rate-limited': 'The server asked the tracker to slow down (429).',
  'server-error': 'The server had a problem (5xx).',
  'bad-response': 'The server answered with something that does not match the API contract.',
};
