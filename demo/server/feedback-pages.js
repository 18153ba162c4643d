// The pages a resident without JavaScript sees after posting the plain
// feedback form: a confirmation with the reference and dates, or the
// problems to put right. GOV.UK patterns: a panel, an error summary.
import { html, page } from './html.js';
import { FIELD_LABELS } from './form-submission.js';
import { dateInWords } from './words.js';

const NOUNS = { complaint: 'complaint', 'stage-2': 'request for a review', suggestion: 'suggestion', compliment: 'compliment' };

const TYPE_WORDS = { complaint: 'A complaint', 'stage-2': 'A review of a complaint (stage 2)', suggestion: 'A suggestion', compliment: 'A compliment' };

/**
 * "Feedback sent", the reference, the dates the charter promises in words,
 * and what the resident told us (escaped like everything else).
 * @param {{ reference: string, acknowledgeBy: string, respondBy: string, trackUrl?: string }} receipt
 * @param {{ type: string, details: string }} submission
 * @param {string} service the service's name
 */
export function confirmationPage(receipt, submission, service) {
  const { type } = submission;
  const noun = NOUNS[type] ?? 'feedback';
  const complaint = type === 'complaint' || type === 'stage-2';
  return page({
    title: 'Feedback sent',
    body: html`
      <div class="panel">
        <h1>Feedback sent</h1>
        <p>Your reference is <strong>${receipt.reference}</strong></p>
      </div>
      <p>Keep this reference. You will need it to check on your ${noun} or to ask us about it.</p>
      <h2>What happens next</h2>
      <p>We will acknowledge your ${noun} by <strong>${dateInWords(receipt.acknowledgeBy)}</strong>.</p>
      ${complaint
        ? html`<p>You will get a full response by <strong>${dateInWords(receipt.respondBy)}</strong>.</p>`
        : html`<p>If you asked for a reply, we will reply by <strong>${dateInWords(receipt.respondBy)}</strong>.</p>`}
      ${receipt.trackUrl ? html`<p><a href="${receipt.trackUrl}">Check on your ${noun}</a> with your reference.</p>` : ''}
      <h2>What you sent us</h2>
      <dl class="summary">
        <dt>What you wanted to do</dt>
        <dd>${TYPE_WORDS[type] ?? type}</dd>
        <dt>Service</dt>
        <dd>${service}</dd>
        <dt>Your feedback</dt>
        <dd class="details">${submission.details}</dd>
      </dl>
      <p><a href="/">Go back to the home page</a></p>
    `,
  });
}

/**
 * "There is a problem", each problem with the label of its field, and a way
 * back to the form (the browser's back button keeps what was typed).
 * @param {{ path: string, message: string }[]} problems
 * @param {string} backHref
 */
export function problemsPage(problems, backHref) {
  return page({
    title: 'Error: there is a problem with your feedback',
    body: html`
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
        <h1 id="error-summary-title">There is a problem</h1>
        <ul>
          ${problems.map((problem) => html`<li>${label(problem.path)}${problem.message}</li>`)}
        </ul>
      </div>
      <p>Nothing has been sent. <a href="${backHref}">Go back to the form</a> to put this right: your browser's back button keeps what you typed.</p>
    `,
  });
}

function label(path) {
  const text = FIELD_LABELS[path];
  return text ? `${text}: ` : '';
}

/** A page for a failure that is not the resident's to fix (too many tries, a server error). */
export function failurePage(title, message, backHref) {
  return page({
    title,
    body: html`
      <h1>${title}</h1>
      <p>${message}</p>
      <p><a href="${backHref}">Go back to the form</a></p>
    `,
  });
}
