#!/usr/bin/env node
// Bundles React 19 and Vue 3 into plain ES modules the test browsers can load:
// test/frameworks/dist/*.js, ignored by git and eslint like every dist/.
// React ships only CommonJS and reads process.env.NODE_ENV; web-test-runner
// serves ES modules as they are, so the framework tests import these bundles
// instead of the npm entry points.
// Run before the browser tests: `node test/frameworks/build-vendor.mjs`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

// Development builds: both frameworks' warnings exist only there.
const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"development"' },
  logLevel: 'warning',
  absWorkingDir: here,
};

await build({
  ...common,
  stdin: {
    contents: [
      "export { createElement, useState } from 'react';",
      "export { createRoot } from 'react-dom/client';",
      "export { flushSync } from 'react-dom';",
    ].join('\n'),
    resolveDir: here,
    loader: 'js',
  },
  outfile: `${here}dist/react.js`,
});

// Vue's full browser build, with the template compiler: `isCustomElement` is a compiler option.
await build({
  ...common,
  stdin: { contents: "export * from 'vue/dist/vue.esm-browser.js';", resolveDir: here, loader: 'js' },
  outfile: `${here}dist/vue.js`,
});

console.log('test/frameworks/dist: react.js, vue.js');
