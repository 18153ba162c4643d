// Filing feedback: a reference in the charter's format, the dates the charter
// promises, one record however many times the same submission is retried.
import { createHash } from 'node:crypto';
import { sameText } from './constant-time.js';
import { core } from './core.js';
import { currentStatus, eventText, moveOn, nextStatuses, normaliseVerifier, verifiersOf } from './lifecycle.js';

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

/** Quicker than a person can read and type: kept, but flagged for a person to look at. */
const QUICKEST_HUMAN_MS = 3000;

/** The no-JavaScript form carries no timing (both times are when it arrived), so it is never flagged. */
function filledInVeryQuickly({ startedAt, submittedAt }) {
  const took = Date.parse(submittedAt) - Date.parse(startedAt);
  return took > 0 && took < QUICKEST_HUMAN_MS;
}

/**
 * What an Idempotency-Key is stored with: a hash of the submission, leaving
 * out `client` (the widget's retry sends a new submittedAt for the same
 * complaint). The same key with another hash is refused (422).
 */
export function submissionHash(submission) {
  const { client: _timing, ...rest } = submission;
  return createHash('sha256').update(JSON.stringify(rest)).digest('base64url');
}

/** The receipt for a submission given `reference`, received now. */
function receiptFor(env, submission, reference) {
  const receivedAt = new Date(env.now()).toISOString();
  const dueDates = promisedDates(env.charter, submission.type, core.todayInLondon(new Date(receivedAt)));
  const trackUrl = env.charter.organisation.trackerUrl;
  return { reference, receivedAt, ...dueDates, ...(trackUrl && { trackUrl }) };
}

/**
 * A robot's submission (the honeypot field filled in): it gets an answer
 * that looks like any other (a fresh reference, the trackUrl, the same
 * replay of its Idempotency-Key), so it learns nothing, and no record is filed.
 * @param {{ key?: string, scope?: string, bodyHash?: string, maxAgeMs?: number }} [idempotency]
 */
export async function decoyReceipt(env, submission, idempotency = {}) {
  return env.store.file((reference) => ({ receipt: receiptFor(env, submission, reference) }), keyed(env, submission, idempotency));
}

function keyed(env, submission, { key, scope = 'feedback', bodyHash, maxAgeMs }) {
  return key ? { scope, key, bodyHash: bodyHash ?? submissionHash(submission), maxAgeMs, now: env.now() } : undefined;
}

/**
 * Files a valid submission, or finds the one filed earlier with the same
 * idempotency key: the same receipt either way, so a client that never heard
 * the first answer can safely send again.
 * @param {{ store: object, charter: object, now: () => number, ackAfterMinutes: number }} env
 * @param {import('../../packages/core/src/index.ts').FeedbackSubmission} submission
 * @param {{ key?: string, scope?: string, bodyHash?: string, maxAgeMs?: number }} [idempotency]
 *   `key` in `scope` (default 'feedback': give the client's address in it);
 *   with `maxAgeMs`, an earlier filing older than that no longer counts.
 * @returns {Promise<{ receipt: object, replayed: boolean }>} throws IdempotencyMismatchError
 */
export async function fileFeedback(env, submission, idempotency = {}) {
  const filed = await env.store.file((reference) => {
    const receipt = receiptFor(env, submission, reference);
    const record = {
      kind: 'feedback',
      reference,
      ...tidied(submission),
      receivedAt: receipt.receivedAt,
      stage: submission.type === 'complaint' ? 1 : submission.type === 'stage-2' ? 2 : null,
      dueDates: { acknowledgeBy: receipt.acknowledgeBy, respondBy: receipt.respondBy },
      receipt,
      autoAcknowledge: true,
      ...(filledInVeryQuickly(submission.client) && { flags: ['filled-in-very-quickly'] }),
      events: [{ at: receipt.receivedAt, status: 'received', text: eventText('received', submission.type) }],
    };
    return { record, receipt };
  }, keyed(env, submission, idempotency));
  if (!filed.replayed && submission.type === 'stage-2') await escalateRelated(env, filed.record);
  return { receipt: filed.receipt, replayed: filed.replayed };
}

