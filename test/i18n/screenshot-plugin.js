// A web-test-runner plugin: `executeServerCommand('cx-screenshot', { name, selector })`
// saves a PNG of the element matching `selector` (in the test page's light DOM)
// as test/i18n/screenshots/<browser>-<name>.png, for people to look at (the
// tests assert geometry, not pixels). Works with the puppeteer-driven
// Chromium and Firefox of web-test-runner.config.js.
import { mkdirSync } from 'node:fs';

const dir = 'test/i18n/screenshots';

/** Adds the `cx-screenshot` command. */
export function screenshotPlugin() {
  return {
    name: 'cx-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cx-screenshot') return undefined;
      if (session.browser.type !== 'puppeteer') return null;
      const { name, selector } = payload;
      if (!/^[\w-]+$/.test(name)) throw new Error(`cx-screenshot: name "${name}" must be letters, digits, - and _`);
      const page = session.browser.getPage(session.id);
      const element = await page.$(selector);
      if (!element) throw new Error(`cx-screenshot: nothing matches ${selector}`);
      mkdirSync(dir, { recursive: true });
      const path = `${dir}/${session.browser.name.toLowerCase().replace(/\W+/g, '-')}-${name}.png`;
      await element.screenshot({ path });
      return path;
    },
  };
}
