// The demo's back office: every record with buttons to move it on, the
// fault-injection switches, and a reset. Plain forms (no script: the CSP
// forbids inline scripts, and the page needs none).
import { html, page } from './html.js';
import { FAULT_KINDS } from './faults.js';
import { currentStatus, nextStatuses, serviceName, trackerStatus } from './lifecycle.js';
import { publishRequest } from './open311.js';
import { ukDateTime } from './track-pages.js';
import { dateInWords } from './words.js';

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

function feedbackRow(record, env, csrf) {
  const status = currentStatus(record, env);
  const view = trackerStatus(record, env);
  const verifier = record.contact?.email ?? record.contact?.address ?? '(anonymous: cannot be tracked)';
  return html`
    <tr>
      <th scope="row">${record.reference}</th>
      <td>${record.type}${record.stage ? ` (stage ${record.stage})` : ''}</td>
      <td>${serviceName(env.charter, record.service)}</td>
      <td>${STATUS_WORDS[status]}${view.overdue ? html` <strong>overdue</strong>` : ''}</td>
      <td>${record.dueDates?.acknowledgeBy ? dateInWords(record.dueDates.acknowledgeBy) : ''}</td>
      <td>${record.dueDates?.respondBy ? dateInWords(record.dueDates.respondBy) : ''}</td>
      <td>${verifier}</td>
      <td>
        ${nextStatuses(record, status).map(
          (next) => html`<form method="post" action="/admin/records/${encodeURIComponent(record.reference)}" class="inline">
            <input type="hidden" name="status" value="${next}">
            <input type="hidden" name="csrf" value="${csrf}">
            <button type="submit">${STATUS_WORDS[next]}<span class="visually-hidden"> ${record.reference}</span></button>
          </form>`,
        )}
      </td>
    </tr>`;
}

function open311Row(record, csrf) {
  const published = publishRequest(record);
  const next = record.status === 'closed' ? 'open' : 'closed';
  return html`
    <tr>
      <th scope="row">${record.reference}</th>
      <td>${published.service_name}</td>
      <td>${published.status}</td>
      <td>${published.expected_datetime ? ukDateTime(published.expected_datetime) : ''}</td>
      <td>${published.address ?? ''}</td>
      <td>
        <form method="post" action="/admin/records/${encodeURIComponent(record.reference)}" class="inline">
          <input type="hidden" name="status" value="${next}">
          <input type="hidden" name="csrf" value="${csrf}">
          <button type="submit">${next === 'closed' ? 'Close' : 'Reopen'}<span class="visually-hidden"> ${record.reference}</span></button>
        </form>
      </td>
    </tr>`;
}

/** The header every admin page shares: the way back to the site, who is signed in, sign out. */
function adminHeader(officer) {
  return html`<header class="admin-header"><div class="wrap">
      <a href="/">Back to the site</a>
      <nav aria-label="Back office"><a href="/admin">Records</a> <a href="/admin/outbox">Outbox</a></nav>
      <span>Signed in as <strong>${officer.username}</strong></span>
      <form method="post" action="/admin/sign-out" class="inline"><input type="hidden" name="csrf" value="${officer.csrf}"><button type="submit">Sign out</button></form>
    </div></header>`;
}

const OUTBOX_STATES = { pending: 'Waiting to be sent', sending: 'Being sent', sent: 'Sent', failed: 'Could not be sent', task: 'To do', done: 'Done' };
const CHANNEL_WORDS = { email: 'Email', phone: 'Phone call', post: 'Letter' };

