// The browser benchmarks: headless Chromium driven by puppeteer-core, pages
// served from the repository root by a server started here, the CPU slowed
// 4x for every timing. Each timed run gets a fresh page in a fresh browser
// context with the cache off, so every run starts cold, as a first visit does.
import puppeteer from 'puppeteer-core';
import { median, percentile } from './stats.mjs';

export const CPU_SLOWDOWN = 4;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--js-flags=--expose-gc'];

export async function launchChromium() {
  return puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, protocolTimeout: 240_000 });
}

/**
 * Runs `body(page)` on a fresh bench page (a new browser context, cache off,
 * the CPU slowed unless `throttle` is false) and closes it afterwards.
 * Page errors are collected into `errors`.
 */
export async function withPage(browser, origin, { throttle = true, errors = [], requested } = {}, body) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (requested) {
      page.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (request.url().startsWith(origin) && !path.startsWith('/bench/pages/')) requested.add(path);
      });
    }
    page.on('pageerror', (error) => errors.push(String(error.message ?? error).split('\n')[0]));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text().split('\n')[0]);
    });
    await page.setCacheEnabled(false);
    await page.goto(`${origin}/bench/pages/bench.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'cxBench' in window);
    if (throttle) await page.emulateCPUThrottling(CPU_SLOWDOWN);
    return await body(page);
  } finally {
    await context.close();
  }
}

/**
 * Module load to first render for every case, `runs` times. The cases take
 * turns within each round, so a busy moment on the machine falls on all of
 * them rather than on one. Resolves to `{ [case]: { runs: [ms…], median,
 * loadMedian, renderMedian, downloaded: [paths], error? } }`.
 */
export async function firstRenders(browser, origin, cases, runs, errors) {
  // `byRound` keeps each round's figure in its place (null when it failed), so cases can be compared round by round.
  const out = Object.fromEntries(Object.keys(cases).map((name) => [name, { runs: [], byRound: [], loads: [], renders: [] }]));
  for (let round = 0; round < runs; round++) {
    for (const [name, spec] of Object.entries(cases)) {
      // A case that never rendered once is not tried again: it would only spend the time budget on timeouts.
      out[name].byRound[round] = null;
      if (out[name].error && !out[name].runs.length) continue;
      try {
        // The first round also records what the page downloaded to render (lazy chunks and locale files included).
        const requested = round === 0 ? new Set() : undefined;
        const result = await withPage(browser, origin, { errors, requested }, (page) => page.evaluate((s) => window.cxBench.firstRender(s), spec));
        if (requested) out[name].downloaded = [...requested];
        out[name].runs.push(result.total);
        out[name].byRound[round] = result.total;
        out[name].loads.push(result.load);
        out[name].renders.push(result.render);
        out[name].shows = result.text;
      } catch (error) {
        out[name].error = String(error.message ?? error).split('\n')[0];
      }
    }
    process.stdout.write(`  first render: round ${round + 1} of ${runs} done\n`);
  }
  for (const entry of Object.values(out)) {
    entry.median = median(entry.runs);
    entry.fastest = entry.runs.length ? Math.min(...entry.runs) : undefined;
    entry.loadMedian = median(entry.loads);
    entry.renderMedian = median(entry.renders);
    delete entry.loads;
    delete entry.renders;
  }
  return out;
}

/** Per-keystroke times of the service search over a big charter (one page; every keystroke is a sample). */
export async function serviceSearch(browser, origin, spec, values, errors, throttle = true) {
  const result = await withPage(browser, origin, { errors, throttle }, (page) => page.evaluate((s, v) => window.cxBench.searchKeystrokes(s, v), spec, values));
  if (result.unavailable) return result;
  const [first, ...rest] = result.times;
  return {
    keystrokes: result.times.length,
    median: result.median,
    p90: percentile(result.times, 0.9),
    max: Math.max(...result.times),
    first,
    medianAfterFirst: median(rest),
    handlerMedian: median(result.handlers),
    renderMedian: median(result.times.map((t, i) => t - result.handlers[i])),
    options: result.options,
    times: result.times,
    searchTimes: result.handlers,
  };
}

/** The tracker rendering a request with many events, `runs` times on fresh pages. */
export async function trackerTimeline(browser, origin, spec, status, verifier, runs, errors) {
  const times = [];
  let eventsShown;
  for (let run = 0; run < runs; run++) {
    const result = await withPage(browser, origin, { errors }, (page) => page.evaluate((s, st, v) => window.cxBench.trackerTimeline(s, st, v), spec, status, verifier));
    if (result.unavailable) return result;
    times.push(result.ms);
    eventsShown = result.eventsShown;
  }
  return { runs: times, median: median(times), events: status.events.length, eventsShown };
}

/**
 * JS heap after mounting `count` of a subject (after one is mounted, so the
 * module's one-off work is in the baseline), after a full garbage
 * collection each time. Not throttled: the heap does not depend on speed.
 */
export async function heapAfterMounting(browser, origin, spec, count, errors) {
  return withPage(browser, origin, { throttle: false, errors }, async (page) => {
    const cdp = await page.createCDPSession();
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.evaluate(() => window.gc?.());
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.evaluate((s) => window.cxBench.mountMany(s, 1), spec);
    const before = await heap();
    await page.evaluate((s, n) => window.cxBench.mountMany(s, n), spec, count - 1);
    const after = await heap();
    return { count, heapBytes: after, perInstanceBytes: (after - before) / (count - 1), baselineBytes: before };
  });
}

