// The cx-kit contract: POST /api/feedback, POST /api/track, GET /api/wait-times.
// Every body is checked with core's own schemas, so the server and the
// widgets can never disagree about what is valid.
import { createHash } from 'node:crypto';
import { sameText } from './constant-time.js';
import { core } from './core.js';
import { readBody, mediaType } from './body.js';
import { HttpError } from './http-error.js';
import { charterProblems, decoyReceipt, fileFeedback, fileReview, ReviewProblem } from './feedback-filing.js';
import { submissionFromForm } from './form-submission.js';
import { confirmationPage, problemsPage } from './feedback-pages.js';
import { trackNotFoundPage, trackProblemsPage, trackStatusPage } from './track-pages.js';
import { IdempotencyMismatchError } from './store/records.js';
import { normaliseVerifier, serviceName, trackerStatus, verifiersOf } from './lifecycle.js';
import { htmlPage, json } from './respond.js';
import { idempotencyKey } from './idempotency-key.js';
import { ownOrigin } from './hosts.js';
import { waitTimes } from './wait-times.js';

/** A plain form posting to the API gets HTML back; everything else JSON. */
export function feedbackErrorStyle(req) {
  return mediaType(req) === 'application/x-www-form-urlencoded' ? 'html' : 'json';
}

/**
 * Where "go back" leads on an error page: the page the form was on when the
 * browser says so and it is this site's own page or an allowed partner's;
 * never a foreign page a link could carry the resident off to.
 */
export function backHref(req, env) {
  const referer = req.headers.referer;
  if (!referer || !core.isWebUrl(referer, false)) return '/';
  const origin = new URL(referer).origin;
  return origin === ownOrigin(req) || env?.corsOrigins.includes(origin) ? referer : '/';
}

/**
 * A plain form posted from another site: only from an origin in
 * CORS_ORIGINS (a partner's page). The browser's Origin says where from;
 * under `Referrer-Policy: no-referrer` it says `null` and Sec-Fetch-Site,
 * which no page can forge, tells same-origin from cross-site. Tools that
 * send neither (curl) are let through, as with any API client.
 */
export function assertFormFromAllowedSite(req, env) {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (origin && origin !== 'null') {
    if (origin === ownOrigin(req) || env.corsOrigins.includes(origin)) return;
  } else if (site === undefined || site === 'same-origin' || site === 'none') return;
  throw new HttpError(403, "This form can only be sent from the council's own pages or a partner site the council has allowed.", { code: 'forbidden' });
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
  if (feedbackErrorStyle(req) === 'html') assertFormFromAllowedSite(req, env);
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
    if (isForm) return htmlPage(422, problemsPage(problems, backHref(req, env)));
    return json(422, core.apiErrorFromProblems(problems));
  }
  // Keys belong to the client that sent them: another client's same key is another filing.
  const idempotency = key || !isForm
    ? { key, scope: `feedback:${ctx.client}` }
    : { key: formKey(ctx, body.text), scope: 'feedback-form', bodyHash: formKey(ctx, body.text), maxAgeMs: FORM_REPEAT_MS };
  let filed;
  try {
    if (checked.value.client.honeypot) filed = await decoyReceipt(env, checked.value, idempotency);
    else if (checked.value.type === 'stage-2' && checked.value.review) filed = await fileReview(env, checked.value, idempotency);
    else filed = await fileFeedback(env, checked.value, idempotency);
  } catch (error) {
    if (error instanceof ReviewProblem) {
      if (isForm) return htmlPage(422, problemsPage(error.problems, backHref(req, env)));
      return json(422, core.apiErrorFromProblems(error.problems));
    }
    if (error instanceof IdempotencyMismatchError) {
      throw new HttpError(422, 'This Idempotency-Key was already used for a different submission. Send a new key with a new submission.', { code: 'idempotency-key-reused' });
    }
    throw error;
  }
  const { receipt, replayed } = filed;
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

/** What a miss is checked against, so "no such reference" does the work "wrong verifier" does. */
const STAND_IN = {
  kind: 'feedback',
  reference: 'CEC-0000-0000',
  type: 'complaint',
  service: null,
  contact: { email: 'nobody@example.invalid', address: '1 Nowhere Road, AB1 2CD' },
  receivedAt: '2026-01-01T10:00:00.000Z',
  stage: 1,
  dueDates: { acknowledgeBy: '2026-01-05', respondBy: '2026-01-29' },
  events: [{ at: '2026-01-01T10:00:00.000Z', status: 'received', text: 'x' }],
};

const STAND_IN_TEXT = JSON.stringify(STAND_IN);

/**
 * A record and its status when `reference` and `verifier` match, else null.
 * Hit or miss, the same steps run (the verifier check and the status of a
 * stand-in), so the time taken does not say whether a reference exists.
 */
async function lookUp(env, reference, verifier) {
  const record = await env.store.get(reference.trim());
  const real = record?.kind === 'feedback';
  // A miss parses a stand-in as a hit parses its row, so both take the same steps.
  const subject = real ? record : JSON.parse(STAND_IN_TEXT);
  const given = normaliseVerifier(verifier);
  const matches = verifiersOf(subject)
    .map((known) => sameText(known, given))
    .some(Boolean);
  const status = trackerStatus(subject, env);
  return real && matches ? status : null;
}

/** POST /api/track: a reference and its email or postcode → the TrackerStatus (JSON), or the status page for the plain form. */
export async function postTrack(ctx) {
  const { env, req } = ctx;
  const isForm = feedbackErrorStyle(req) === 'html';
  if (isForm) assertFormFromAllowedSite(req, env);
  const body = await readBody(req, { limit: env.bodyLimit, accept: ['json', 'form'] });
  const input = isForm ? { reference: String([].concat(body.value.reference ?? '')[0]), verifier: String([].concat(body.value.verifier ?? '')[0]) } : body.value;
  const checked = core.checkContract(core.trackerLookupSchema, input);
  if (!checked.ok) {
    if (isForm) return htmlPage(422, trackProblemsPage(checked.problems, backHref(req, env)));
    return json(422, core.apiErrorFromProblems(checked.problems, 'Check your reference and email address or postcode.'));
  }
  const status = await lookUp(env, checked.value.reference, checked.value.verifier);
  if (!status) {
    if (isForm) return htmlPage(404, trackNotFoundPage(NOT_FOUND, backHref(req, env)));
    throw new HttpError(404, NOT_FOUND);
  }
  if (isForm) return htmlPage(200, trackStatusPage(status, env.charter));
  return json(200, status);
}

/** GET /api/wait-times: how long the open phone and webchat queues are now. */
export function getWaitTimes(ctx) {
  return json(200, waitTimes(ctx.env.charter, ctx.env.now()));
}
