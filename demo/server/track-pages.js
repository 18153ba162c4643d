// The no-JavaScript tracker: the plain form (reference + email or postcode)
// posts form-encoded to POST /api/track and gets these HTML pages back, with
// what the widget would show: status, stage, dates, history, who deals with it.
import { html, page } from './html.js';
import { dateInWords } from './words.js';

export const STATUS_WORDS = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  'in-progress': 'Being worked on',
  'awaiting-information': 'Waiting for information from you',
  answered: 'Answered',
  closed: 'Closed',
  escalated: 'Being reviewed (stage 2)',
};

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true });

/** An instant as a resident in the UK reads it: "Monday 23 November 2026 at 10:00am". */
export function ukDateTime(iso) {
  const parts = Object.fromEntries(londonTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${(parts.dayPeriod ?? '').toLowerCase().replace(/\s/g, '')}`;
}

/**
 * The status page for a `TrackerStatus`.
 * @param {object} status
 * @param {object} charter
 */
export function trackStatusPage(status, charter) {
  const { team } = status;
  return page({
    title: `Request ${status.reference}: ${STATUS_WORDS[status.status] ?? status.status}`,
    body: html`
      <h1>Request ${status.reference}</h1>
      <dl class="summary">
        <dt>Service</dt><dd>${status.service.name}</dd>
        <dt>Status</dt><dd><strong>${STATUS_WORDS[status.status] ?? status.status}</strong>${status.stage ? ` (stage ${status.stage})` : ''}</dd>
        <dt>Received</dt><dd>${ukDateTime(status.receivedAt)}</dd>
        ${status.dueDates.acknowledgeBy ? html`<dt>We will acknowledge it by</dt><dd>${dateInWords(status.dueDates.acknowledgeBy)}</dd>` : ''}
        ${status.dueDates.respondBy ? html`<dt>We will respond by</dt><dd>${dateInWords(status.dueDates.respondBy)}</dd>` : ''}
      </dl>
      ${status.overdue
        ? html`<p class="notice"><strong>We have not met the date we promised.</strong> We will contact you to explain why and give you a new date. You can also contact ${team.name}${team.phone ? ` on ${team.phone}` : ''}${team.email ? ` or at ${team.email}` : ''}.</p>`
        : ''}
      ${status.stages?.length > 1
        ? html`<h2>Both stages of your complaint</h2>
            <ol class="stages">
              ${status.stages.map(
                (stage) => html`<li>Stage ${stage.stage}${stage.stage === 2 ? ' (review)' : ''}: from ${ukDateTime(stage.receivedAt)}${stage.respondBy ? `, response due by ${dateInWords(stage.respondBy)}` : ''}${stage.answeredAt ? `, answered ${ukDateTime(stage.answeredAt)}` : ''}</li>`,
              )}
            </ol>`
        : ''}
      <h2>What has happened</h2>
      <ol class="timeline">
        ${status.events.map((event) => html`<li><strong>${ukDateTime(event.at)}</strong>${status.stages?.length > 1 && event.stage ? ` (stage ${event.stage})` : ''}: ${event.text}</li>`)}
      </ol>
      <h2>Who is dealing with it</h2>
      <p>${team.name}${team.phone ? html`, phone <a href="tel:${team.phone.replace(/\s/g, '')}">${team.phone}</a>` : ''}${team.email ? html`, email <a href="mailto:${team.email}">${team.email}</a>` : ''}</p>
      <p><a href="/">Go back to ${charter.organisation.website ? 'the home page' : 'the site'}</a></p>
    `,
  });
}

/** The same page for "no such reference" and "not yours". */
export function trackNotFoundPage(message, backHref) {
  return page({
    title: 'Error: we could not find your request',
    body: html`
      <h1>We could not find your request</h1>
      <p>${message}</p>
      <p><a href="${backHref}">Go back and try again</a></p>
    `,
  });
}

/** A reference or verifier missing or in the wrong shape. */
export function trackProblemsPage(problems, backHref) {
  const labels = { reference: 'Reference', verifier: 'Email address or postcode' };
  return page({
    title: 'Error: check your reference',
    body: html`
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
        <h1 id="error-summary-title">There is a problem</h1>
        <ul>${problems.map((problem) => html`<li>${labels[problem.path] ? `${labels[problem.path]}: ` : ''}${problem.message}</li>`)}</ul>
      </div>
      <p><a href="${backHref}">Go back and try again</a></p>
    `,
  });
}
