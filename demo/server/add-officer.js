#!/usr/bin/env node
// `npm run admin:add-officer -- <username>`: adds an officer who may sign in
// to /admin (or sets a new password for one). The password is read from
// OFFICER_PASSWORD or asked for (not echoed); at least 12 characters.
// Uses the same DATA_DIR / DATABASE_URL as the server.
import { createInterface } from 'node:readline';
import { openStore } from './store/open-store.js';
import { DEFAULT_DATA_DIR } from './app.js';
import { core } from './core.js';

function askHidden(question) {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (text) => rl.output.write(text.startsWith(question) ? text : '');
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

const username = process.argv[2];
if (!username) {
  console.error('Usage: npm run admin:add-officer -- <username>');
  process.exit(2);
}
const password = process.env.OFFICER_PASSWORD ?? (await askHidden('Password (12 characters or more): '));
const store = await openStore({ dataDir: process.env.DATA_DIR || DEFAULT_DATA_DIR, databaseUrl: process.env.DATABASE_URL || undefined, referenceFormat: core.defaultCharter.organisation.referenceFormat });
try {
  await store.officers.addOfficer(username, password);
  await store.officers.audit('(command line)', 'added an officer', username, Date.now());
  console.log(`Officer ${username} can now sign in at /admin/sign-in`);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await store.db.close();
}
