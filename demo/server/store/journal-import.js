// A one-time import of the JSON-lines journal earlier versions kept
// (journal.jsonl in DATA_DIR): replayed as the old server did, written to the
// database in one transaction, then renamed so it is never imported twice.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { openJournal } from './journal.js';
import { tidyReference } from '../references.js';

/** The journal's entries replayed: the records it ends with and their idempotency keys. */
export function replayJournal(entries) {
  const records = new Map();
  const keys = new Map();
  for (const entry of entries) {
    if (entry.type === 'filed') {
      records.set(tidyReference(entry.record.reference), structuredClone(entry.record));
      if (entry.idempotency) keys.set(entry.idempotency, entry.record);
    } else if (entry.type === 'updated') {
      const record = records.get(tidyReference(entry.reference));
      if (!record) continue;
      Object.assign(record, structuredClone(entry.set ?? {}));
      if (entry.event) record.events = [...(record.events ?? []), entry.event];
    } else if (entry.type === 'reset') {
      records.clear();
      keys.clear();
    }
  }
  const idempotency = [...keys].map(([scoped, record]) => {
    const at = scoped.indexOf(':');
    return { scope: scoped.slice(0, at), key: scoped.slice(at + 1), reference: record.reference, receipt: record.receipt, createdAt: new Date(Date.parse(record.receivedAt ?? record.requested_datetime)).toISOString() };
  });
  return { records: [...records.values()], idempotency };
}

/**
 * Imports `dataDir/journal.jsonl` when there is one, then renames it to
 * `journal.jsonl.imported`. Returns how many records came in (0: no journal).
 */
export async function importJournal(dataDir, records, log = () => {}) {
  const path = join(dataDir, 'journal.jsonl');
  if (!existsSync(path)) return 0;
  const journal = openJournal(path, { onTornLine: () => log(`journal import: cut off a torn last line in ${path}`) });
  const { records: found, idempotency } = replayJournal(journal.entries);
  journal.close();
  await records.importRecords(found, idempotency);
  renameSync(path, `${path}.imported`);
  log(`journal import: ${found.length} records from ${path} (kept as journal.jsonl.imported)`);
  return found.length;
}
