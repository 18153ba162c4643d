#!/usr/bin/env node
// `npm run release`: a versioned archive of the built dist/ for a council's
// web team to host, with an integrity manifest and the snippet base URL.
//
//   node scripts/release.mjs [--base https://council.example/cx-kit/] [--out release]
//
// Writes <out>/cx-kit-<version>.tar.gz holding cx-kit/<version>/… (every file
// of dist/ and integrity.json), and <out>/cx-kit-<version>.integrity.json
// beside it. Unpack it under the web root so that <base><version>/cx-kit.js
// is served. Run `npm run build` first.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { base: { type: 'string', default: process.env.CX_BASE_URL ?? 'https://your-council.example/cx-kit/' }, out: { type: 'string', default: 'release' } } });

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'cx-kit.js'))) {
  console.error('release: dist/ is not built. Run `npm run build` first.');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'packages/kit/package.json'), 'utf8'));
const base = new URL(`${version}/`, values.base.endsWith('/') ? values.base : `${values.base}/`).href;

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir) {
  const out = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The Subresource Integrity value of a file, as browsers check it. */
const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

const files = Object.fromEntries(filesUnder(dist).filter((f) => !f.endsWith('.map')).map((f) => [f, sri(join(dist, f))]));
const manifest = {
  name: 'cx-kit',
  version,
  base,
  note: 'Snippets with integrity use standalone/cx-<widget>.js (one self-contained file each). The loader cx-kit.js and its chunks are for pages that load the kit from their own site.',
  snippets: Object.fromEntries(
    Object.keys(files)
      .filter((f) => f.startsWith('standalone/'))
      .map((f) => [f.replace(/^standalone\/|\.js$/g, ''), `<script type="module" src="${base}${f}" integrity="${files[f]}" crossorigin="anonymous"></script>`]),
  ),
  files,
};

const stage = mkdtempSync(join(tmpdir(), 'cx-release-'));
try {
  const folder = join(stage, 'cx-kit', version);
  mkdirSync(folder, { recursive: true });
  cpSync(dist, folder, { recursive: true });
  writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const out = resolve(root, values.out);
  mkdirSync(out, { recursive: true });
  const archive = join(out, `cx-kit-${version}.tar.gz`);
  execFileSync('tar', ['-czf', archive, '-C', stage, 'cx-kit']);
  writeFileSync(join(out, `cx-kit-${version}.integrity.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${relative(root, archive)} (${Object.keys(files).length} files); snippet base URL: ${base}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
