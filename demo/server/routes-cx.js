// The cx-kit contract: POST /api/feedback, POST /api/track, GET /api/wait-times.
// Every body is checked with core's own schemas, so the server and the
// widgets can never disagree about what is valid.
import { createHash, timingSafeEqual } from 'node:crypto';
import { core } from './core.js';
import { readBody, mediaType } from './body.js';
import { HttpError } from './http-error.js';
import { charterProblems, decoyReceipt, fileFeedback } from './feedback-filing.js';
import { submissionFromForm } from './form-submission.js';
import { confirmationPage, problemsPage } from './feedback-pages.js';
import { normaliseVerifier, serviceName, trackerStatus, verifiersOf } from './lifecycle.js';
import { htmlPage, json } from './respond.js';
import { waitTimes } from './wait-times.js';

/** Idempotency keys: what a UUID or any opaque token looks like, nothing that could hide a header trick. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** A plain form posting to the API gets HTML back; everything else JSON. */
export function feedbackErrorStyle(req) {
  return mediaType(req) === 'application/x-www-form-urlencoded' ? 'html' : 'json';
}

/** The `Idempotency-Key` header, checked; undefined when there is none. */
function idempotencyKey(req) {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new HttpError(400, 'The Idempotency-Key header must be 1 to 255 visible characters, such as a UUID.', { code: 'bad-idempotency-key' });
  }
  return key;
}

/** Where "go back to the form" leads: the page the form was on, when the browser says so and it is a web page. */
export function backHref(req) {
  const referer = req.headers.referer;
  return referer && core.isWebUrl(referer, false) ? referer : '/';
}

/**
 * A plain form cannot send an Idempotency-Key, and residents double-click.
 * The same form from the same client within 15 minutes counts as a repeat.
 */
const FORM_REPEAT_MS = 15 * 60_000;

function formKey(ctx, text) {
  return createHash('sha256').update(`${ctx.client}\n${text}`).digest('base64url');
}

/** POST /api/feedback: JSON from the widget, or the plain form's fields. */
export async function postFeedback(ctx) {
  const { env, req } = ctx;
  const key = idempotencyKey(req);
  const body = await readBody(req, { limit: env.bodyLimit, accept: ['json', 'form'] });
  const isForm = body.kind === 'form';
  const receivedAt = new Date(env.now()).toISOString();
  const input = isForm ? submissionFromForm(body.value, { now: receivedAt }) : body.value;
  const checked = core.checkFeedbackSubmission(input, {
    maxLength: env.charter.feedback.maxLength,
    referencePattern: env.charter.organisation.referenceFormat.pattern,
  });
  const problems = checked.ok ? charterProblems(env.charter, checked.value) : checked.problems;
  if (problems.length > 0) {
    if (isForm) return htmlPage(422, problemsPage(problems, backHref(req)));
    return json(422, core.apiErrorFromProblems(problems));
  }
  if (checked.value.client.honeypot) return json(201, decoyReceipt(env, checked.value));
  const idempotency = key || !isForm ? { key } : { key: formKey(ctx, body.text), scope: 'feedback-form', maxAgeMs: FORM_REPEAT_MS };
  const { receipt, replayed } = fileFeedback(env, checked.value, idempotency);
  const headers = replayed ? { 'Idempotent-Replayed': 'true' } : {};
  if (isForm) {
    const service = checked.value.service ? serviceName(env.charter, checked.value.service) : 'Not chosen';
    const page = confirmationPage(receipt, checked.value, service);
    return htmlPage(201, page, headers);
  }
  return json(201, receipt, headers);
}

/** The same answer for "no such reference" and "not yours": nobody can probe for references. */
const NOT_FOUND = 'We could not find a request with that reference and that email address or postcode. Check both and try again.';

function sameText(a, b) {
  // Compare digests, so the time taken says nothing about how much matched.
  const digest = (text) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** POST /api/track: a reference and its email or postcode → the TrackerStatus. */
export async function postTrack(ctx) {
  const { env, req } = ctx;
  const body = await readBody(req, { limit: env.bodyLimit, accept: ['json'] });
  const checked = core.checkContract(core.trackerLookupSchema, body.value);
  if (!checked.ok) return json(422, core.apiErrorFromProblems(checked.problems, 'Check your reference and email address or postcode.'));
  const record = env.store.get(checked.value.reference.trim());
  const given = normaliseVerifier(checked.value.verifier);
  // Check every verifier of a real record, or a dummy, so both paths do the same work.
  const known = record?.kind === 'feedback' ? verifiersOf(record) : ['\u0000'];
  const matches = known.map((verifier) => sameText(verifier, given)).some(Boolean);
  if (!record || record.kind !== 'feedback' || !matches) throw new HttpError(404, NOT_FOUND);
  return json(200, trackerStatus(record, env));
}

/** GET /api/wait-times: how long the open phone and webchat queues are now. */
export function getWaitTimes(ctx) {
  return json(200, waitTimes(ctx.env.charter, ctx.env.now()));
}
