// The demo as a visitor meets it: every page served by the reference server
// under its strict CSP, in Chromium and Firefox: no console errors, no CSP
// violations, every widget showing something.
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { engines, launch, widgetsSettled } from './browsers.js';
import { openPage, startDemo } from './journey-helpers.js';

const pages = ['/', '/partner.html', '/builder.html', '/theming.html'];

describe('demo pages in real browsers', function () {
  this.timeout(120_000);
  let demo;

  before(async () => {
    expect(existsSync('dist/cx-kit.js') && existsSync('demo/build/builder.js'), 'the kit is built (npm run build)').to.equal(true);
    demo = await startDemo();
  });

  after(() => demo?.stop());

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
          const { page, problems } = await openPage(browser);
          const response = await page.goto(demo.base + path, { waitUntil: 'load' });
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
