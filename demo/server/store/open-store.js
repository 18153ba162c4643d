// Opens everything the server keeps: the database (SQLite in DATA_DIR, or
// PostgreSQL at DATABASE_URL), brought up to date by the migrations, an old
// journal imported once, the examples seeded into an empty store.
import { openDatabase } from './database.js';
import { importJournal } from './journal-import.js';
import { migrate } from './migrations.js';
import { officerStore } from './officers.js';
import { outboxStore } from './outbox.js';
import { recordStore } from './records.js';
import { referenceMaker } from '../references.js';

/**
 * @param {{ dataDir: string, databaseUrl?: string, referenceFormat: { pattern: string, example: string }, log?: (line: string) => void }} options
 * @returns {Promise<{ db: object, records: ReturnType<typeof recordStore>, officers: ReturnType<typeof officerStore> }>}
 */
export async function openStore({ dataDir, databaseUrl, referenceFormat, busyTimeoutMs, log = () => {} }) {
  const db = await openDatabase({ dataDir, databaseUrl, busyTimeoutMs });
  try {
    const ran = await migrate(db);
    if (ran.length) log(`database (${db.dialect}): migrations ${ran.join(', ')} run`);
    const records = recordStore(db, { newReference: referenceMaker(referenceFormat) });
    await importJournal(dataDir, records, log);
    return { db, records, officers: officerStore(db), outbox: outboxStore(db) };
  } catch (error) {
    await db.close();
    throw error;
  }
}
