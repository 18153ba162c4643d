// The server's records (feedback and Open311 requests) on top of the
// journal: every change is a journal entry, the in-memory maps are rebuilt
// from the journal on start, so what was accepted survives a restart.
//
// Entries:
//   { type: 'filed', record, idempotency?: 'scope:key' }  a new record
//   { type: 'updated', reference, set, event? }           fields changed, an event added
//   { type: 'reset', at }                                 the admin's "start the demo afresh"
import { join } from 'node:path';
import { openJournal } from './journal.js';
import { referenceMaker, tidyReference } from '../references.js';

/**
 * Opens the store in `dataDir` (journal.jsonl).
 * @param {{ dataDir: string, referenceFormat: { pattern: string, example: string }, onTornLine?: (text: string) => void }} options
 */
export function openStore({ dataDir, referenceFormat, onTornLine }) {
  const journal = openJournal(join(dataDir, 'journal.jsonl'), { onTornLine });
  /** reference key → record, in filing order */
  const records = new Map();
  /** 'scope:key' → reference key */
  const idempotency = new Map();

  function apply(entry) {
    switch (entry.type) {
      case 'filed': {
        const key = tidyReference(entry.record.reference);
        records.set(key, structuredClone(entry.record));
        if (entry.idempotency) idempotency.set(entry.idempotency, key);
        break;
      }
      case 'updated': {
        const record = records.get(tidyReference(entry.reference));
        if (!record) break; // an update to a record a reset removed
        Object.assign(record, structuredClone(entry.set ?? {}));
        if (entry.event) record.events = [...(record.events ?? []), entry.event];
        break;
      }
      case 'reset':
        records.clear();
        idempotency.clear();
        break;
      default:
        // Entries from a newer server are skipped, not fatal.
        break;
    }
  }

  for (const entry of journal.entries) apply(entry);
  journal.entries.length = 0; // replayed; no need to keep them

  function write(entry) {
    journal.append(entry); // on disk first: nothing is answered that a crash could lose
    apply(entry);
  }

  const newReference = referenceMaker(referenceFormat, (reference) => records.has(tidyReference(reference)));

  return {
    /** True when nothing has been filed (or everything was reset). */
    get isEmpty() {
      return records.size === 0;
    },

    /** A fresh, unused reference in the charter's format. */
    newReference,

    /** The record with this reference (any case, spaces ignored), or undefined. A copy: change it with `update`. */
    get(reference) {
      const record = records.get(tidyReference(reference));
      return record && structuredClone(record);
    },

    /** Every record of `kind` ('feedback' or 'open311'), oldest first (copies). */
    list(kind) {
      return [...records.values()].filter((record) => !kind || record.kind === kind).map((record) => structuredClone(record));
    },

    /** The record filed earlier under this idempotency key in this scope, or undefined. */
    byIdempotencyKey(scope, key) {
      const reference = idempotency.get(`${scope}:${key}`);
      return reference === undefined ? undefined : structuredClone(records.get(reference));
    },

    /**
     * Files a new record (which must carry a fresh `reference`), remembering
     * the idempotency key with it in the same journal entry, so the two can
     * never be split by a crash.
     */
    file(record, idempotency) {
      if (records.has(tidyReference(record.reference))) throw new Error(`Reference ${record.reference} is already taken`);
      write(idempotency ? { type: 'filed', record, idempotency: `${idempotency.scope}:${idempotency.key}` } : { type: 'filed', record });
      return structuredClone(record);
    },

    /** Changes fields of a record and adds an event to its history. Returns the updated copy. */
    update(reference, set, event) {
      if (!records.has(tidyReference(reference))) throw new Error(`No record ${reference}`);
      write(event ? { type: 'updated', reference, set, event } : { type: 'updated', reference, set });
      return this.get(reference);
    },

    /** Forgets every record (the journal keeps the history; a replay ends up empty too). */
    reset(at) {
      write({ type: 'reset', at });
    },

    close() {
      journal.close();
    },
  };
}
