// Every browser test runs here, in Debian's Chromium and Firefox ESR, never a fake DOM.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { countingReporter } from './scripts/counting-reporter.js';
import { screenshotPlugin } from './test/i18n/screenshot-plugin.js';
import { pixelsPlugin } from './test/reliability/pixels-plugin.js';

const only = process.env.CX_BROWSERS?.split(',') ?? ['chromium', 'firefox'];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
      },
    }),
  );
}
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  );
}

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['source', 'development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), screenshotPlugin(), pixelsPlugin()],
  browsers,
  // lit's dev-mode notice on every page says nothing about the kit.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // One test page per browser at a time: a second page would be a hidden tab, where
  // animation frames and keyboard focus behave differently from what a resident gets.
  concurrency: 1,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 10_000 } },
  // For `npx wtr --coverage` by hand: every package's lines as the browsers run them. `npm test` holds core's domain
  // to 95% of lines by its own tests in Node (c8), as V8's block coverage slowed the Chromium run by about two minutes.
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['lcov', 'json-summary', 'text-summary'],
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