/** A review that cannot be filed: 422 with the problem at `review.…`, as the contract says. */
export class ReviewProblem extends Error {
  constructor(path, message) {
    super(message);
    this.problems = [{ path, message }];
  }
}

const REVIEW_NOT_FOUND = 'We could not find a complaint with that reference and that email address or postcode. Check both and try again.';

/**
 * A stage 2 review naming its complaint (`review: { reference, verifier }`):
 * the complaint keeps its reference and moves to stage 2 in the same
 * transaction as the Idempotency-Key; the receipt is for that reference with
 * `stage: 2` and the stage 2 dates. Throws ReviewProblem when the complaint
 * is not found, not the resident's, or cannot be reviewed now.
 * @returns {Promise<{ receipt: object, replayed: boolean }>}
 */
export async function fileReview(env, submission, idempotency = {}) {
  const earlier = await env.store.replayOf(keyed(env, submission, idempotency));
  if (earlier) return earlier; // a retry: the complaint is at stage 2 already, the answer is the same
  const { reference, verifier } = submission.review;
  const complaint = await env.store.get(reference.trim());
  const given = normaliseVerifier(verifier);
  const mine = (complaint?.kind === 'feedback' ? verifiersOf(complaint) : ['\u0000']).map((known) => sameText(known, given)).some(Boolean);
  if (!complaint || complaint.kind !== 'feedback' || !mine) throw new ReviewProblem('review.verifier', REVIEW_NOT_FOUND);
  const status = currentStatus(complaint, env);
  if (complaint.type !== 'complaint' || !nextStatuses(complaint, status).includes('escalated')) {
    const why = complaint.stage === 2 ? 'This complaint is already being reviewed (stage 2).' : complaint.type !== 'complaint' ? 'Only a complaint can be reviewed.' : 'We have not answered this complaint yet: you can ask for a review once we have.';
    throw new ReviewProblem('review.reference', why);
  }
  const at = new Date(env.now()).toISOString();
  const today = core.todayInLondon(new Date(at));
  const dueDates = { acknowledgeBy: core.dueDateFor(env.charter, 'complaint-acknowledgement', today), respondBy: core.dueDateFor(env.charter, 'complaint-stage-2', today) };
  const trackUrl = env.charter.organisation.trackerUrl;
  const receipt = { reference: complaint.reference, receivedAt: at, ...dueDates, ...(trackUrl && { trackUrl }), stage: 2 };
  const review = { receivedAt: at, reasonNotSatisfied: submission.reasonNotSatisfied?.trim(), ...(submission.wantedOutcome?.trim() && { wantedOutcome: submission.wantedOutcome.trim() }), contact: tidied(submission).contact, locale: submission.locale };
  return env.store.file(() => ({ receipt }), keyed(env, submission, idempotency), (tx) =>
    moveOn(env, complaint, 'escalated', { tx, at, set: { stage: 2, dueDates, review, stageOne: { acknowledgeBy: complaint.dueDates?.acknowledgeBy, respondBy: complaint.dueDates?.respondBy } } }),
  );
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
async function escalateRelated(env, stage2) {
  const original = stage2.relatedReference && (await env.store.get(stage2.relatedReference));
  if (!original || original.kind !== 'feedback' || original.type !== 'complaint') return;
  const mine = new Set(verifiersOf(original));
  if (!verifiersOf(stage2).some((v) => mine.has(v))) return;
  await moveOn(env, original, 'escalated', {
    set: { stage: 2, dueDates: { ...original.dueDates, respondBy: stage2.dueDates.respondBy }, escalatedTo: stage2.reference },
    text: `${eventText('escalated', 'complaint')} Its reference is ${stage2.reference}.`,
    at: stage2.receivedAt,
  });
}
