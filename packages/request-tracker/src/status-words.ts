/**
 * Statuses in plain words. Both APIs are mapped onto the seven statuses of
 * the cx-kit contract, so a resident meets the same few words whichever
 * system holds the request; Open311's extended statuses (the ones
 * FixMyStreet-style servers send) keep their meaning as a short note.
 */
import { msg, type TrackerState } from '@cx-kit/core/element';

/** Where a request is, as the cx-kit contract (TrackerStatus.status) names it. */
export type TrackerStatusCode = TrackerState;

/**
 * The extended statuses Open311 servers send beyond `open` and `closed`
 * (mySociety's Open311 adapter and FixMyStreet use these), normalised:
 * lower case, words joined by hyphens.
 */
export type Open311Outcome =
  | 'investigating'
  | 'planned'
  | 'action-scheduled'
  | 'in-progress'
  | 'internal-referral'
  | 'fixed'
  | 'duplicate'
  | 'not-councils-responsibility'
  | 'no-further-action'
  | 'unable-to-fix';

const OPEN311_STATUSES: Record<string, { status: TrackerStatusCode; outcome?: Open311Outcome }> = {
  open: { status: 'received' },
  confirmed: { status: 'received' },
  investigating: { status: 'in-progress', outcome: 'investigating' },
  'in-progress': { status: 'in-progress', outcome: 'in-progress' },
  planned: { status: 'in-progress', outcome: 'planned' },
  'action-scheduled': { status: 'in-progress', outcome: 'action-scheduled' },
  'internal-referral': { status: 'closed', outcome: 'internal-referral' },
  fixed: { status: 'closed', outcome: 'fixed' },
  closed: { status: 'closed' },
  duplicate: { status: 'closed', outcome: 'duplicate' },
  'not-councils-responsibility': { status: 'closed', outcome: 'not-councils-responsibility' },
  'no-further-action': { status: 'closed', outcome: 'no-further-action' },
  'unable-to-fix': { status: 'closed', outcome: 'unable-to-fix' },
};

/**
 * Maps an Open311 status (`open`, `closed`, or an extended one such as
 * `action_scheduled` or `not councils responsibility`) onto the contract's
 * statuses. One it does not know is read as still open (`received`), so a
 * request is never shown as done when it may not be. Extended statuses that
 * end a request (as core's `isOpen311Closed` lists them) become `closed`.
 */
export function open311Status(raw: string): { status: TrackerStatusCode; outcome?: Open311Outcome } {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/['’]/g, '');
  return OPEN311_STATUSES[key] ?? { status: 'received' };
}

/** Whether the council still has something to do. */
export function isOpen(status: TrackerStatusCode): boolean {
  return status !== 'answered' && status !== 'closed';
}

/** The status as a resident reads it on the tag and in the timeline: "Being worked on" (sentence case, as GOV.UK tags). */
export function statusWords(status: TrackerStatusCode): string {
  switch (status) {
    case 'received':
      return msg('Received');
    case 'acknowledged':
      return msg('Acknowledged');
    case 'in-progress':
      return msg('Being worked on');
    case 'awaiting-information':
      return msg('Waiting for your information');
    case 'answered':
      return msg('Answered');
    case 'closed':
      return msg('Closed');
    case 'escalated':
      return msg('Escalated to stage 2');
  }
}

/** What an extended Open311 status means, in a sentence. */
export function outcomeWords(outcome: Open311Outcome): string {
  switch (outcome) {
    case 'investigating':
      return msg('We are looking into it.');
    case 'planned':
      return msg('The work is planned.');
    case 'action-scheduled':
      return msg('The work has been scheduled.');
    case 'in-progress':
      return msg('The work has started.');
    case 'internal-referral':
      return msg('It has been passed on to another team or organisation to deal with.');
    case 'fixed':
      return msg('It has been fixed.');
    case 'duplicate':
      return msg('Someone reported this already, so it is being dealt with under the earlier report.');
    case 'not-councils-responsibility':
      return msg('This is not something the council is responsible for.');
    case 'no-further-action':
      return msg('We have decided to take no further action.');
    case 'unable-to-fix':
      return msg('We are not able to fix it.');
  }
}

/** The tag's colour family: colour is never the only signal, the words always are. */
export function statusTone(status: TrackerStatusCode): 'neutral' | 'active' | 'attention' | 'done' {
  switch (status) {
    case 'acknowledged':
    case 'in-progress':
      return 'active';
    case 'awaiting-information':
    case 'escalated':
      return 'attention';
    case 'answered':
      return 'done';
    default:
      return 'neutral';
  }
}
