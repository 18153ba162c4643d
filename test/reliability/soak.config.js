// `npm run test:soak`: the reliability suite's long run. The same test files
// as `npm test` runs (test/reliability), with every fuzz property running
// CX_SOAK times its CI cases (default 31: 13 properties × 775, over ten thousand cases) and
// the injection tests with every payload under the CSP too. The multiplier
// reaches the test pages as `window.__CX_SOAK__` (see runs.ts).
// CX_BROWSERS=chromium limits it to one browser, as for `npm test`.
import base from '../../web-test-runner.config.js';
import { pixelsPlugin } from './pixels-plugin.js';

const multiplier = Number(process.env.CX_SOAK ?? 31);
if (!(multiplier > 0)) throw new Error(`CX_SOAK must be a positive number, not "${process.env.CX_SOAK}"`);

const hasPixels = base.plugins.some((plugin) => plugin.name === 'cx-pixels');

export default {
  ...base,
  files: ['test/reliability/**/*.test.ts'],
  plugins: hasPixels ? base.plugins : [...base.plugins, pixelsPlugin()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><script>window.__CX_SOAK__ = ${multiplier};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  testsFinishTimeout: 6 * 60 * 60_000,
  testFramework: { config: { timeout: 6 * 60 * 60_000 } },
};
