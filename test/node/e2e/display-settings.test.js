// The demo under the display settings residents use: forced colours (Windows
// High Contrast), a 320px-wide screen, and text at 200%. Chromium, which can
// emulate forced colours.
import { expect } from 'chai';
import { launch, widgetsSettled } from './browsers.js';
import { openPage, startDemo } from './journey-helpers.js';

/** Every element in the widgets' shadow roots (one level of nesting is enough for the kit). */
const EACH_SHADOW_ELEMENT = `(selector) => [...document.querySelectorAll('*')]
  .filter((el) => el.localName.startsWith('cx-') && el.shadowRoot)
  .flatMap((el) => [...el.shadowRoot.querySelectorAll(selector)])`;

describe('display settings residents use (Chromium)', function () {
  this.timeout(120_000);
  let demo;
  let browser;
  before(async () => {
    demo = await startDemo();
    browser = await launch('chromium');
  });
  after(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('forced colours: buttons and inputs keep visible borders, and focus stays visible', async () => {
    const { page, problems } = await openPage(browser);
    await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    await page.goto(`${demo.base}/`);
    await widgetsSettled(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).to.equal(true);
    const invisible = await page.evaluate(`(${EACH_SHADOW_ELEMENT})('button.cx-button, input[type=text], input:not([type]), textarea')
      .filter((el) => el.offsetParent !== null)
      .filter((el) => { const s = getComputedStyle(el); return s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) < 1; })
      .map((el) => el.outerHTML.slice(0, 80))`);
    expect(invisible, 'controls without a border').to.deep.equal([]);
    // Focus the first link in the contact options and check its focus indicator survives forced colours.
    const outline = await page.evaluate(() => {
      const link = document.querySelector('cx-contact-options').shadowRoot.querySelector('a');
      link.focus();
      const s = getComputedStyle(link);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: link.matches(':focus-visible') };
    });
    expect(outline.style, 'focus outline in forced colours').to.not.equal('none');
    expect(outline.width).to.be.at.least(2);
    expect(problems).to.deep.equal([]);
    await page.close();
  });

  for (const [what, setup] of [
    ['at 320px wide', async () => {}],
    ['at 320px wide with text at 200%', async (page) => page.evaluate(() => (document.documentElement.style.fontSize = '200%'))],
  ]) {
    it(`reflows ${what}: nothing needs scrolling sideways`, async () => {
      const { page } = await openPage(browser);
      await page.setViewport({ width: 320, height: 800 });
      await page.setBypassCSP(true); // only so the test can set the text size on the page
      for (const path of ['/', '/partner.html']) {
        await page.goto(`${demo.base}${path}`);
        await widgetsSettled(page);
        await setup(page);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const overflow = await page.evaluate(`(${EACH_SHADOW_ELEMENT})('*')
          .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          // A data table may scroll inside its own region (WCAG 1.4.10): its cells are reached by scrolling that, not the page.
          .filter((el) => !el.parentElement?.closest('[role=region]'))
          .map((el) => el.localName + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' right=' + Math.round(el.getBoundingClientRect().right))`);
        expect(overflow, `${path}: widget parts past the right edge`).to.deep.equal([]);
      }
      await page.close();
    });
  }
});
