#!/usr/bin/env node
// `npm test`: makes sure the browsers are there, then type-checks, lints and
// runs every test (domain tests in Node, everything in Chromium and Firefox),
// checks coverage, and ends with one line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.mjs';

const totals = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, { capture = false, env = {} } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (capture) process.stdout.write(result.stdout ?? '');
  return result;
}

/** A check that is not a test file (types, lint, coverage) still counts: one pass or one failure. */
function check(label, ok) {
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

ensureBrowsers();

// The end-to-end tests load the built kit and the demo, so build first (it also generates the locale modules).
if (run('Build (npm run build)', 'npm', ['run', 'build', '--silent']).status !== 0) {
  check('build', false);
}

check('type-check', run('Type-check (tsc --strict)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']).status === 0);
check('lint', run('Lint (eslint: typescript, lit, lit-a11y, wc)', 'npx', ['eslint', '.']).status === 0);
check(
  'template types',
  // lit-analyzer 2 predates lit 3 and CSS Color 4: it reads lit's `nothing` as a type error and
  // does not know forced-color-adjust or enterkeyhint. Those rules warn; every other rule fails.
  run('Template types (lit-analyzer)', 'npx', [
    'lit-analyzer',
    'packages/*/src/**/*.ts',
    '--strict',
    '--rules.no-missing-import', 'off',
    '--rules.no-incompatible-type-binding', 'warn',
    '--rules.no-invalid-css', 'warn',
    '--rules.no-unknown-attribute', 'warn',
  ]).status === 0,
);

check('translations', run('Translations (every string in every locale)', 'node', ['scripts/check-translations.mjs']).status === 0);
check('framework bundles', run('React and Vue bundles for the framework tests', 'node', ['test/frameworks/build-vendor.mjs']).status === 0);

const node = run('Domain and server tests in Node (mocha)', 'npx', ['mocha', '--import=tsx', '--reporter', 'dot', '--timeout', '20000', 'packages/core/test/domain/**/*.test.ts', 'test/node/**/*.test.{js,ts}'], {
  capture: true,
});
const passing = /(\d+) passing/.exec(node.stdout ?? '');
const failing = /(\d+) failing/.exec(node.stdout ?? '');
totals.passed += passing ? Number(passing[1]) : 0;
totals.failed += failing ? Number(failing[1]) : 0;
if (node.status !== 0 && !failing) check('node tests', false);

const countFile = join(tmpdir(), `cx-kit-wtr-${process.pid}.json`);
rmSync(countFile, { force: true });
const browser = run('Browser tests (web-test-runner: Chromium and Firefox ESR)', 'npx', ['web-test-runner', '--coverage'], { env: { CX_COUNT_FILE: countFile } });
if (existsSync(countFile)) {
  const counted = JSON.parse(readFileSync(countFile, 'utf8'));
  totals.passed += counted.passed;
  totals.failed += counted.failed;
}
if (browser.status !== 0 && failures.length === 0) check('browser tests', false);

// Core's domain code is where a wrong answer breaks a legal promise: hold it to 95% of lines.
const summaryFile = 'coverage/coverage-summary.json';
if (existsSync(summaryFile)) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  let covered = 0;
  let total = 0;
  for (const [file, data] of Object.entries(summary)) {
    if (file.includes('/packages/core/src/domain/')) {
      covered += data.lines.covered;
      total += data.lines.total;
    }
  }
  const percent = total ? (100 * covered) / total : 0;
  console.log(`\nCore domain line coverage: ${percent.toFixed(1)}% (${covered}/${total})`);
  check('core domain coverage >= 95%', percent >= 95);
} else {
  check('coverage report', false);
}

if (failures.length) console.log(`\nFailed checks: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || browser.status !== 0 ? 1 : 0);