/** The Outbox: what residents were sent or are waiting for, and the calls and letters to make. */
export function outboxPage(rows, counts, officer) {
  const tasks = rows.filter((row) => row.state === 'task');
  const failed = rows.filter((row) => row.state === 'failed');
  const row = (m) => html`<tr>
      <td>${ukDateTime(m.created_at)}</td>
      <th scope="row">${m.reference}</th>
      <td>${CHANNEL_WORDS[m.channel] ?? m.channel}${m.recipient ? html`<br><span class="hint">${m.recipient}</span>` : ''}</td>
      <td>${m.subject}<details><summary>Text (${m.locale})</summary><p class="details">${m.body}</p></details></td>
      <td>${OUTBOX_STATES[m.state] ?? m.state}${m.sent_at ? html`<br><span class="hint">${ukDateTime(m.sent_at)}</span>` : ''}${m.last_error ? html`<br><span class="hint">Tries: ${m.attempts}. Last error: ${m.last_error}</span>` : ''}</td>
      <td>${m.state === 'task'
        ? html`<form method="post" action="/admin/outbox/${m.id}/done" class="inline"><input type="hidden" name="csrf" value="${officer.csrf}"><button type="submit">Mark done<span class="visually-hidden"> ${m.reference}</span></button></form>`
        : ''}</td>
    </tr>`;
  return page({
    title: 'Outbox – cx-kit demo server',
    header: adminHeader(officer),
    body: html`
      <h1>Outbox</h1>
      <p>Messages to residents when their request moves on, by the way each asked to be contacted. Email is sent by itself (retried if the mail relay is down); calls and letters are tasks for you.</p>
      <ul>
        <li>${counts.task ?? 0} calls and letters to do</li>
        <li>${counts.pending ?? 0} emails waiting to be sent</li>
        <li>${counts.sent ?? 0} emails sent</li>
        <li>${counts.failed ?? 0} emails that could not be sent</li>
      </ul>
      ${failed.length ? html`<p class="notice"><strong>${failed.length} emails could not be sent after every try.</strong> Contact these residents another way.</p>` : ''}
      ${tasks.length ? html`<p class="notice">${tasks.length} residents are waiting for a call or a letter: the text to use is with each.</p>` : ''}
      <div class="table-wrap">
      <table class="records" aria-labelledby="outbox-title">
        <caption id="outbox-title" class="visually-hidden">Messages, newest first</caption>
        <thead><tr><th scope="col">Queued</th><th scope="col">Reference</th><th scope="col">How</th><th scope="col">Message</th><th scope="col">State</th><th scope="col">Action</th></tr></thead>
        <tbody>${rows.map(row)}</tbody>
      </table>
      </div>
    `,
  });
}

/** "Page 2 of 5" with links either side. */
function pager(pageNumber, pages) {
  if (pages <= 1) return '';
  return html`<nav class="pager" aria-label="Pages of records">
    ${pageNumber > 1 ? html`<a href="/admin?page=${pageNumber - 1}" rel="prev">Newer records</a>` : ''}
    <span>Page ${pageNumber} of ${pages}</span>
    ${pageNumber < pages ? html`<a href="/admin?page=${pageNumber + 1}" rel="next">Older records</a>` : ''}
  </nav>`;
}

/**
 * The admin page: a page of each kind of record (newest first), the allowed
 * partner sites, the fault switches, the audit log, a reset.
 * @param {object} env
 * @param {{ message?: string, officer: { username: string, csrf: string }, pageNumber: number, pageSize: number }} view
 */
