// A web-test-runner plugin: `executeServerCommand('cx-pixels', { selector })`
// answers a PNG screenshot (base64) of the element matching `selector` in the
// test page's light DOM, so a test can compare two renderings pixel by pixel
// in the browser. Works with the puppeteer-driven Chromium and Firefox of
// web-test-runner.config.js; other launchers get null.

/** Adds the `cx-pixels` command. */
export function pixelsPlugin() {
  return {
    name: 'cx-pixels',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cx-pixels') return undefined;
      if (session.browser.type !== 'puppeteer') return null;
      const page = session.browser.getPage(session.id);
      const element = await page.$(payload.selector);
      if (!element) throw new Error(`cx-pixels: nothing matches ${payload.selector}`);
      return element.screenshot({ encoding: 'base64' });
    },
  };
}
