// The demo's back office: every record with buttons to move it on, the
// fault-injection switches, and a reset. Plain forms (no script: the CSP
// forbids inline scripts, and the page needs none).
import { html, page } from './html.js';
import { FAULT_KINDS } from './faults.js';
import { currentStatus, nextStatuses, serviceName, trackerStatus } from './lifecycle.js';
import { publishRequest } from './open311.js';

const STATUS_WORDS = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  'in-progress': 'Being worked on',
  'awaiting-information': 'Waiting for information',
  answered: 'Answered',
  closed: 'Closed',
  escalated: 'Escalated to stage 2',
};

const FAULT_HINTS = {
  latency: 'Delay in milliseconds before every /api answer',
  rate429: 'Chance (0 to 1) of a 429 Too Many Requests, before anything is filed',
  error500: 'Chance of a 500 server error, before anything is filed',
  drop: 'Chance the connection is cut half way through the answer (after filing)',
  malformed: 'Chance the JSON answer is cut short (after filing)',
  html: 'Chance of an HTML page instead of JSON (after filing)',
};

function feedbackRow(record, env) {
  const status = currentStatus(record, env);
  const view = trackerStatus(record, env);
  const verifier = record.contact?.email ?? record.contact?.address ?? '(anonymous: cannot be tracked)';
  return html`
    <tr>
      <th scope="row">${record.reference}</th>
      <td>${record.type}${record.stage ? ` (stage ${record.stage})` : ''}</td>
      <td>${serviceName(env.charter, record.service)}</td>
      <td>${STATUS_WORDS[status]}${view.overdue ? html` <strong>overdue</strong>` : ''}</td>
      <td>${record.dueDates?.acknowledgeBy ?? ''}</td>
      <td>${record.dueDates?.respondBy ?? ''}</td>
      <td>${verifier}</td>
      <td>
        ${nextStatuses(record, status).map(
          (next) => html`<form method="post" action="/admin/records/${encodeURIComponent(record.reference)}" class="inline">
            <input type="hidden" name="status" value="${next}">
            <button type="submit">${STATUS_WORDS[next]}<span class="visually-hidden"> ${record.reference}</span></button>
          </form>`,
        )}
      </td>
    </tr>`;
}

function open311Row(record) {
  const published = publishRequest(record);
  const next = record.status === 'closed' ? 'open' : 'closed';
  return html`
    <tr>
      <th scope="row">${record.reference}</th>
      <td>${published.service_name}</td>
      <td>${published.status}</td>
      <td>${published.expected_datetime ?? ''}</td>
      <td>${published.address ?? ''}</td>
      <td>
        <form method="post" action="/admin/records/${encodeURIComponent(record.reference)}" class="inline">
          <input type="hidden" name="status" value="${next}">
          <button type="submit">${next === 'closed' ? 'Close' : 'Reopen'}<span class="visually-hidden"> ${record.reference}</span></button>
        </form>
      </td>
    </tr>`;
}

/**
 * The admin page.
 * @param {{ store: object, charter: object, faults: object, now: () => number, ackAfterMinutes: number }} env
 * @param {string} [message] a notice after an action ("Faults updated")
 */
export function adminPage(env, message) {
  const feedback = env.store.list('feedback').reverse();
  const open311 = env.store.list('open311').reverse();
  const faults = env.faults.config;
  return page({
    title: 'Admin – cx-kit demo server',
    body: html`
      <h1>Demo back office</h1>
      ${message ? html`<p class="notice" role="status">${message}</p>` : ''}
      <p>Move requests on to show the tracker's states. New feedback is acknowledged by itself ${env.ackAfterMinutes} minutes after it arrives.</p>

      <h2 id="feedback-title">Suggestions, compliments and complaints</h2>
      <div class="table-wrap">
      <table aria-labelledby="feedback-title">
        <thead><tr><th scope="col">Reference</th><th scope="col">Type</th><th scope="col">Service</th><th scope="col">Status</th><th scope="col">Acknowledge by</th><th scope="col">Respond by</th><th scope="col">Look up with</th><th scope="col">Move on to</th></tr></thead>
        <tbody>${feedback.map((record) => feedbackRow(record, env))}</tbody>
      </table>
      </div>

      <h2 id="open311-title">Open311 reports</h2>
      <div class="table-wrap">
      <table aria-labelledby="open311-title">
        <thead><tr><th scope="col">Id</th><th scope="col">Service</th><th scope="col">Status</th><th scope="col">Expected</th><th scope="col">Address</th><th scope="col">Change</th></tr></thead>
        <tbody>${open311.map(open311Row)}</tbody>
      </table>
      </div>

      <h2>Fault injection</h2>
      <p>Applied to every <code>/api/</code> answer, so you can see how the widgets cope. Set every value to 0 to turn faults off.</p>
      <form method="post" action="/admin/faults">
        ${['latency', ...FAULT_KINDS].map(
          (kind) => html`<p>
            <label for="fault-${kind}">${kind}</label>
            <span class="hint" id="fault-${kind}-hint">${FAULT_HINTS[kind]}</span>
            <input id="fault-${kind}" name="${kind}" inputmode="decimal" value="${faults[kind]}" aria-describedby="fault-${kind}-hint">
          </p>`,
        )}
        <p><button type="submit">Save faults</button></p>
      </form>

      <h2>Start again</h2>
      <form method="post" action="/admin/reset">
        <p>Forget every request and put the examples back.</p>
        <p><button type="submit">Reset the demo data</button></p>
      </form>
    `,
  });
}
