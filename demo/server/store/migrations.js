// Versioned migrations, run in order on start, each once (schema_migrations
// says which have run). On PostgreSQL an advisory lock lets several server
// processes start together: one migrates, the others wait and find it done.
// Append new versions; never edit one that has shipped.

/** Types that differ between the engines. */
const TYPES = {
  sqlite: { id: 'INTEGER PRIMARY KEY AUTOINCREMENT' },
  postgres: { id: 'BIGSERIAL PRIMARY KEY' },
};

export const MIGRATIONS = [
  {
    version: 1,
    name: 'records, idempotency keys, officers, sessions, audit log, outbox',
    sql: ({ id }) => [
      // A record is a JSON document; the columns beside it are what the API and the admin page filter and sort on.
      `CREATE TABLE records (
        reference TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        received_at TEXT NOT NULL,
        service TEXT,
        status TEXT,
        data TEXT NOT NULL,
        erased_at TEXT
      )`,
      'CREATE INDEX records_by_kind_and_date ON records (kind, received_at)',
      'CREATE INDEX records_by_kind_service_and_date ON records (kind, service, received_at)',
      'CREATE INDEX records_by_kind_status_and_date ON records (kind, status, received_at)',
      // The key is unique per client scope: two processes given the same key at once file one record.
      `CREATE TABLE idempotency_keys (
        scope TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        body_hash TEXT NOT NULL,
        reference TEXT,
        receipt TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scope, idempotency_key)
      )`,
      'CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)',
      `CREATE TABLE officers (
        username TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      )`,
      `CREATE TABLE audit_log (
        id ${id},
        at TEXT NOT NULL,
        officer TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      )`,
      `CREATE TABLE outbox (
        id ${id},
        reference TEXT NOT NULL,
        created_at TEXT NOT NULL,
        channel TEXT NOT NULL,
        recipient TEXT,
        locale TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        sent_at TEXT
      )`,
      'CREATE INDEX outbox_due ON outbox (state, next_attempt_at)',
    ],
  },
];

/**
 * Runs the migrations this database has not had yet.
 * @returns {Promise<number[]>} the versions run now
 */
export async function migrate(db) {
  return db.transaction(async (tx) => {
    if (db.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(31137)');
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((await tx.query('SELECT version FROM schema_migrations')).map((row) => Number(row.version)));
    const ran = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.sql(TYPES[db.dialect])) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, new Date().toISOString()]);
      ran.push(migration.version);
    }
    return ran;
  });
}
