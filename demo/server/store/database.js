// One small SQL surface over two engines: SQLite (better-sqlite3, a file in
// DATA_DIR, the default) and PostgreSQL (pg, when DATABASE_URL is set).
// Statements are written once with `?` placeholders in the SQL both engines
// share; only the migrations name a few types per engine.
//
// Why no query builder: the server's queries are a dozen short statements on
// five tables. Plain parameterised SQL in the subset both engines speak keeps
// the install to the two drivers and every statement readable in one place.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

/** The database could not be reached: the API answers 503 with Retry-After. */
export class StoreUnavailableError extends Error {}

/** PostgreSQL error codes and socket errors that mean "not reachable now", not "your query is wrong". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);

function unavailable(error) {
  const code = error?.code;
  return UNAVAILABLE_CODES.has(code) || /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(String(error?.message));
}

/** A duplicate key (SQLite or PostgreSQL). */
export function isUniqueViolation(error) {
  return error?.code === '23505' || /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(String(error?.code));
}

/**
 * Opens the database: PostgreSQL when `databaseUrl` is given, else SQLite at
 * `dataDir/cx-kit.sqlite` (folder 0700, files 0600: residents' details).
 * @param {{ dataDir: string, databaseUrl?: string }} options
 */
export async function openDatabase({ dataDir, databaseUrl, busyTimeoutMs = 5000 }) {
  return databaseUrl ? openPostgres(databaseUrl) : openSqlite(dataDir, busyTimeoutMs);
}

/** SQLite's "another connection holds the lock" after busy_timeout: the database is away for now. */
function sqliteGuard(work) {
  try {
    return work();
  } catch (error) {
    if (/^SQLITE_(BUSY|LOCKED)/.test(String(error?.code))) throw new StoreUnavailableError(`The database is locked: ${error.message}`);
    throw error;
  }
}

/** Creates the data folder readable by this user alone. */
export function privateFolder(dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * How hard a commit waits for the disk. NORMAL (the default) in WAL mode:
 * a commit is written to the WAL (the operating system's cache) before it is
 * answered, so it survives the process being killed (kill -9, a crash), not a
 * power cut or kernel panic, which may lose the last commits (never corrupts).
 * FULL also fsyncs the WAL on every commit, surviving a power cut, at a cost:
 * on this shared machine that fsync, blocking the event loop, capped the
 * server at about 50 submissions a second (see README, "Load").
 * Set SQLITE_SYNCHRONOUS=FULL where a power cut must not lose an answer.
 */
function sqliteSynchronous(setting = 'NORMAL') {
  const level = setting.toUpperCase();
  if (!['NORMAL', 'FULL', 'EXTRA'].includes(level)) throw new Error(`SQLITE_SYNCHRONOUS must be NORMAL, FULL or EXTRA, not ${setting}`);
  return level;
}

async function openSqlite(dataDir, busyTimeoutMs) {
  const { default: Database } = await import('better-sqlite3');
  privateFolder(dataDir);
  const file = join(dataDir, 'cx-kit.sqlite');
  // Made 0600 before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${sqliteSynchronous(process.env.SQLITE_SYNCHRONOUS)}`);
  sqlite.pragma(`busy_timeout = ${Number(busyTimeoutMs)}`);
  const statements = new Map();
  const prepared = (sql) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
    return statement;
  };
  const runner = {
    async query(sql, params = []) {
      return sqliteGuard(() => {
        const statement = prepared(sql);
        return statement.reader ? statement.all(...params) : (statement.run(...params), []);
      });
    },
    async run(sql, params = []) {
      return sqliteGuard(() => ({ changes: prepared(sql).run(...params).changes }));
    },
  };
  // better-sqlite3 is synchronous; transactions are queued so an `await`
  // inside one never lets another request's statements into it.
  let queue = Promise.resolve();
  return {
    dialect: 'sqlite',
    file,
    ...runner,
    transaction(work) {
      const result = queue.then(async () => {
        sqliteGuard(() => sqlite.exec('BEGIN IMMEDIATE'));
        try {
          const value = await work(runner);
          sqlite.exec('COMMIT');
          return value;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
          throw error;
        }
      });
      queue = result.catch(() => {});
      return result;
    },
    async close() {
      await queue;
      if (sqlite.open) sqlite.close();
    },
  };
}

/** How long opening a PostgreSQL connection may take before the database counts as away. */
const CONNECT_TIMEOUT_MS = 5000;
/** How long a request may queue for a connection of the pool before it is answered 503. */
const POOL_WAIT_MS = 10_000;

async function openPostgres(databaseUrl) {
  const { default: pg } = await import('pg');
  // Two waits, told apart: opening a connection (the database away: 503 soon)
  // and queueing for one of the pool's ten (the database busy with a burst:
  // worth waiting for, within the widget's 15 s, before 503).
  class Client extends pg.Client {
    constructor(config) {
      super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    }
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, Client, connectionTimeoutMillis: POOL_WAIT_MS });
  pool.on('error', () => {}); // an idle client lost (the database restarted): the next query reconnects
  const numbered = (sql) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  // Each statement is prepared once per connection (a named statement) and
  // then only bound and run: no parsing and planning per request. Not those
  // reading `*` (a later migration could change their prepared shape), nor
  // lists of parameters (`IN (?, ?)`, one text per length), nor DDL.
  const statements = new Map();
  const statement = (sql, values) => {
    let known = statements.get(sql);
    if (!known) {
      known = { text: numbered(sql) };
      if (/^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(sql) && !/(SELECT|RETURNING)\s+\*|IN \(\?/i.test(sql)) {
        known.name = `cx${statements.size}`;
        statements.set(sql, known);
      }
    }
    return { ...known, values };
  };
  const guard = async (work) => {
    try {
      return await work();
    } catch (error) {
      if (unavailable(error)) throw new StoreUnavailableError(`The database cannot be reached: ${error.message}`);
      throw error;
    }
  };
  const on = (client) => ({
    query: (sql, params = []) => guard(async () => (await client.query(statement(sql, params))).rows),
    run: (sql, params = []) => guard(async () => ({ changes: (await client.query(statement(sql, params))).rowCount })),
  });
  const db = {
    dialect: 'postgres',
    ...on(pool),
    async transaction(work) {
      const client = await guard(() => pool.connect());
      try {
        await guard(() => client.query('BEGIN'));
        const value = await work(on(client));
        await guard(() => client.query('COMMIT'));
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
  return db;
}
