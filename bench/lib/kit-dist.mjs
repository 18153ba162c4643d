// Finds the kit's page bundles to measure: dist/ as `npm run build` leaves it
// (building first when it is missing), or, with `--fresh`, a private build of
// the same rollup config into bench/tmp/kit/ that leaves dist/ alone (for a
// machine where other work is rebuilding dist/ at the same time).
import { execSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WIDGETS = ['contact-options', 'request-tracker', 'feedback-form', 'charter-timescales'];
const ENTRIES = ['cx-kit.js', ...WIDGETS.map((w) => `cx-${w}.js`)];

const complete = (dir) => ENTRIES.every((entry) => existsSync(`${ROOT}${dir}/${entry}`));

/** Builds the page bundles (rollup.config.js's config with `dist` as its output) into `dir`, without the budget check. */
async function buildPageBundles(dir) {
  if (!existsSync(`${ROOT}packages/core/src/locales/generated`)) execSync('npx lit-localize build', { cwd: ROOT, stdio: 'inherit' });
  const { default: configs } = await import(pathToFileURL(`${ROOT}rollup.config.js`).href);
  const page = configs.find((config) => config.output?.dir === 'dist');
  if (!page) throw new Error('rollup.config.js has no config that writes dist/');
  // The size table would fail the build over budget; the benchmark reports sizes itself.
  const plugins = page.plugins.filter((plugin) => plugin?.name !== 'cx-size-table');
  const bundle = await rollup({ ...page, plugins, onwarn: () => {} });
  rmSync(`${ROOT}${dir}`, { recursive: true, force: true });
  await bundle.write({ ...page.output, dir: `${ROOT}${dir}` });
  await bundle.close();
}

/**
 * Resolves to `{ dir, builtAt, note? }`: the directory (relative to the
 * repository root) holding cx-kit.js and the four cx-<widget>.js entries.
 * When `npm run build` fails (an entry over its budget fails the build), the
 * bench builds the same bundles itself, so it can still say by how much.
 */
export async function kitDist({ fresh = false } = {}) {
  let dir = 'dist';
  let note;
  if (!fresh && !complete(dir)) {
    console.log('dist/ is missing or incomplete: running npm run build …');
    try {
      execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
    } catch {
      console.warn('npm run build failed (see above).');
    }
  }
  if (fresh || !complete(dir)) {
    // Over a size budget, say, the build fails; the sizes are still worth measuring.
    if (!fresh) note = 'npm run build did not produce dist/, so these are the same bundles built by the bench without the budget check';
    dir = 'bench/tmp/kit';
    console.log(`Building the page bundles into ${dir}/ …`);
    await buildPageBundles(dir);
  }
  if (!complete(dir)) throw new Error(`${dir}/ does not hold ${ENTRIES.join(', ')}`);
  return { dir, builtAt: statSync(`${ROOT}${dir}/cx-kit.js`).mtime.toISOString(), ...(note ? { note } : {}) };
}
