// The demo as a visitor meets it: every page served by the reference server
// under its strict CSP, in Chromium and Firefox: no console errors, no CSP
// violations, every widget showing something.
import { expect } from 'chai';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../../../demo/server/index.js';
import { engines, launch, openWatched, widgetsSettled } from './browsers.js';

const pages = ['/', '/partner.html', '/builder.html', '/theming.html'];

describe('demo pages in real browsers', function () {
  this.timeout(120_000);
  let server;
  let base;
  let dataDir;

  before(async () => {
    expect(existsSync('dist/cx-kit.js') && existsSync('demo/build/builder.js'), 'the kit is built (npm run build)').to.equal(true);
    dataDir = mkdtempSync(join(tmpdir(), 'cx-e2e-'));
    server = createServer({ dataDir, rateLimit: false });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const engine of engines) {
    describe(engine, () => {
      let browser;
      before(async () => {
        browser = await launch(engine);
      });
      after(async () => {
        await browser?.close();
      });

      for (const path of pages) {
        it(`${path} loads under the strict CSP with no errors, every widget rendered`, async () => {
          const { page, problems } = await openWatched(browser);
          const response = await page.goto(base + path, { waitUntil: 'load' });
          expect(response.headers()['content-security-policy']).to.contain("require-trusted-types-for 'script'");
          await widgetsSettled(page);
          const count = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cx-')).length);
          expect(count, 'widgets on the page').to.be.greaterThan(0);
          expect(problems).to.deep.equal([]);
          await page.close();
        });
      }
    });
  }
});
