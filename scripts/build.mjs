#!/usr/bin/env node
// `npm run build`: locale modules, every rollup bundle (with the size table),
// type declarations for npm users, the custom elements manifest, and the JSON
// Schemas of the charter and the API contracts.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, readdirSync, writeFileSync } from 'node:fs';

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
// Each package ships the manifest of its own modules (its package.json names it in `customElements`);
// the kit, which registers every tag, ships the whole.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
for (const pkg of readdirSync('packages')) {
  const own = pkg === 'kit' ? manifest : { ...manifest, modules: manifest.modules.filter((m) => m.path.startsWith(`packages/${pkg}/`)) };
  writeFileSync(`packages/${pkg}/custom-elements.json`, `${JSON.stringify(own, null, 2)}\n`);
}
// The kit's page entries are bundled into dist/ only: no declarations without their JavaScript.
rmSync('packages/kit/dist/entries', { recursive: true, force: true });
// Theme presets ship as plain CSS files a partner links to.
cpSync('packages/core/src/styles/themes', 'dist/themes', { recursive: true });
cpSync('packages/core/src/styles/themes', 'packages/core/dist/themes', { recursive: true });

if (existsSync('scripts/write-json-schemas.mjs')) sh('node scripts/write-json-schemas.mjs');
console.log('Build complete: dist/, packages/*/dist/, custom-elements.json');
