#!/usr/bin/env node
// `npm run bench`: measures cx-kit against what a council would otherwise use,
// side by side in one run, prints the tables (markdown, ready for the README)
// with ratios against the peers, checks the targets from issues 10 and 17, and writes
// bench/results.json (date, machine, every figure) and bench/results.md (the
// README's Benchmarks section, ready to paste).
//
//   npm run bench                  measure dist/ (built first when missing)
//   npm run bench -- --fresh       build the page bundles into bench/tmp/kit/ and measure those
//   npm run bench -- --runs 11     fresh pages per first-render case (default 9)
//   npm run bench -- --no-load     without the reference server's load run (bench/load.mjs);
//                                  --load-rate 300 --load-seconds 60 by default, PostgreSQL too with DATABASE_URL
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { tsImport } from 'tsx/esm/api';
import { ROOT, WIDGETS, kitDist } from './lib/kit-dist.mjs';
import { bundlePeer } from './lib/peer-bundles.mjs';
import { measureSizes } from './lib/sizes.mjs';
import { totalSize } from './lib/compressed-size.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { CPU_SLOWDOWN, firstRenders, heapAfterMounting, launchChromium, serviceSearch, trackerTimeline } from './lib/browser.mjs';
import { checkTargets, markdownReport, readmeSection } from './lib/report.mjs';
import { loadTable, runLoad } from './load.mjs';
import { layoutTable, measureLayout, startDemoServer } from './cls.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const fresh = args.includes('--fresh');
const runs = Number(option('--runs', process.env.CX_BENCH_RUNS ?? 9));
const started = Date.now();
const step = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);

