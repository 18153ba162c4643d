#!/usr/bin/env node
// Nothing jumps (issue 17): Cumulative Layout Shift and Largest Contentful
// Paint of every demo page as a phone loads it (412 × 823, CPU slowed 4×,
// cache off), from the browser's own `layout-shift` and
// `largest-contentful-paint` PerformanceObserver entries. CLS is the largest
// session window (shifts less than 1 s apart, at most 5 s), as Lighthouse
// and Chrome's field data count it. Targets: CLS < 0.1, LCP < 2.5 s.
//
//   node bench/cls.mjs            the table for every page (needs dist/ and demo/build/)
//   (npm run bench calls measureLayout too)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CPU_SLOWDOWN, launchChromium } from './lib/browser.mjs';

export const DEMO_PAGES = ['/', '/partner.html', '/builder.html', '/theming.html'];
export const TARGETS = { cls: 0.1, lcpMs: 2500 };

/** Watches shifts and paints from the first byte; reads them back as `window.__layout`. */
function observe() {
  const shifts = [];
  let lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push({ at: entry.startTime, value: entry.value, sources: (entry.sources ?? []).map((s) => s.node?.nodeName?.toLowerCase() ?? '?') });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  Object.defineProperty(window, '__layout', { get: () => ({ shifts, lcp }) });
}

/** The largest session window: shifts under 1 s apart, a window at most 5 s long. */
export function sessionWindowCls(shifts) {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { at, value } of [...shifts].sort((a, b) => a.at - b.at)) {
    if (at - last > 1000 || at - start > 5000) {
      current = 0;
      start = at;
    }
    current += value;
    last = at;
    best = Math.max(best, current);
  }
  return best;
}

async function measurePage(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const session = await page.createCDPSession();
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluateOnNewDocument(observe);
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
    // Every widget defined and past its loading state: what a resident waits for.
    await page.waitForFunction(
      () => [...document.querySelectorAll('*')].filter((el) => /^cx-/.test(el.localName) && !['cx-embed-builder', 'cx-theme-report'].includes(el.localName)).every((el) => customElements.get(el.localName) && el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')),
      { timeout: 120_000, polling: 100 },
    );
    // One more second: a late shift counts too.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    const { shifts, lcp } = await page.evaluate(() => window.__layout);
    const cls = sessionWindowCls(shifts);
    return { cls: Number(cls.toFixed(3)), lcpMs: Math.round(lcp), shifts: shifts.length, movedBy: [...new Set(shifts.flatMap((s) => s.sources))], met: cls < TARGETS.cls && lcp < TARGETS.lcpMs };
  } finally {
    await context.close();
  }
}

/** CLS and LCP of each demo page, served by the reference server at `base`. */
export async function measureLayout(browser, base, pages = DEMO_PAGES) {
  const out = {};
  for (const path of pages) {
    try {
      out[path] = await measurePage(browser, base + path);
    } catch (error) {
      out[path] = { error: String(error.message ?? error).split('\n')[0] };
    }
  }
  return out;
}

export function layoutTable(results) {
  const rows = Object.entries(results).map(([path, r]) =>
    r.error ? `| \`${path}\` | – | – | error: ${r.error} |` : `| \`${path}\` | ${r.cls} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.met ? 'met' : 'not met'} |`,
  );
  return ['| page (phone, CPU 4× slower) | CLS (< 0.1) | LCP (< 2.5 s) | target |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The demo and its reference server on a free port, with a throwaway data folder. */
export async function startDemoServer() {
  const { createServer } = await import('../demo/server/index.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-bench-cls-'));
  const server = createServer({ dataDir, rateLimit: false, log: () => {} });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const demo = await startDemoServer();
  const browser = await launchChromium();
  try {
    const results = await measureLayout(browser, demo.base);
    console.log(layoutTable(results));
    for (const [path, r] of Object.entries(results)) if (r.movedBy?.length) console.log(`${path}: shifted ${r.movedBy.join(', ')}`);
  } finally {
    await browser.close();
    await demo.close();
  }
  process.exit(0);
}
