#!/usr/bin/env node
// npm run holidays:update: refreshes the kit's snapshot of GOV.UK's bank
// holidays (packages/core/src/domain/holidays-snapshot.ts: where GOV.UK's
// list differs from the rules) from https://www.gov.uk/bank-holidays.json.
// A deployment step: run it, review the printed changes, commit, rebuild.
//
// It changes nothing unless the feed is reached, is a complete GOV.UK
// bank-holidays.json document (all three divisions, every year, real dates)
// and makes a valid snapshot; otherwise it says why and exits with 1.
// Years the old snapshot has before the feed's first year are kept.
//
// Environment:
//   HOLIDAYS_FEED_URL       where to read the feed (default GOV.UK; http(s): or file:)
//   HOLIDAYS_SNAPSHOT_FILE  the snapshot module to rewrite (default the kit's own)
//   HOLIDAYS_AS_OF          the date to record as read (default today; for importing a saved copy)
//   HOLIDAYS_TIMEOUT_MS     how long to wait for the feed (default 20000)
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const domain = join(root, 'packages/core/src/domain');
const { GOVUK_BANK_HOLIDAYS_URL, snapshotFromFeed, snapshotFromModuleSource, snapshotHolidays, snapshotModuleSource } = await import(
  pathToFileURL(join(domain, 'holidays-snapshot-writer.ts')).href
);

const url = process.env.HOLIDAYS_FEED_URL || GOVUK_BANK_HOLIDAYS_URL;
const target = process.env.HOLIDAYS_SNAPSHOT_FILE || join(domain, 'holidays-snapshot.ts');
const asOf = process.env.HOLIDAYS_AS_OF || new Date().toISOString().slice(0, 10);
const timeoutMs = Number(process.env.HOLIDAYS_TIMEOUT_MS) || 20_000;

function fail(message) {
  console.error(`holidays:update: ${message}\nThe snapshot (${target}) is unchanged.`);
  process.exit(1);
}

async function readFeed() {
  if (url.startsWith('file:')) return readFileSync(fileURLToPath(url), 'utf8');
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    const reason = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error);
    return fail(`could not reach ${url} (${reason}).`);
  }
  if (!response.ok) return fail(`${url} answered ${response.status} ${response.statusText}.`);
  return response.text();
}

/** Every holiday of a snapshot (rules and exceptions) as "division date title", for the list of changes. */
function holidayLines(snapshot) {
  const read = snapshotHolidays(snapshot);
  const lines = new Set();
  for (const division of Object.keys(snapshot.exceptions)) {
    for (let year = snapshot.firstYear; year <= snapshot.lastYear; year += 1) {
      for (const { day, title } of read(division, year) ?? []) {
        lines.add(`${division} ${new Date(day * 86_400_000).toISOString().slice(0, 10)} ${title}`);
      }
    }
  }
  return lines;
}

let text;
try {
  text = await readFeed();
} catch (error) {
  fail(`could not read ${url} (${error.message}).`);
}
let previous;
let snapshot;
try {
  previous = existsSync(target) ? snapshotFromModuleSource(readFileSync(target, 'utf8')) : undefined;
} catch (error) {
  fail(`the current snapshot cannot be read: ${error.message}`);
}
try {
  snapshot = snapshotFromFeed(text, asOf, previous);
} catch (error) {
  fail(`${url} is not a usable bank holidays feed: ${error.message}`);
}

const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, snapshotModuleSource(snapshot));
renameSync(temporary, target);

const before = previous ? holidayLines(previous) : new Set();
const after = holidayLines(snapshot);
const added = [...after].filter((line) => !before.has(line));
const removed = [...before].filter((line) => !after.has(line));
console.log(`holidays:update: ${target} now holds GOV.UK's bank holidays for ${snapshot.firstYear}-${snapshot.lastYear} (${after.size}), read ${asOf}.`);
for (const line of removed) console.log(`  - ${line}`);
for (const line of added) console.log(`  + ${line}`);
if (added.length + removed.length === 0) console.log('  No change in dates or titles.');
