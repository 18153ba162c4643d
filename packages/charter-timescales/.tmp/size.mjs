import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
const entries = process.argv.slice(2);
const bundle = await rollup({
  input: Object.fromEntries(entries.map((e) => [e, `packages/kit/src/entries/${e}.ts`])),
  plugins: [nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'production'] }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.ts': 'ts' } }), terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
});
const { output } = await bundle.write({ format: 'es', dir: 'tmp-pages/dist', chunkFileNames: 'chunks/[name]-[hash].js' });
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  console.log(chunk.fileName, (gzipSync(chunk.code, { level: 9 }).length / 1024).toFixed(1), 'KB gz', chunk.isDynamicEntry ? '(dynamic)' : '');
  const mods = Object.entries(chunk.modules).map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.renderedLength]).sort((a, b) => b[1] - a[1]);
  for (const [id, len] of mods.slice(0, 25)) console.log('   ', String(len).padStart(7), id);
}
const groups = { mine: /packages\/charter-timescales\//, dates: /core\/src\/domain\/(calendar|timescales|iso-date|bank-holidays|govuk-feed|easter|royal-proclamations)/ };
for (const chunk of output) if (chunk.type === 'chunk') for (const [name, re] of Object.entries(groups)) {
  const code = Object.entries(chunk.modules).filter(([id]) => re.test(id)).map(([, m]) => m.code ?? '').join('\n');
  if (code) console.log(chunk.fileName, name, (gzipSync(code, { level: 9 }).length / 1024).toFixed(1), 'KB gz (alone)');
}
