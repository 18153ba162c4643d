// The server's records (feedback and Open311 requests) in the database: one
// interface, the same behaviour on SQLite and PostgreSQL. A record is a JSON
// document; reference, kind, date, service and status sit beside it as
// columns so lists are index scans, not reads of everything.
import { tidyReference } from '../references.js';
import { isUniqueViolation } from './database.js';

/** A reused Idempotency-Key with a different body: 422, as the IETF draft says. */
export class IdempotencyMismatchError extends Error {}

/** Thrown inside a transaction to undo it: someone else filed under this key first. */
class KeyTaken extends Error {}

const FILE_ATTEMPTS = 50;

/** What fileAtOnce answers when the reference was taken, or the key's earlier filing had expired: try again. */
const TAKEN = Symbol('reference taken');
const EXPIRED = Symbol('key expired');

// PostgreSQL only (SQLite has no INSERT in WITH). $1-$3 the key, $4-$9 the
// record's columns, $10 the receipt, $11 when. One row: `filed` (the
// reference) when filed, else the earlier key's row, else nothing (the
// reference was taken). All or nothing, as every statement is.
const FILE_AT_ONCE = `WITH earlier AS (
  SELECT body_hash, receipt, created_at FROM idempotency_keys WHERE scope = $1 AND idempotency_key = $2
), filed AS (
  INSERT INTO records (reference, kind, received_at, service, status, data)
  SELECT $4, $5, $6, $7, $8, $9 WHERE NOT EXISTS (SELECT 1 FROM earlier)
  ON CONFLICT (reference) DO NOTHING
  RETURNING reference
), claimed AS (
  INSERT INTO idempotency_keys (scope, idempotency_key, body_hash, reference, receipt, created_at)
  SELECT $1, $2, $3, reference, $10, $11 FROM filed
  RETURNING reference
)
SELECT (SELECT reference FROM claimed) AS filed, earlier.body_hash, earlier.receipt, earlier.created_at
FROM (SELECT 1) AS one LEFT JOIN earlier ON true`;

/** When a record arrived, as UTC ISO text (sorts as text on both engines). */
function receivedAtOf(record) {
  const at = record.receivedAt ?? record.requested_datetime;
  return new Date(Date.parse(at)).toISOString();
}

function columns(record) {
  return [tidyReference(record.reference), record.kind, receivedAtOf(record), record.kind === 'open311' ? record.service_code : (record.service ?? null), record.kind === 'open311' ? record.status : (record.events?.at(-1)?.status ?? null), JSON.stringify(record)];
}

const parse = (row) => (row ? JSON.parse(row.data) : undefined);

/**
 * The records store.
 * @param {Awaited<ReturnType<typeof import('./database.js').openDatabase>>} db
 * @param {{ newReference: () => string }} options
 */
