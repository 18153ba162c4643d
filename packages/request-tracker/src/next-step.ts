/**
 * What happens next and by when: the rule the tracker follows, kept apart
 * from rendering so it can be tested on its own.
 *
 * - A date the server gives wins: its own estimate (`expectedBy`, Open311
 *   `expected_datetime`) first, then the due dates it worked out
 *   (`dueDates.acknowledgeBy`, `dueDates.respondBy`).
 * - Otherwise, for a complaint, the charter's promise counted from when the
 *   council received it: acknowledgement (`complaint-acknowledgement`),
 *   stage 1 (`complaint-stage-1`) from receipt, stage 2 (`complaint-stage-2`)
 *   from the day it was escalated. For anything else, a charter timescale
 *   whose id is the service's id (`foi`, `sar`).
 * - It is overdue when the server says so, or when today (UK) is after the
 *   date and the council still has something to do. While the council waits
 *   for the resident's information, the clock is not the council's.
 */
import { dueDateFor, type Charter, type ISODate, type LocalText } from '@cx-kit/core';
import { isOpen } from './status-words.js';
import type { TrackedRequest } from './tracked-request.js';
import { londonDate } from './when.js';

/** The charter timescales the tracker counts complaints on. */
export const COMPLAINT_TIMESCALES = {
  acknowledge: 'complaint-acknowledgement',
  stage1: 'complaint-stage-1',
  stage2: 'complaint-stage-2',
} as const;

/** A promise with a date: what the council will do, and by when. */
export interface Promised {
  what: 'acknowledge' | 'respond' | 'complete';
  by: ISODate;
  /** Where the date came from: the server, or the charter (counted by the kit). */
  source: 'server' | 'charter';
  /** The charter timescale behind it, for its "what to do when it is late" list. */
  timescaleId?: string;
}

export interface NextStep {
  /** The promise that matters now, if there is one with a date. */
  next?: Promised;
  /** A later promise worth knowing (the full response after the acknowledgement). */
  then?: Promised;
  overdue: boolean;
  /** What the resident can do now it is late, from the charter's timescale (may be empty). */
  overdueActions: LocalText[];
}

function timescaleDate(charter: Charter, id: string, from: ISODate | undefined): ISODate | undefined {
  if (!from || !charter.timescales.some((t) => t.id === id)) return undefined;
  try {
    return dueDateFor(charter, id, from) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The day a request went to stage 2: its latest `escalated` event, or failing that, when it was received. */
function escalatedOn(request: TrackedRequest): ISODate | undefined {
  const escalation = [...request.events].reverse().find((e) => e.status === 'escalated');
  return londonDate(escalation?.at) ?? londonDate(request.receivedAt);
}

/** The charter timescale behind each promise of this request, and the day it counts from. */
function charterTimescales(request: TrackedRequest): { acknowledge?: [id: string, from?: ISODate]; respond?: [id: string, from?: ISODate] } {
  const received = londonDate(request.receivedAt);
  if (request.stage === 2 || request.status === 'escalated') return { respond: [COMPLAINT_TIMESCALES.stage2, escalatedOn(request)] };
  if (request.stage === 1) return { acknowledge: [COMPLAINT_TIMESCALES.acknowledge, received], respond: [COMPLAINT_TIMESCALES.stage1, received] };
  const serviceTimescale = request.service?.id;
  return serviceTimescale ? { respond: [serviceTimescale, received] } : {};
}

/** What the tracker says happens next, by when, and whether it is late. */
export function nextStep(request: TrackedRequest, charter: Charter, today: ISODate): NextStep {
  const none: NextStep = { overdue: false, overdueActions: [] };
  if (!isOpen(request.status)) return none;

  // The charter's dates are counted only where the server gave none: counting builds the working calendar.
  const timescales = charterTimescales(request);
  // A timescale that gives a date (not a promise of minutes), as counting it would have told.
  const timescaleFor = (what: 'acknowledge' | 'respond') => {
    const [id, from] = timescales[what] ?? [];
    const timescale = id && from ? charter.timescales.find((t) => t.id === id) : undefined;
    return timescale && timescale.rule.kind !== 'duration' ? id : undefined;
  };
  const fromCharter = (what: 'acknowledge' | 'respond'): Promised | undefined => {
    const [id, from] = timescales[what] ?? [];
    const by = id ? timescaleDate(charter, id, from) : undefined;
    return by ? { what, by, source: 'charter', timescaleId: id } : undefined;
  };
  const server = (what: Promised['what'], value: string | undefined, timescale?: string): Promised | undefined => {
    const by = londonDate(value);
    return by ? { what, by, source: 'server', ...(timescale ? { timescaleId: timescale } : {}) } : undefined;
  };

  const expected = server(request.api === 'open311' ? 'complete' : 'respond', request.expectedBy, timescaleFor('respond'));
  const respond = expected ?? server('respond', request.respondBy, timescaleFor('respond')) ?? fromCharter('respond');
  const acknowledge = server('acknowledge', request.acknowledgeBy, timescaleFor('acknowledge')) ?? fromCharter('acknowledge');

  // Only a complaint just received waits for an acknowledgement first.
  const step: NextStep =
    request.status === 'received' && acknowledge
      ? { next: acknowledge, then: respond, overdue: false, overdueActions: [] }
      : { next: respond, overdue: false, overdueActions: [] };
  if (!step.then) delete step.then;
  if (!step.next) delete step.next;

  if (request.status === 'awaiting-information') return { ...step, overdue: request.overdue === true, overdueActions: [] };

  const late = step.next !== undefined && today > step.next.by;
  step.overdue = request.overdue ?? late;
  if (step.overdue) {
    const id = step.next?.timescaleId ?? timescaleFor('respond');
    step.overdueActions = (id && charter.timescales.find((t) => t.id === id)?.overdue) || [];
  }
  return step;
}
