// Residents kept informed: when a record moves on, a message is queued in
// the outbox in the same transaction (by the resident's preferred method:
// email is sent; phone and post become tasks for an officer), and a worker
// sends what is due over SMTP, retrying with back-off, never twice.
// The worker also writes down the demo's automatic acknowledgement once it
// is due, and tells a resident once when their request becomes overdue.
import { currentStatus, effectiveEvents, isOverdue } from './lifecycle.js';
import { core } from './core.js';
import { NOTIFIED_STATUSES, messageLanguage, residentMessage } from './resident-messages.js';
import { queueMessages } from './store/outbox.js';

const TASK_WORDS = { phone: 'Call the resident and tell them', post: 'Send a letter to the resident' };

/** The outbox rows for a record that has just reached `status` (none for "no contact"). */
export function messagesFor(env, record, status) {
  if (record.kind !== 'feedback' || !NOTIFIED_STATUSES.includes(status)) return [];
  const contact = record.contact ?? {};
  const trackUrl = record.receipt?.trackUrl ?? env.charter.organisation.trackerUrl ?? (env.publicUrl ? `${env.publicUrl}/` : undefined);
  const { lang, subject, body } = residentMessage(record, status, { trackUrl });
  const base = { reference: record.reference, locale: lang, subject };
  switch (contact.preference) {
    case 'email':
      return contact.email ? [{ ...base, channel: 'email', recipient: contact.email, body }] : [];
    case 'phone':
      return [{ ...base, channel: 'phone', recipient: contact.phone, body: `${TASK_WORDS.phone} (${messageLanguage(record.locale)}):\n\n${body}` }];
    case 'post':
      return [{ ...base, channel: 'post', recipient: contact.address, body: `${TASK_WORDS.post} (${messageLanguage(record.locale)}):\n\n${body}` }];
    default:
      return [];
  }
}

/** Wired into env.afterStatusChange: queues the resident's message with the change itself. */
export function queueOnStatusChange(env) {
  return (tx, after, event) => queueMessages(tx, messagesFor(env, after, event.status), new Date(env.now()).toISOString());
}

/**
 * The outbox worker.
 * @param {object} env the server's env (store, outbox, charter, now …)
 * @param {{ transport?: { sendMail: Function }, from?: string, retryBaseMs?: number, maxAttempts?: number, intervalMs?: number, log?: Function }} options
 */
export function createOutboxWorker(env, { transport, from, retryBaseMs = 30_000, maxAttempts = 6, intervalMs = 2000, sweepEveryMs = 60_000, log = () => {} } = {}) {
  let timer = null;
  let running = null;
  let lastSweep = -Infinity;

  /** Writes down automatic acknowledgements that are due, each with its message. */
  async function acknowledgeDue() {
    const cutoff = new Date(env.now() - env.ackAfterMinutes * 60_000).toISOString();
    const waiting = await env.db.query("SELECT reference FROM records WHERE kind = 'feedback' AND status = 'received' AND received_at <= ?", [cutoff]);
    for (const { reference } of waiting) {
      await env.store.update(
        reference,
        (record) => (record.autoAcknowledge ? { ...record, events: effectiveEvents(record, env), autoAcknowledge: false } : record),
        async (tx, after, before) => {
          if (before.autoAcknowledge && currentStatus(after, env) === 'acknowledged') await queueMessages(tx, messagesFor(env, after, 'acknowledged'), new Date(env.now()).toISOString());
        },
      );
    }
  }

  /** Tells each resident once when their request passes its promised date. */
  async function tellOverdue() {
    const today = core.todayInLondon(new Date(env.now()));
    const open = await env.db.query("SELECT data FROM records WHERE kind = 'feedback' AND status IN ('received', 'acknowledged', 'in-progress', 'escalated')");
    for (const row of open) {
      const record = JSON.parse(row.data);
      const { reference } = record;
      if (record.overdueNotified === record.dueDates?.respondBy || !isOverdue(record, currentStatus(record, env), today)) continue;
      await env.store.update(
        reference,
        (stored) => ({ ...stored, overdueNotified: stored.dueDates?.respondBy }),
        (tx, after, before) => (before.overdueNotified === before.dueDates?.respondBy ? undefined : queueMessages(tx, messagesFor(env, after, 'overdue'), new Date(env.now()).toISOString())),
      );
    }
  }

  /** Sends every email that is due; each is claimed first so two processes never both send it. */
  async function deliverDue() {
    if (!transport) return;
    const now = () => new Date(env.now()).toISOString();
    for (const row of await env.outbox.due(now())) {
      if (!(await env.outbox.claim(row.id))) continue;
      try {
        await transport.sendMail({
          from,
          to: row.recipient,
          subject: row.subject,
          text: row.body,
          messageId: `<cx-outbox-${row.id}@cx-kit.invalid>`,
          headers: { 'Content-Language': row.locale, 'X-CX-Reference': row.reference },
        });
        await env.outbox.sent(row.id, now());
      } catch (error) {
        const attempts = Number(row.attempts) + 1;
        const next = attempts >= maxAttempts ? null : new Date(env.now() + retryBaseMs * 2 ** (attempts - 1)).toISOString();
        await env.outbox.notSent(row.id, String(error.message).slice(0, 300), next);
        log(`outbox: message ${row.id} to ${row.reference} not sent (${error.message})${next ? `; next try at ${next}` : '; no tries left'}`);
      }
    }
  }

  /**
   * One round: the sweeps for acknowledgements and overdue requests (each
   * read every open record, so at most once a `sweepEveryMs` when timed),
   * then the email that is due.
   */
  async function tick({ sweep = true } = {}) {
    running ??= (async () => {
      try {
        if (sweep) {
          lastSweep = Date.now();
          await acknowledgeDue();
          await tellOverdue();
        }
        await deliverDue();
      } catch (error) {
        log(`outbox: ${error.message}`);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    tick,
    start() {
      timer ??= setInterval(() => void tick({ sweep: Date.now() - lastSweep >= sweepEveryMs }), intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
