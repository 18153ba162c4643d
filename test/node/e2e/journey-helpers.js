// What the end-to-end journeys share: the demo server on a free port with
// its own data folder, the keyboard (focus followed into shadow roots),
// waiting for what a widget shows, a blank page on the server's origin, and
// dates written out independently of the kit's own formatting code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { createServer } from '../../../demo/server/index.js';
import { securityHeaders } from '../../../demo/server/security-headers.js';
import { openWatched } from './browsers.js';

/** Core's domain code from its TypeScript source (the charter, `dueDateFor`, London dates). */
export const core = await tsImport('../../../packages/core/src/index.ts', import.meta.url);

/** Generous waits: the machine that runs CI is shared and often loaded. */
export const WAIT = 60_000;

/** The demo and its reference server on 127.0.0.1 with a fresh data folder. */
export async function startDemo(options = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-e2e-'));
  const server = createServer({ dataDir, rateLimit: false, ...options });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    base: `http://127.0.0.1:${server.address().port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A watched page (see browsers.js) whose waits are long enough for a loaded machine. */
export async function openPage(browser, expectedFailures) {
  const watched = await openWatched(browser, expectedFailures);
  watched.page.setDefaultTimeout(WAIT);
  return watched;
}

/** The element that has focus, followed down through shadow roots: where a keyboard user is. */
export function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    const hosts = [];
    while (element?.shadowRoot?.activeElement) {
      hosts.push(element.localName);
      element = element.shadowRoot.activeElement;
    }
    return {
      hosts,
      tag: element?.localName ?? '',
      id: element?.id ?? '',
      type: element?.getAttribute('type') ?? '',
      href: element?.getAttribute('href') ?? '',
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      inside: element?.closest('[part]')?.getAttribute('part') ?? '',
    };
  });
}

/** Space, as both engines' keyboards name it. */
export const space = (page) => page.keyboard.press(' ');

/**
 * Presses Tab until `wanted(focused)` is true, at most `limit` times, and
 * returns how many presses it took (throws when focus never gets there).
 */
export async function tabUntil(page, wanted, limit = 120) {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return presses;
  }
  throw new Error(`Focus did not reach the element within ${limit} presses of Tab (last: ${JSON.stringify(await focused(page))})`);
}

/**
 * Waits until the widget at `path` shows `text` in its shadow root. `path`
 * is a CSS selector, or selectors joined by ` >>> ` that step into each
 * match's shadow root in turn (a widget inside the builder's preview).
 */
export function waitForText(page, path, text) {
  return page.waitForFunction(
    (path, text) => {
      let root = document;
      let element;
      for (const selector of path.split(' >>> ')) {
        element = root?.querySelector(selector);
        root = element?.shadowRoot;
      }
      return Boolean(root) && root.textContent.replace(/\s+/g, ' ').includes(text);
    },
    { polling: 100, timeout: WAIT },
    path,
    text,
  );
}

/** Waits until the feedback form's current step heading reads `text` (the form moves focus there). */
export function waitForStep(page, text, selector = 'cx-feedback-form') {
  return page.waitForFunction(
    (selector, text) => document.querySelector(selector)?.shadowRoot?.querySelector('[data-step-heading]')?.textContent.trim() === text,
    { polling: 100, timeout: WAIT },
    selector,
    text,
  );
}

/** Text of the first element matching `selector` (which may pierce shadow roots with `>>>`), whitespace collapsed. */
export function textOf(page, selector) {
  return page.$eval(selector, (element) => element.textContent.replace(/\s+/g, ' ').trim());
}

/**
 * Opens a page on the server's own origin whose HTML is `body` and nothing
 * else, served with the server's security headers (its strict CSP
 * included): a blank page an editor pastes a snippet into. `headers`
 * replaces or adds headers (another CSP, say).
 */
export async function blankPage(browser, base, body, { headers = {}, lang = 'en-GB', expectedFailures } = {}) {
  const watched = await openPage(browser, expectedFailures);
  const url = `${base}/e2e-blank-page.html`;
  const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>A blank page</title><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"></head>
<body>
${body}
</body>
</html>`;
  await watched.page.setRequestInterception(true);
  watched.page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url() === url) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { ...securityHeaders(), ...headers }, body: html });
    else void request.continue();
  });
  return { ...watched, url };
}

/** The server's feedback record with `reference`, or undefined (the store is a database: await it). */
export async function storedFeedback(server, reference) {
  await server.env.ready();
  const record = await server.env.store.get(reference);
  return record?.kind === 'feedback' ? record : undefined;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Polish month names in the genitive, as a date is written ("7 grudnia 2026"). */
const POLISH_MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];

function parts(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** "Thursday 26 November 2026", as GOV.UK writes a date. */
export function longDate(iso) {
  const { year, month, day, weekday } = parts(iso);
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** "7 grudnia 2026": the day, month and year of a date in Polish. */
export function polishDayMonthYear(iso) {
  const { year, month, day } = parts(iso);
  return `${day} ${POLISH_MONTHS[month - 1]} ${year}`;
}

/** The date in London of an ISO instant. */
export function londonDateOf(instant) {
  return core.todayInLondon(new Date(instant));
}

const xliffCache = new Map();
/** The translation of an English string in `xliff/<locale>.xlf` (the translators' file the build compiles). */
export function translation(locale, source) {
  let text = xliffCache.get(locale);
  if (text === undefined) xliffCache.set(locale, (text = readFileSync(new URL(`../../../xliff/${locale}.xlf`, import.meta.url), 'utf8')));
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  for (const unit of text.matchAll(/<source>([\s\S]*?)<\/source>\s*<target[^>]*>([\s\S]*?)<\/target>/g)) {
    if (unescape(unit[1]) === source) return unescape(unit[2]);
  }
  throw new Error(`No ${locale} translation of "${source}" in xliff/${locale}.xlf`);
}
