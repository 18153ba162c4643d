// The outbox: messages to residents, written in the same transaction as the
// change they tell of, sent afterwards. Email rows go pending → sending →
// sent (or back to pending with a later next_attempt_at, or failed after the
// last try); phone and post rows are tasks for an officer (task → done).
// A row is claimed (pending → sending) by one process before it is sent, and
// a row left in `sending` by a crash is never sent again: at most once.

/** Queues messages inside the caller's transaction. */
export async function queueMessages(tx, messages, at) {
  for (const m of messages) {
    await tx.run(
      'INSERT INTO outbox (reference, created_at, channel, recipient, locale, subject, body, state, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)',
      [m.reference, at, m.channel, m.recipient ?? null, m.locale, m.subject, m.body, m.channel === 'email' ? 'pending' : 'task', at],
    );
  }
}

/** The outbox on the database. */
export function outboxStore(db) {
  return {
    /** Email rows due to be tried at `at`, oldest first. */
    async due(at, limit = 20) {
      return db.query("SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?", [at, limit]);
    },

    /** Takes a row for sending; false when another process took it first. */
    async claim(id) {
      const { changes } = await db.run("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state = 'pending'", [id]);
      return changes === 1;
    },

    async sent(id, at) {
      await db.run("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?", [at, id]);
    },

    /** Back to pending for a later try, or failed when there is none left. */
    async notSent(id, error, nextAttemptAt) {
      if (nextAttemptAt) await db.run("UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ? WHERE id = ?", [error, nextAttemptAt, id]);
      else await db.run("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?", [error, id]);
    },

    /** An officer has called or written: the task is done. */
    async taskDone(id, at) {
      const { changes } = await db.run("UPDATE outbox SET state = 'done', sent_at = ? WHERE id = ? AND state = 'task'", [at, id]);
      return changes === 1;
    },

    /** The newest rows, for the admin's Outbox view. */
    async list(limit = 100, offset = 0) {
      return db.query('SELECT * FROM outbox ORDER BY id DESC LIMIT ? OFFSET ?', [limit, offset]);
    },

    /** How many rows are in each state. */
    async counts() {
      const rows = await db.query('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state');
      return Object.fromEntries(rows.map((row) => [row.state, Number(row.n)]));
    },
  };
}
