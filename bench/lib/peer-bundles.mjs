// Bundles the peers' equivalents of the feedback form (bench/peers/*.js) the
// way a council would ship them: rollup, node-resolve, terser, ES modules,
// into bench/tmp/peers/ (gitignored; rebuilt on every run, never committed).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export const PEER_BUNDLE_DIR = here('../tmp/peers/');

/** Bundles `bench/peers/<name>.js` into `bench/tmp/peers/<name>/`; resolves to the entry file's absolute path. */
export async function bundlePeer(name) {
  const dir = `${PEER_BUNDLE_DIR}${name}`;
  rmSync(dir, { recursive: true, force: true });
  const bundle = await rollup({
    input: { [name]: here(`../peers/${name}.js`) },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      // Lion and Shoelace ship `this` at module top level and circular chunks; neither matters for a size count.
      if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
  await bundle.write({ dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' });
  await bundle.close();
  return `${dir}/${name}.js`;
}
