// Filing feedback: a reference in the charter's format, the dates the charter
// promises, one record however many times the same submission is retried.
import { core } from './core.js';
import { eventText, moveOn, verifiersOf } from './lifecycle.js';

/** The charter timescales a receipt is counted from. */
export const RECEIPT_TIMESCALES = ['complaint-acknowledgement', 'complaint-stage-1', 'complaint-stage-2'];

/**
 * Problems with a submission beyond its schema, which only the server can
 * know: a service the charter does not have. Same shape as core's problems.
 */
export function charterProblems(charter, submission) {
  if (submission.service !== null && !charter.services.some((s) => s.id === submission.service)) {
    return [{ path: 'service', message: 'Choose a service from the list, or choose "I don\'t know"' }];
  }
  return [];
}

/** The dates a submission received on `received` will be acknowledged and answered by. */
export function promisedDates(charter, type, received) {
  return {
    acknowledgeBy: core.dueDateFor(charter, 'complaint-acknowledgement', received),
    respondBy: core.dueDateFor(charter, type === 'stage-2' ? 'complaint-stage-2' : 'complaint-stage-1', received),
  };
}

/**
 * Files a valid submission, or finds the one filed earlier with the same
 * idempotency key: the same receipt either way, so a client that never heard
 * the first answer can safely send again.
 * @param {{ store: ReturnType<typeof import('./store/records.js').openStore>, charter: object, now: () => number, ackAfterMinutes: number }} env
 * @param {import('../../packages/core/src/index.ts').FeedbackSubmission} submission
 * @param {{ key?: string, scope?: string, maxAgeMs?: number }} [idempotency]
 *   `key` in `scope` (default 'feedback'); with `maxAgeMs`, an earlier filing
 *   older than that no longer counts as the same one.
 * @returns {{ receipt: object, replayed: boolean }}
 */
/** Quicker than a person can read and type: kept, but flagged for a person to look at. */
const QUICKEST_HUMAN_MS = 3000;

/** The no-JavaScript form carries no timing (both times are when it arrived), so it is never flagged. */
function filledInVeryQuickly({ startedAt, submittedAt }) {
  const took = Date.parse(submittedAt) - Date.parse(startedAt);
  return took > 0 && took < QUICKEST_HUMAN_MS;
}

/**
 * A robot's submission (the honeypot field filled in): it gets an answer that
 * looks like any other, so it learns nothing, and nothing is filed.
 */
export function decoyReceipt(env, submission) {
  const receivedAt = new Date(env.now()).toISOString();
  const dueDates = promisedDates(env.charter, submission.type, core.todayInLondon(new Date(receivedAt)));
  return { reference: env.store.newReference(), receivedAt, ...dueDates };
}

export function fileFeedback(env, submission, { key, scope = 'feedback', maxAgeMs } = {}) {
  const { store, charter } = env;
  const earlier = key ? store.byIdempotencyKey(scope, key) : undefined;
  if (earlier && (maxAgeMs === undefined || env.now() - Date.parse(earlier.receivedAt) < maxAgeMs)) {
    return { receipt: earlier.receipt, replayed: true };
  }
  const receivedAt = new Date(env.now()).toISOString();
  const dueDates = promisedDates(charter, submission.type, core.todayInLondon(new Date(receivedAt)));
  const reference = store.newReference();
  const trackUrl = charter.organisation.trackerUrl;
  const receipt = { reference, receivedAt, ...dueDates, ...(trackUrl && { trackUrl }) };
  const record = {
    kind: 'feedback',
    reference,
    ...tidied(submission),
    receivedAt,
    stage: submission.type === 'complaint' ? 1 : submission.type === 'stage-2' ? 2 : null,
    dueDates,
    receipt,
    autoAcknowledge: true,
    ...(filledInVeryQuickly(submission.client) && { flags: ['filled-in-very-quickly'] }),
    events: [{ at: receivedAt, status: 'received', text: eventText('received', submission.type) }],
  };
  store.file(record, key ? { scope, key } : undefined);
  if (submission.type === 'stage-2') escalateRelated(env, record);
  return { receipt, replayed: false };
}

/** The submission as stored: text trimmed, empty optional fields left out. */
function tidied(submission) {
  const trim = (value) => (typeof value === 'string' ? value.trim() : value);
  const contact = Object.fromEntries(Object.entries(submission.contact).map(([k, v]) => [k, trim(v)]).filter(([, v]) => v !== '' && v !== undefined));
  const out = { ...submission, contact };
  for (const key of ['relatedReference', 'reasonNotSatisfied']) {
    if (trim(out[key]) === '' || out[key] === undefined) delete out[key];
    else out[key] = trim(out[key]);
  }
  return out;
}

/**
 * A review request for a complaint we hold, from the same person (same email
 * or postcode), moves that complaint to stage 2 as well, pointing at the new
 * reference. Anyone else's reference is left alone: knowing a reference is
 * not proof it is yours.
 */
function escalateRelated(env, stage2) {
  const original = stage2.relatedReference && env.store.get(stage2.relatedReference);
  if (!original || original.kind !== 'feedback' || original.type !== 'complaint') return;
  const mine = new Set(verifiersOf(original));
  if (!verifiersOf(stage2).some((v) => mine.has(v))) return;
  moveOn(env, original, 'escalated', {
    set: { stage: 2, dueDates: { ...original.dueDates, respondBy: stage2.dueDates.respondBy }, escalatedTo: stage2.reference },
    text: `${eventText('escalated', 'complaint')} Its reference is ${stage2.reference}.`,
    at: stage2.receivedAt,
  });
}
