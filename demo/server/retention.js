#!/usr/bin/env node
// `npm run admin:retention`: erases residents' personal details from records
// older than the retention period (RETENTION_DAYS, default 730: two years,
// as the council's privacy notice sets for complaints records), keeping the
// records themselves, anonymous. Run it daily (a timer or cron); the admin
// page says when it last ran. Uses DATA_DIR / DATABASE_URL like the server.
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR } from './app.js';
import { core } from './core.js';
import { openStore } from './store/open-store.js';

export const DEFAULT_RETENTION_DAYS = 730;

/** Erases what is past the period; returns how many records were erased. */
export async function applyRetention(records, { days = DEFAULT_RETENTION_DAYS, now = Date.now() } = {}) {
  const cutoff = new Date(now - days * 86_400_000).toISOString();
  return records.eraseBefore(cutoff, new Date(now).toISOString());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const days = Number(process.env.RETENTION_DAYS || DEFAULT_RETENTION_DAYS);
  const store = await openStore({ dataDir: process.env.DATA_DIR || DEFAULT_DATA_DIR, databaseUrl: process.env.DATABASE_URL || undefined, referenceFormat: core.defaultCharter.organisation.referenceFormat });
  try {
    const erased = await applyRetention(store.records, { days });
    await store.officers.audit('(retention command)', 'erased personal details', `${erased} records older than ${days} days`, Date.now());
    console.log(`Retention: erased the personal details of ${erased} records older than ${days} days`);
  } finally {
    await store.db.close();
  }
}