export function recordStore(db, { newReference }) {
  async function insertRecord(tx, record) {
    const { changes } = await tx.run(
      'INSERT INTO records (reference, kind, received_at, service, status, data) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING',
      columns(record),
    );
    return changes === 1;
  }

  async function earlierFiling(scope, key, bodyHash) {
    const [row] = await db.query('SELECT body_hash, receipt, created_at FROM idempotency_keys WHERE scope = ? AND idempotency_key = ?', [scope, key]);
    return row && replayOfRow(row, bodyHash);
  }

  /**
   * PostgreSQL's filing in one statement, one round trip, one transaction:
   * the key looked up, the record inserted unless the key is held or the
   * reference taken, the key claimed for it. A key claimed by another
   * process meanwhile fails the whole statement (unique violation), so no
   * record is kept without its key.
   * @returns {Promise<typeof TAKEN | typeof EXPIRED | { receipt: object, replayed: boolean }>}
   */
  async function fileAtOnce(made, idempotency) {
    if (!idempotency) return (await insertRecord(db, made.record)) ? { receipt: made.receipt, replayed: false } : TAKEN;
    const { scope, key, bodyHash } = idempotency;
    let earlier;
    try {
      const [row] = await db.query(FILE_AT_ONCE, [scope, key, bodyHash, ...columns(made.record), JSON.stringify(made.receipt), new Date(idempotency.now ?? Date.now()).toISOString()]);
      if (row.filed !== null) return { receipt: made.receipt, replayed: false };
      if (row.created_at === null) return TAKEN;
      earlier = replayOfRow(row, bodyHash);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      earlier = await earlierFiling(scope, key, bodyHash);
      if (!earlier) return EXPIRED; // claimed and already forgotten: try again
    }
    if (!expired(earlier, idempotency)) return earlier;
    await forgetExpiredKey(db, idempotency);
    return EXPIRED;
  }

  async function updateWithin(tx, reference, change, alsoInTransaction) {
    const lock = db.dialect === 'postgres' ? ' FOR UPDATE' : '';
    const [row] = await tx.query(`SELECT data FROM records WHERE reference = ?${lock}`, [tidyReference(reference)]);
    if (!row) throw new Error(`No record ${reference}`);
    const before = parse(row);
    const after = change(before);
    const [key, , , service, status, data] = columns(after);
    await tx.run('UPDATE records SET service = ?, status = ?, data = ? WHERE reference = ?', [service, status, data, key]);
    if (alsoInTransaction) await alsoInTransaction(tx, after, before);
    return after;
  }

  return {
    db,

    /** The receipt filed earlier under this key (replayed), or undefined; a different body throws IdempotencyMismatchError. */
    async replayOf(idempotency) {
      if (!idempotency) return undefined;
      const earlier = await earlierFiling(idempotency.scope, idempotency.key, idempotency.bodyHash);
      return earlier && !expired(earlier, idempotency) ? earlier : undefined;
    },

    /** True when nothing has been filed (or everything was reset). */
    async isEmpty() {
      return (await db.query('SELECT reference FROM records LIMIT 1')).length === 0;
    },

    /** The record with this reference (any case, spaces ignored), or undefined. */
    async get(reference) {
      const [row] = await db.query('SELECT data FROM records WHERE reference = ?', [tidyReference(reference)]);
      return parse(row);
    },

    /**
     * Records of `kind`, newest first, a page at a time.
     * @param {string} kind 'feedback' or 'open311'
     * @param {{ limit?: number, offset?: number }} [page]
     */
    async list(kind, { limit = 1_000_000, offset = 0 } = {}) {
      const rows = await db.query('SELECT data FROM records WHERE kind = ? ORDER BY received_at DESC, reference DESC LIMIT ? OFFSET ?', [kind, limit, offset]);
      return rows.map(parse);
    },

    /** How many records of `kind` there are. */
    async count(kind) {
      const [row] = await db.query('SELECT COUNT(*) AS n FROM records WHERE kind = ?', [kind]);
      return Number(row.n);
    },

    /**
     * Open311 requests by the standard's filters, newest first.
     * @param {{ ids?: string[], statuses?: string[], codes?: string[], from?: string, to?: string, limit: number }} query
     */
    async findOpen311({ ids = [], statuses = [], codes = [], from, to, limit }) {
      const where = ['kind = ?'];
      const params = ['open311'];
      const anyOf = (column, values) => {
        where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        params.push(...values);
      };
      if (ids.length) anyOf('reference', ids.map(tidyReference));
      else {
        if (statuses.length) anyOf('status', statuses);
        if (codes.length) anyOf('service', codes);
        if (from) {
          where.push('received_at >= ?');
          params.push(from);
        }
        if (to) {
          where.push('received_at <= ?');
          params.push(to);
        }
      }
      const rows = await db.query(`SELECT data FROM records WHERE ${where.join(' AND ')} ORDER BY received_at DESC, reference DESC LIMIT ?`, [...params, limit]);
      return rows.map(parse);
    },

    /**
     * Files a new record made by `make(reference)` with a fresh reference.
     * With `idempotency`, the key is claimed in the same transaction: a key
     * filed before answers its first receipt (`replayed: true`), from any
     * process; the same key with another body throws IdempotencyMismatchError.
     * @param {(reference: string) => { record?: object, receipt: object }} make
     *   no `record`: a decoy, only the key and receipt are kept
     * @param {{ scope: string, key: string, bodyHash: string, maxAgeMs?: number, now?: number }} [idempotency]
     * @param {(tx: object, record?: object) => Promise<void>} [alsoInTransaction] what must commit with the filing (or with a key kept alone)
     * @returns {Promise<{ receipt: object, record?: object, replayed: boolean }>}
     */
    async file(make, idempotency, alsoInTransaction) {
      const atOnce = db.dialect === 'postgres' && !alsoInTransaction;
      if (idempotency && !atOnce) {
        const earlier = await earlierFiling(idempotency.scope, idempotency.key, idempotency.bodyHash);
        if (earlier && !expired(earlier, idempotency)) return earlier;
      }
      for (let attempt = 0; attempt < FILE_ATTEMPTS; attempt++) {
        const made = make(newReference());
        if (atOnce && made.record) {
          let outcome = await fileAtOnce(made, idempotency);
          if (outcome === EXPIRED) outcome = await fileAtOnce(made, idempotency); // the old key forgotten: its reference is still untried
          if (outcome === TAKEN || outcome === EXPIRED) continue;
          return outcome.replayed ? outcome : { ...outcome, record: made.record };
        }
        // A transaction of several statements (SQLite's are in-process calls; a decoy, or more to commit with the filing).
        try {
          const filed = await db.transaction(async (tx) => {
            if (made.record && !(await insertRecord(tx, made.record))) return false; // reference taken: try another
            if (idempotency) {
              const { scope, key, bodyHash } = idempotency;
              // Replaces an expired claim; a live claim by someone else rolls this filing back.
              const createdAt = new Date(idempotency.now ?? Date.now()).toISOString();
              await forgetExpiredKey(tx, idempotency);
              const { changes } = await tx.run(
                'INSERT INTO idempotency_keys (scope, idempotency_key, body_hash, reference, receipt, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope, idempotency_key) DO NOTHING',
                [scope, key, bodyHash, made.record ? tidyReference(made.record.reference) : null, JSON.stringify(made.receipt), createdAt],
              );
              if (changes !== 1) throw new KeyTaken();
            }
            if (alsoInTransaction) await alsoInTransaction(tx, made.record);
            return true;
          });
          if (filed) return { receipt: made.receipt, record: made.record, replayed: false };
        } catch (error) {
          if (error instanceof KeyTaken) return earlierFiling(idempotency.scope, idempotency.key, idempotency.bodyHash);
          if (!isUniqueViolation(error)) throw error;
        }
      }
      throw new Error('No free reference found after many tries: widen the reference format');
    },

    /**
     * Changes a record in one transaction: `change(record)` returns the new
     * record; `alsoInTransaction` writes what must commit with it (the outbox).
     * @returns {Promise<object>} the record as stored
     */
    async update(reference, change, alsoInTransaction) {
      return db.transaction((tx) => updateWithin(tx, reference, change, alsoInTransaction));
    },

    /** `update` inside a transaction the caller already holds (see `file`'s alsoInTransaction). */
    updateWithin,

    /** Forgets every record, key and queued message (the admin's "start the demo afresh"). */
    async reset() {
      await db.transaction(async (tx) => {
        for (const table of ['records', 'idempotency_keys', 'outbox']) await tx.run(`DELETE FROM ${table}`);
      });
    },

    /**
     * Erases the personal details (name, email, phone, address; an Open311
     * reporter's details) of records received before `cutoff`, keeping each
     * record, anonymous, for the figures. Notes when it ran.
     * @returns {Promise<number>} how many records were erased now
     */
    async eraseBefore(cutoff, at) {
      return db.transaction(async (tx) => {
        const rows = await tx.query('SELECT data FROM records WHERE received_at < ? AND erased_at IS NULL', [cutoff]);
        for (const row of rows) {
          const record = parse(row);
          if (record.contact) record.contact = { preference: record.contact.preference };
          if (record.reporter) record.reporter = {};
          record.personalDetailsErased = at;
          await tx.run('UPDATE records SET data = ?, erased_at = ? WHERE reference = ?', [JSON.stringify(record), at, tidyReference(record.reference)]);
        }
        await tx.run('DELETE FROM outbox WHERE created_at < ?', [cutoff]);
        await setSetting(tx, 'retention-last-run', JSON.stringify({ at, cutoff, erased: rows.length }));
        return rows.length;
      });
    },

    /** A setting kept in the database (such as when retention last ran), or undefined. */
    async setting(name) {
      const [row] = await db.query('SELECT value FROM settings WHERE name = ?', [name]);
      return row ? JSON.parse(row.value) : undefined;
    },

    /** Writes records as they are (the journal import), skipping references already held. */
    async importRecords(records, keys) {
      await db.transaction(async (tx) => {
        for (const record of records) await insertRecord(tx, record);
        for (const { scope, key, reference, receipt, createdAt } of keys) {
          await tx.run(
            'INSERT INTO idempotency_keys (scope, idempotency_key, body_hash, reference, receipt, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope, idempotency_key) DO NOTHING',
            [scope, key, '', tidyReference(reference), JSON.stringify(receipt), createdAt],
          );
        }
      });
    },

    close: () => db.close(),
  };
}

