#!/usr/bin/env node
// Where the feedback form's first render goes, step by step from the floor
// (issue 17: within 1.2x of a plain lit element rendering the same first
// question). The same measure as `npm run bench` (bench/pages/harness.js
// firstRender, 4x slower CPU, a fresh page each run), the cases taking turns
// in each round and the order rotating between rounds, so a busy moment on
// the machine falls on all of them:
//
//   plain        bench/peers/plain-lit-form.js (the radios and Continue)
//   +content     the whole first question as the kit shows it (content-lit.js)
//   +kit CSS     that with the kit's CSS for it (styled-lit.js)
//   +2nd trip    that with lit and the CSS in a chunk of their own: the entry,
//                then its chunk, as the kit's entry and its shared chunks
//   kit, no draft  the kit's form with storage stubbed (no draft read)
//   kit          the kit's form
//
//   node bench/floor/run.mjs [--runs 15] [--kit dist] [--before <another build's dir>]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { tsImport } from 'tsx/esm/api';
import { ROOT } from '../lib/kit-dist.mjs';
import { bundlePeer } from '../lib/peer-bundles.mjs';
import { startStaticServer } from '../lib/static-server.mjs';
import { launchChromium, withPage } from '../lib/browser.mjs';
import { median, pairedRatio } from '../lib/stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 15));
const kit = option('--kit', 'dist');
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const tmp = here('../tmp/floor/');

const { ourCss } = await tsImport('./our-css.ts', import.meta.url);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
writeFileSync(`${tmp}our-css.js`, `export const ourCss = ${JSON.stringify(ourCss())};\n`);

/** Bundles a floor step as the peers are bundled; `split` puts lit and the CSS in a chunk of their own. */
async function bundle(name, split = false) {
  const dir = `${tmp}${name}${split ? '-split' : ''}`;
  const built = await rollup({
    input: { [name]: here(`./${name}.js`) },
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
  });
  const manualChunks = split ? (id) => (id.includes('node_modules') || id.includes('our-css') ? 'shared' : undefined) : undefined;
  await built.write({ dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', manualChunks });
  await built.close();
  return `${dir}/${name}.js`.replace(ROOT, '/');
}

const expect = ['radio', 'button'];
const form = { tag: 'cx-feedback-form', attributes: {}, scripts: [`/${kit}/cx-feedback-form.js`], expect };
const cases = {
  plain: { build: true, scripts: [(await bundlePeer('plain-lit-form')).replace(ROOT, '/')], expect },
  '+content': { build: true, scripts: [await bundle('content-lit')], expect },
  '+kit CSS': { build: true, scripts: [await bundle('styled-lit')], expect },
  '+2nd trip': { build: true, scripts: [await bundle('styled-lit', true)], expect },
  'kit, no draft': { ...form, noStorage: true },
  kit: form,
  // Another build to compare with in the same run (a copy of an earlier dist/, say).
  ...(option('--before') ? { 'kit before': { ...form, scripts: [`/${option('--before')}/cx-feedback-form.js`] } } : {}),
};

const server = await startStaticServer(ROOT.replace(/\/$/, ''));
const browser = await launchChromium();
const names = Object.keys(cases);
const out = Object.fromEntries(names.map((name) => [name, { total: [], load: [], render: [] }]));
try {
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      const spec = cases[name];
      const result = await withPage(browser, server.origin, {}, async (page) => {
        // Storage that answers at once, as if the browser had none to read.
        if (spec.noStorage) await page.evaluate(() => void Object.assign(Storage.prototype, { getItem: () => null, setItem() {}, removeItem() {} }));
        return page.evaluate((s) => window.cxBench.firstRender(s), spec);
      });
      for (const key of ['total', 'load', 'render']) out[name][key][round] = result[key];
    }
    process.stdout.write(`  round ${round + 1} of ${runs}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('\n| case | median ms | load | render | per-round ratio to plain |\n|---|---|---|---|---|');
for (const name of names) {
  const { total, load, render } = out[name];
  const ratio = pairedRatio({ byRound: total }, { byRound: out.plain.total });
  console.log(`| ${name} | ${median(total).toFixed(1)} | ${median(load).toFixed(1)} | ${median(render).toFixed(1)} | ${ratio.toFixed(2)} |`);
}