const { runCoreBench } = await tsImport('./core.ts', import.meta.url);
const fixtures = await tsImport('./lib/fixtures.ts', import.meta.url);

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Linux ${release()}, Node ${process.version}`,
  loadAverage: loadavg().map((l) => l.toFixed(1)).join(' '),
  runs,
  cpuSlowdown: CPU_SLOWDOWN,
};

// 1. Core, in Node, first: nothing else of ours is running yet.
step('Core benchmarks (Node)');
results.core = runCoreBench();

// 2. Sizes.
const kit = await kitDist({ fresh });
results.kit = kit;
step(`Bundling the peers (Lion, Shoelace, a plain lit element) into bench/tmp/peers/`);
const peerEntries = {
  'lion-form': await bundlePeer('lion-form'),
  'shoelace-form': await bundlePeer('shoelace-form'),
  // The floor: a plain lit element rendering the same first question (speed only).
  'plain-lit-form': await bundlePeer('plain-lit-form'),
};
step('Sizes');
results.sizes = measureSizes(kit.dir, peerEntries);

// 3. Speed and memory, in Chromium.
const reference = 'CEC-123456';
const serviceName = 'Benchmark service';
const widgetSpec = (widget, attributes = {}, extra = {}) => ({ tag: `cx-${widget}`, attributes, scripts: [`/${kit.dir}/cx-${widget}.js`], ...extra });
const widgetAttributes = {
  'contact-options': {},
  'request-tracker': { api: '/bench-api' },
  'feedback-form': {},
  'charter-timescales': { timescale: 'complaint-stage-1' },
};
const peerUrl = (file) => file.replace(ROOT, '/');
const cases = {
  ...Object.fromEntries(WIDGETS.map((w) => [`cx-${w}`, widgetSpec(w, widgetAttributes[w], w === 'feedback-form' ? { expect: ['radio', 'button'] } : {})])),
  'lion-form': { build: true, scripts: [peerUrl(peerEntries['lion-form'])], expect: ['radio', 'button'] },
  'shoelace-form': {
    build: true,
    scripts: [peerUrl(peerEntries['shoelace-form'])],
    styles: ['/node_modules/@shoelace-style/shoelace/dist/themes/light.css'],
    expect: ['radio', 'button'],
  },
  'plain-lit-form': { build: true, scripts: [peerUrl(peerEntries['plain-lit-form'])], expect: ['radio', 'button'] },
};

const server = await startStaticServer(ROOT.replace(/\/$/, ''));
const browser = await launchChromium();
const errors = [];
try {
  results.chromium = (await browser.version()).replace('HeadlessChrome/', '');
  results.speed = {};
  step(`First render: ${Object.keys(cases).length} cases × ${runs} fresh pages`);
  results.speed.firstRender = await firstRenders(browser, server.origin, cases, runs, errors);
  // A cross-check on the static sizes: what each page really fetched before it had rendered.
  results.sizes.downloaded = Object.fromEntries(
    Object.entries(results.speed.firstRender)
      .filter(([, r]) => r.downloaded?.length)
      .map(([name, r]) => {
        const { raw, gzip, brotli } = totalSize(r.downloaded.map((path) => `${ROOT}${path.slice(1)}`));
        return [name, { raw, gzip, brotli, files: r.downloaded }];
      }),
  );

  step('Service search: 1,000 services, per keystroke');
  try {
    const charter = fixtures.charterWithServices(1000);
    const spec = widgetSpec('contact-options', {}, { charter });
    results.speed.search = await serviceSearch(browser, server.origin, spec, fixtures.searchKeystrokes(), errors);
    results.speed.search.values = fixtures.searchKeystrokes();
    // For reference, at full speed too (the target is judged on the slowed figure).
    const fullSpeed = await serviceSearch(browser, server.origin, spec, fixtures.searchKeystrokes(), errors, false);
    results.speed.searchFullSpeed = { median: fullSpeed.median, p90: fullSpeed.p90, handlerMedian: fullSpeed.handlerMedian, renderMedian: fullSpeed.renderMedian, unavailable: fullSpeed.unavailable };
    // The floor: the same keystrokes into a plain text box and list that show the same names, found beforehand.
    const floor = { tag: 'cx-search-floor', attributes: {}, scripts: ['/bench/floor/search-floor.js'], charter: fixtures.searchAnswers(charter, fixtures.searchKeystrokes()) };
    const floorRun = await serviceSearch(browser, server.origin, floor, fixtures.searchKeystrokes(), errors);
    results.speed.searchFloor = { median: floorRun.median, handlerMedian: floorRun.handlerMedian, renderMedian: floorRun.renderMedian, unavailable: floorRun.unavailable };
  } catch (error) {
    results.speed.search = { error: String(error.message ?? error).split('\n')[0] };
  }

  step('Tracker: a request with 200 events');
  try {
    const status = fixtures.trackerStatusWithEvents(200, reference, serviceName);
    results.speed.tracker = await trackerTimeline(browser, server.origin, widgetSpec('request-tracker', { api: '/bench-api', reference }), status, 'resident@example.com', Math.min(runs, 5), errors);
  } catch (error) {
    results.speed.tracker = { error: String(error.message ?? error).split('\n')[0] };
  }

  step('Memory: 100 of each');
  results.speed.memory = {};
  for (const [name, spec] of Object.entries(cases)) {
    try {
      results.speed.memory[name] = await heapAfterMounting(browser, server.origin, spec, 100, errors);
    } catch (error) {
      results.speed.memory[name] = { error: String(error.message ?? error).split('\n')[0] };
    }
  }

  step('Nothing jumps: CLS and LCP of the demo pages on a phone (bench/cls.mjs)');
  const demo = await startDemoServer();
  try {
    results.layout = await measureLayout(browser, demo.base);
    console.log(`\n${layoutTable(results.layout)}\n`);
  } finally {
    await demo.close();
  }
} finally {
  await browser.close();
  await server.close();
}
// 4. The reference server under a steady load (bench/load.mjs): SQLite, and PostgreSQL with two processes when a DATABASE_URL is given.
if (!args.includes('--no-load')) {
  step('Reference server under load (bench/load.mjs)');
  results.load = await runLoad({ rate: Number(option('--load-rate', 300)), seconds: Number(option('--load-seconds', 60)), log: step });
  console.log(`\n${loadTable(results.load)}\n`);
}

results.pageErrors = [...new Set(errors)].slice(0, 20);
results.loadAverageAtEnd = loadavg().map((l) => l.toFixed(1)).join(' ');
results.targets = checkTargets(results);
results.seconds = Math.round((Date.now() - started) / 1000);

const report = markdownReport(results);
console.log(`\n${report}\n`);
if (results.pageErrors.length) console.log(`Errors seen in the pages (first ${results.pageErrors.length}):\n  ${results.pageErrors.join('\n  ')}\n`);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ ...results, markdown: report }, null, 2) + '\n');
writeFileSync(new URL('./results.md', import.meta.url), `${readmeSection(results)}\n`);
step('Written bench/results.json and bench/results.md');
