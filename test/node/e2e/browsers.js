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

/**
 * Waits until every cx-* widget on the page is defined and shows something
 * that is not a loading state. It waits on the events that get it there
 * (`customElements.whenDefined`, then changes inside each widget's shadow
 * root), not on a polling timer, so a busy machine only makes it slower,
 * never wrong. When the time runs out it says which widget was not ready and
 * what it showed.
 */
export async function widgetsSettled(page, timeout = 60_000) {
  const unsettled = await page.evaluate(async (timeout) => {
    const ignored = new Set(['cx-theme-report', 'cx-embed-builder']);
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cx-') && !ignored.has(el.localName));
    const settled = (el) => Boolean(el.shadowRoot && el.shadowRoot.textContent.trim().length > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]'));
    const ready = async (el) => {
      await customElements.whenDefined(el.localName);
      if (settled(el)) return;
      await new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!settled(el)) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(el.shadowRoot ?? el, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    };
    let timer;
    const outOfTime = new Promise((resolve) => {
      timer = setTimeout(resolve, timeout);
    });
    await Promise.race([Promise.all(widgets.map(ready)), outOfTime]);
    clearTimeout(timer);
    return widgets
      .filter((el) => !customElements.get(el.localName) || !settled(el))
      .map((el) => `<${el.localName}> ${customElements.get(el.localName) ? `shows "${(el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}"` : 'is not defined'}`);
  }, timeout);
  if (unsettled.length) throw new Error(`Widgets not ready after ${timeout} ms: ${unsettled.join('; ')}`);
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
