// The tests run in Debian's Chromium and Firefox ESR and never download a
// browser. When one is missing: install it with apt-get when we are root,
// otherwise say exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  { bin: process.env.CHROME_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { bin: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

export function ensureBrowsers() {
  const missing = needed.filter((b) => !existsSync(b.bin)).map((b) => b.pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() === 0) {
    console.log(`Installing ${missing.join(' and ')} with apt-get…`);
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`The tests need ${missing.join(' and ')}. Run:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers();
