#!/usr/bin/env node
// `npm run build`: locale modules, every rollup bundle (with the size table),
// type declarations for npm users, the custom elements manifest, and the JSON
// Schemas of the charter and the API contracts.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, readdirSync } from 'node:fs';

const sh = (command) => execSync(command, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
for (const pkg of readdirSync('packages')) rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });

// Every string must be translated in every locale before the locale modules are written.
sh('node scripts/check-translations.mjs');
sh('npx lit-localize build');
sh('npx rollup -c --silent');

// Declarations: emitted once for the whole workspace, then copied beside each package's JS.
rmSync('build-types', { recursive: true, force: true });
sh('npx tsc -p tsconfig.build.json');
for (const pkg of readdirSync('packages')) {
  const from = `build-types/packages/${pkg}/src`;
  if (existsSync(from)) cpSync(from, `packages/${pkg}/dist`, { recursive: true });
}
rmSync('build-types', { recursive: true, force: true });

sh("npx cem analyze --litelement --globs 'packages/*/src/**/*.ts' --exclude 'packages/core/src/locales/**' --outdir .");
mkdirSync('dist', { recursive: true });
cpSync('custom-elements.json', 'dist/custom-elements.json');
// Theme presets ship as plain CSS files a partner links to.
cpSync('packages/core/src/styles/themes', 'dist/themes', { recursive: true });
cpSync('packages/core/src/styles/themes', 'packages/core/dist/themes', { recursive: true });

if (existsSync('scripts/write-json-schemas.mjs')) sh('node scripts/write-json-schemas.mjs');
console.log('Build complete: dist/, packages/*/dist/, custom-elements.json');