async function setSetting(tx, name, value) {
  const { changes } = await tx.run('UPDATE settings SET value = ? WHERE name = ?', [value, name]);
  if (changes === 0) await tx.run('INSERT INTO settings (name, value) VALUES (?, ?)', [name, value]);
}

/** An earlier filing's key row as its replay; another body under the same key throws IdempotencyMismatchError. */
function replayOfRow(row, bodyHash) {
  // An empty hash: a key imported from the old journal, which kept none.
  if (row.body_hash !== '' && row.body_hash !== bodyHash) throw new IdempotencyMismatchError('This Idempotency-Key was used for a different request.');
  return { receipt: JSON.parse(row.receipt), replayed: true, createdAt: row.created_at };
}

function expired(earlier, { maxAgeMs, now = Date.now() }) {
  return maxAgeMs !== undefined && now - Date.parse(earlier.createdAt) >= maxAgeMs;
}

/** Deletes the key's filing when `expired` would say it has expired (the same boundary, or a retry would loop). */
async function forgetExpiredKey(runner, { scope, key, maxAgeMs, now = Date.now() }) {
  if (maxAgeMs === undefined) return;
  await runner.run('DELETE FROM idempotency_keys WHERE scope = ? AND idempotency_key = ? AND created_at <= ?', [scope, key, new Date(now - maxAgeMs).toISOString()]);
}