export async function adminPage(env, { message, officer, pageNumber, pageSize }) {
  const offset = (pageNumber - 1) * pageSize;
  const [feedback, open311, feedbackCount, open311Count, audit, retention, outbox] = await Promise.all([
    env.store.list('feedback', { limit: pageSize, offset }),
    env.store.list('open311', { limit: pageSize, offset }),
    env.store.count('feedback'),
    env.store.count('open311'),
    env.officers.auditLog(20),
    env.store.setting('retention-last-run'),
    env.outbox.counts(),
  ]);
  const pages = Math.max(1, Math.ceil(Math.max(feedbackCount, open311Count) / pageSize));
  const { csrf } = officer;
  const faults = env.faults.config;
  return page({
    title: 'Admin – cx-kit demo server',
    header: adminHeader(officer),
    body: html`
      <h1>Demo back office</h1>
      ${message ? html`<p class="notice" role="status">${message}</p>` : ''}
      ${outbox.task || outbox.failed
        ? html`<p class="notice"><a href="/admin/outbox">Outbox</a>: ${outbox.task ?? 0} calls and letters to do, ${outbox.failed ?? 0} emails that could not be sent.</p>`
        : ''}
      <p>Move requests on to show the tracker's states. New feedback is acknowledged by itself ${env.ackAfterMinutes} minutes after it arrives. Dates and times are UK time.</p>

      <h2 id="feedback-title">Suggestions, compliments and complaints</h2>
      <p>${feedbackCount} in all.</p>
      <div class="table-wrap">
      <table aria-labelledby="feedback-title" class="records">
        <thead><tr><th scope="col">Reference</th><th scope="col">Type</th><th scope="col">Service</th><th scope="col">Status</th><th scope="col">Acknowledge by</th><th scope="col">Respond by</th><th scope="col">Look up with</th><th scope="col">Move on to</th></tr></thead>
        <tbody>${feedback.map((record) => feedbackRow(record, env, csrf))}</tbody>
      </table>
      </div>

      <h2 id="open311-title">Open311 reports</h2>
      <p>${open311Count} in all.</p>
      <div class="table-wrap">
      <table aria-labelledby="open311-title" class="records">
        <thead><tr><th scope="col">Id</th><th scope="col">Service</th><th scope="col">Status</th><th scope="col">Expected</th><th scope="col">Address</th><th scope="col">Change</th></tr></thead>
        <tbody>${open311.map((record) => open311Row(record, csrf))}</tbody>
      </table>
      </div>
      ${pager(pageNumber, pages)}

      <h2>Partner sites allowed to use the API</h2>
      ${env.corsOrigins.length
        ? html`<p>Pages on these sites may send feedback and look up requests (<code>CORS_ORIGINS</code>):</p><ul>${env.corsOrigins.map((origin) => html`<li><code>${origin}</code></li>`)}</ul>`
        : html`<p>None: only this site's own pages may use the API. Set <code>CORS_ORIGINS</code> to a comma-separated list of partner sites (such as <code>https://parish.example</code>) to allow them.</p>`}

      <h2>Keeping personal details</h2>
      <p>${retention
        ? `Personal details older than the retention period were last erased on ${ukDateTime(retention.at)} (${retention.erased} records).`
        : 'The retention command has not run yet: run npm run admin:retention daily.'}</p>

      <h2>Fault injection</h2>
      <p>Applied to every <code>/api/</code> answer, so you can see how the widgets cope. Set every value to 0 to turn faults off.</p>
      <form method="post" action="/admin/faults">
        <input type="hidden" name="csrf" value="${csrf}">
        ${['latency', ...FAULT_KINDS].map(
          (kind) => html`<p>
            <label for="fault-${kind}">${kind}</label>
            <span class="hint" id="fault-${kind}-hint">${FAULT_HINTS[kind]}</span>
            <input id="fault-${kind}" name="${kind}" inputmode="decimal" value="${faults[kind]}" aria-describedby="fault-${kind}-hint">
          </p>`,
        )}
        <p><button type="submit">Save faults</button></p>
      </form>

      <h2 id="audit-title">Audit log</h2>
      <div class="table-wrap">
      <table aria-labelledby="audit-title">
        <thead><tr><th scope="col">When</th><th scope="col">Officer</th><th scope="col">What</th></tr></thead>
        <tbody>${audit.map((entry) => html`<tr><td>${ukDateTime(entry.at)}</td><td>${entry.officer}</td><td>${entry.action}${entry.detail ? `: ${entry.detail}` : ''}</td></tr>`)}</tbody>
      </table>
      </div>

      <h2>Start again</h2>
      <form method="post" action="/admin/reset">
        <input type="hidden" name="csrf" value="${csrf}">
        <p>Forget every request and put the examples back.</p>
        <p><button type="submit">Reset the demo data</button></p>
      </form>
    `,
  });
}

/** The sign-in page: a plain form, with a token tied to a short-lived cookie. */
export function signInPage(token, failed) {
  return page({
    title: `${failed ? 'Error: ' : ''}Sign in – cx-kit demo server`,
    body: html`
      <h1>Sign in to the back office</h1>
      ${failed ? html`<div class="error-summary" role="alert"><p>The username or password is not right. Check both and try again.</p></div>` : ''}
      <form method="post" action="/admin/sign-in">
        <input type="hidden" name="token" value="${token}">
        <p><label for="username">Username</label><input id="username" name="username" autocomplete="username" required></p>
        <p><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
        <p><button type="submit">Sign in</button></p>
      </form>
      <p>No account yet? On the server, run <code>npm run admin:add-officer -- &lt;username&gt;</code>.</p>
      <p><a href="/">Back to the site</a></p>
    `,
  });
}
