// Real browsers for end-to-end tests against the demo: Debian's Chromium and
// Firefox ESR through puppeteer-core (no browser download, ever).
import puppeteer from 'puppeteer-core';

export const engines = (process.env.CX_BROWSERS?.split(',') ?? ['chromium', 'firefox']).filter((e) => ['chromium', 'firefox'].includes(e));

export function launch(engine) {
  if (engine === 'firefox') {
    return puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  }
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}

/**
 * Opens a page that records what a careful reviewer would look for: console
 * errors, uncaught exceptions, failed requests and Content-Security-Policy
 * violations (reported by the page itself, so both engines see the same).
 */
export async function openWatched(browser, expectedFailures = []) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // A failed request is reported above with its URL; the console's copy of it says less.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message ?? error}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !expectedFailures.some((pattern) => pattern.test(response.url()))) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return { page, problems };
}

/** Waits until every cx-* element on the page is defined and shows something. */
export async function widgetsSettled(page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cx-') && el.localName !== 'cx-theme-report' && el.localName !== 'cx-embed-builder');
      return widgets.every((el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.textContent.trim().length > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'));
    },
    { timeout, polling: 100 },
  );
}

/** The text a widget shows, whitespace collapsed. */
export function shadowText(page, selector) {
  return page.$eval(selector, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * A mocha `describe` per engine with its browser launched before and closed
 * after: `body(engine, browser)` gets the engine's name and a getter for its browser.
 */
export function describeInEachEngine(body) {
  for (const engine of engines) {
    describe(engine, () => {
      let browser;
      before(async () => {
        browser = await launch(engine);
      });
      after(async () => {
        await browser?.close();
      });
      body(engine, () => browser);
    });
  }
}
