// Turns bench results into the markdown tables printed by `npm run bench`
// (ready to paste into the README) and checks the targets from issues 10 and 17.
import { pairedRatio } from './stats.mjs';

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (value === undefined ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(0));
const ratio = (a, b) => (a === undefined || b === undefined || !b ? 'n/a' : `${(a / b).toFixed(2)}×`);

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Issue 17's size targets, gzip KB: first download, and with what the widget loads to show content on the default charter. */
export const SIZE_TARGETS = {
  'charter-timescales': [14, 21],
  'contact-options': [16, 24],
  'request-tracker': [16, 24],
  'feedback-form': [20, 28],
};

const peerLabel = (name) => ({ 'lion-form': 'Lion', 'shoelace-form': 'Shoelace', 'plain-lit-form': 'Plain lit element (the floor)' })[name] ?? name;

/** The targets from the issues, each `{ name, ok, detail }` (`ok` undefined when it could not be measured). */
/** The old JSON-lines journal's submissions a second at 1, 10 and 50 connections (issue 14, quiet machine). */
const JOURNAL_THROUGHPUT = { 1: 1072, 10: 1451, 50: 1517 };

export function checkTargets(results) {
  const { kit, peers } = results.sizes;
  const fr = results.speed.firstRender;
  const downloaded = results.sizes.downloaded ?? {};
  // "With content": what the first-render page really fetched (English, the default charter); the static count of every on-demand chunk otherwise.
  const withContent = (widget) => downloaded[`cx-${widget}`]?.gzip ?? kit[widget].onDemand?.gzip ?? kit[widget].gzip;
  const full = (row) => row.onDemand?.gzip ?? row.gzip;
  const first = (row) => (row.onDemand ? `; first download ${kb(row.gzip)} KB` : '');
  const form = full(kit['feedback-form']);
  const formTime = fr['cx-feedback-form']?.median;
  const targets = [];
  const under = (name, value, limit, detail = '') => targets.push({ name, ok: value <= limit * 1024, detail: `${kb(value)} KB (target ≤ ${limit} KB${detail})` });

  // Issue 17: every widget within its budget.
  under('cx-kit.js loader, gzip', kit.loader.gzip, 1.5);
  for (const [widget, [firstLimit, contentLimit]] of Object.entries(SIZE_TARGETS)) {
    under(`<cx-${widget}> first download, gzip`, kit[widget].gzip, firstLimit);
    under(`<cx-${widget}> with what it loads to show content on the default charter, gzip`, withContent(widget), contentLimit, downloaded[`cx-${widget}`] ? '; as the page fetched it' : '; every on-demand chunk');
  }
  under('all four widgets, first download, gzip', kit['all-four'].gzip, 45);
  targets.push({
    name: 'all four widgets, first download, under GOV.UK Frontend JS + CSS (the aim)',
    ok: kit['all-four'].gzip < peers['govuk-js-css'].gzip,
    detail: `${kb(kit['all-four'].gzip)} KB vs ${kb(peers['govuk-js-css'].gzip)} KB`,
  });
  for (const peer of ['lion-form', 'shoelace-form']) {
    targets.push({
      name: `feedback form first download under ${peerLabel(peer)}'s equivalent form`,
      ok: kit['feedback-form'].gzip < peers[peer].gzip,
      detail: `${kb(kit['feedback-form'].gzip)} KB vs ${kb(peers[peer].gzip)} KB`,
    });
  }
  for (const peer of ['lion-form', 'shoelace-form']) {
    const theirs = fr[peer]?.median;
    // Judged round by round (see pairedRatio); the medians are shown too.
    const paired = fr['cx-feedback-form'] && fr[peer] ? pairedRatio(fr['cx-feedback-form'], fr[peer]) : undefined;
    targets.push({
      name: `feedback form faster to first render than ${peerLabel(peer)}'s`,
      ok: paired === undefined ? undefined : paired < 1,
      detail: `${ratio(paired, 1)} round by round; medians ${ms(formTime)} ms vs ${ms(theirs)} ms`,
    });
  }
  const floor = fr['cx-feedback-form'] && fr['plain-lit-form'] ? pairedRatio(fr['cx-feedback-form'], fr['plain-lit-form']) : undefined;
  targets.push({
    name: 'feedback form first render within 1.2× of a plain lit element rendering the same first question',
    ok: floor === undefined ? undefined : floor <= 1.2,
    detail: `${ratio(floor, 1)} round by round; medians ${ms(formTime)} ms vs ${ms(fr['plain-lit-form']?.median)} ms`,
  });
  const search = results.speed.search;
  targets.push({
    name: `service search over 1,000 services under 4 ms per keystroke (median, CPU slowed ${results.cpuSlowdown}×)`,
    ok: search?.median === undefined ? undefined : search.median < 4,
    detail:
      search?.median === undefined
        ? (search?.unavailable ?? search?.error ?? 'not measured')
        : `${ms(search.median)} ms with the CPU slowed ${results.cpuSlowdown}×${results.speed.searchFullSpeed?.median === undefined ? '' : `; ${ms(results.speed.searchFullSpeed.median)} ms at full speed`}${results.speed.searchFloor?.median === undefined ? '' : `; the floor (no search, no framework) ${ms(results.speed.searchFloor.median)} ms`}`,
  });
  const tracker = results.speed.tracker;
  targets.push({
    name: 'the tracker shows a request with 200 events in under 200 ms',
    ok: tracker?.median === undefined ? undefined : tracker.median < 200,
    detail: tracker?.median === undefined ? (tracker?.error ?? 'not measured') : `${ms(tracker.median)} ms`,
  });
  const memory = results.speed.memory ?? {};
  const mine = memory['cx-feedback-form']?.perInstanceBytes;
  const shoelaceMemory = memory['shoelace-form']?.perInstanceBytes;
  targets.push({
    name: "feedback form memory per mounted instance no higher than Shoelace's form",
    ok: mine === undefined || shoelaceMemory === undefined ? undefined : mine <= shoelaceMemory,
    detail: `${mine === undefined ? 'n/a' : kb(mine)} KB vs ${shoelaceMemory === undefined ? 'n/a' : kb(shoelaceMemory)} KB`,
  });
  for (const [path, r] of Object.entries(results.layout ?? {})) {
    targets.push({
      name: `${path}: CLS under 0.1 and LCP under 2.5 s (phone, CPU 4× slower)`,
      ok: r.error ? undefined : r.met,
      detail: r.error ? r.error : `CLS ${r.cls}, LCP ${(r.lcpMs / 1000).toFixed(2)} s`,
    });
  }

  // Issue 14: the database does at least as well as the journal it replaced, measured on a quiet machine.
  for (const r of results.load ?? []) {
    const connections = Number(/^(\d+) connections? /.exec(r.offered)?.[1]);
    const journal = JOURNAL_THROUGHPUT[connections];
    if (journal === undefined) continue;
    targets.push({
      name: `(issue 14) ${r.engine} (${r.processes} ${r.processes === 1 ? 'process' : 'processes'}), ${r.offered}: submissions a second at least the old journal's, each stored once`,
      ok: r.storedExactlyOnce && r.failed === 0 && r.throughput >= journal,
      detail: `${r.throughput}/s vs ${journal.toLocaleString('en-GB')}/s (p99 ${r.p99} ms)`,
    });
  }

  // Issue 10's targets, kept as they were set.
  for (const [peer, label] of [['lion-form', 'Lion'], ['shoelace-form', 'Shoelace']]) {
    targets.push({
      name: `(issue 10) feedback form under half the gzipped size of ${label}'s, with on-demand chunks`,
      ok: form < peers[peer].gzip / 2,
      detail: `${kb(form)} KB vs ${kb(peers[peer].gzip)} KB (${ratio(form, peers[peer].gzip)}; target < 0.50×${first(kit['feedback-form'])})`,
    });
  }
  const four = full(kit['all-four']);
  targets.push({
    name: '(issue 10) all four widgets smaller than GOV.UK Frontend JS + CSS (gzip), with on-demand chunks',
    ok: four < peers['govuk-js-css'].gzip,
    detail: `${kb(four)} KB vs ${kb(peers['govuk-js-css'].gzip)} KB (${ratio(four, peers['govuk-js-css'].gzip)}${first(kit['all-four'])})`,
  });
  for (const row of results.core) {
    if (row.target !== undefined) targets.push({ name: `${row.name} under ${row.target} ms`, ok: row.ms <= row.target, detail: `${ms(row.ms)} ms` });
  }
  return targets;
}

/** The whole report as markdown. */
export function markdownReport(results) {
  const { kit, peers } = results.sizes;
  const out = [];
  out.push(
    `Measured ${results.date.slice(0, 10)} on ${results.machine}, in ${results.seconds} s; load average (1, 5, 15 min) ${results.loadAverage} at the start, ${results.loadAverageAtEnd} at the end.`,
  );
  out.push(`Kit bundles: \`${results.kit.dir}/\` built ${results.kit.builtAt.replace('T', ' ').slice(0, 16)} UTC${results.kit.note ? ` (${results.kit.note})` : ''}.`);

  out.push('', '#### Size (gzip -9, brotli -q11)', '');
  out.push(
    'First download: the entry and the chunks it imports statically. With on demand: also the chunks it loads with `import()` before it can show its content (the default charter, the charter validator, API clients), not the translations nor the default charter\'s words in other languages. Ratios are on the gzipped size with on demand.',
    '',
  );
  const lion = peers['lion-form'].gzip;
  const shoelace = peers['shoelace-form'].gzip;
  const govuk = peers['govuk-js-css'].gzip;
  const full = (row) => row.onDemand ?? row;
  const kitRow = (row, vs) => [row.name, kb(row.gzip), kb(row.brotli), kb(full(row).gzip), kb(full(row).brotli), vs];
  const sizeRows = [
    ...['contact-options', 'request-tracker', 'feedback-form', 'charter-timescales'].map((w) =>
      kitRow(kit[w], w === 'feedback-form' ? `${ratio(full(kit[w]).gzip, lion)} Lion, ${ratio(full(kit[w]).gzip, shoelace)} Shoelace` : ''),
    ),
    kitRow(kit['all-four'], `${ratio(full(kit['all-four']).gzip, govuk)} GOV.UK JS + CSS`),
    kitRow(kit.loader, ''),
    // The peers load everything up front (Lion's lazily fetched extras are in the note and the download table).
    ...Object.values(peers).map((p) => [p.name, kb(p.gzip), kb(p.brotli), kb(p.gzip), kb(p.brotli), '']),
  ];
  out.push(table(['What', 'first download gzip KB', 'brotli KB', 'with on demand gzip KB', 'brotli KB', 'ratio'], sizeRows));
  const top = kit['all-four'].topSources;
  const peerNote = Object.values(peers).filter((p) => p.note).map((p) => `${p.name}: ${p.note}.`);
  if (peerNote.length) out.push('', ...peerNote.map((n) => `- ${n}`));
  if (top?.length) {
    const name = (source) => source.replace(/^packages\/(\w[\w-]*)\/src\//, '$1/');
    out.push('', `Where the four widgets' bytes come from (with on-demand chunks; minified, before compression): ${top.slice(0, 8).map((t) => `${name(t.source)} ${kb(t.bytes)} KB`).join(', ')}.`);
  }

  const downloaded = results.sizes.downloaded ?? {};
  if (Object.keys(downloaded).length) {
    const label = (name) => (name.startsWith('cx-') ? `<${name}>` : `${peerLabel(name)}${name === 'plain-lit-form' ? ', first question' : ' feedback form'}`);
    out.push('', 'What each first-render page really downloaded (scripts, lazy chunks, locale files, stylesheets; Lion\'s default messages also fetch a phone-number library):', '');
    out.push(table(['Page', 'files', 'raw KB', 'gzip KB', 'brotli KB'], Object.entries(downloaded).map(([name, d]) => [label(name), d.files.length, kb(d.raw), kb(d.gzip), kb(d.brotli)])));
  }

  const fr = results.speed.firstRender;
  const n = results.runs;
  out.push('', `#### Speed (headless Chromium ${results.chromium}, CPU slowed ${results.cpuSlowdown}×, median of ${n} fresh pages, cache off)`, '');
  const speedRows = Object.entries(fr).map(([name, r]) => {
    const label = name.startsWith('cx-') ? `<${name}>: module load → first render` : `${peerLabel(name)}${name === 'plain-lit-form' ? ', first question' : ' feedback form'}: module load → rendered`;
    const paired = fr['cx-feedback-form'] ? pairedRatio(fr['cx-feedback-form'], r) : undefined;
    const vs = name.startsWith('cx-') ? '' : `cx form ${ratio(paired, 1)}`;
    return [label, r.error && !r.runs.length ? `failed: ${r.error}` : ms(r.median), ms(r.fastest), ms(r.loadMedian), ms(r.renderMedian), vs];
  });
  out.push(table(['What', 'median ms', 'fastest ms', 'load (median)', 'render (median)', 'ratio (round by round)'], speedRows));

  const search = results.speed.search;
  const tracker = results.speed.tracker;
  out.push('');
  const more = [];
  if (search?.median !== undefined) {
    more.push([
      `Service search, 1,000 services: per keystroke (${search.keystrokes} keystrokes)`,
      ms(search.median),
      `search ${ms(search.handlerMedian)} + render ${ms(search.renderMedian)}; p90 ${ms(search.p90)}; first (builds the index) ${ms(search.first)}`,
    ]);
    const full = results.speed.searchFullSpeed;
    if (full?.median !== undefined) more.push(['Service search, the same keystrokes, CPU not slowed', ms(full.median), `search ${ms(full.handlerMedian)} + render ${ms(full.renderMedian)}; p90 ${ms(full.p90)}`]);
    const floor = results.speed.searchFloor;
    if (floor?.median !== undefined) {
      more.push([
        'Search floor: the same keystrokes into a plain text box and list showing the same names, found beforehand (no search, no framework; bench/floor/search-floor.js)',
        ms(floor.median),
        `input handling ${ms(floor.handlerMedian)} + render ${ms(floor.renderMedian)}; the kit's search is ${ratio(search.median, floor.median)} of it`,
      ]);
    }
  } else more.push(['Service search, 1,000 services: per keystroke', 'n/a', search?.unavailable ?? search?.error ?? 'not measured']);
  if (tracker?.median !== undefined) {
    more.push([`<cx-request-tracker>: submit → request with ${tracker.events} events rendered`, ms(tracker.median), `${tracker.eventsShown} of ${tracker.events} events' text on screen`]);
  } else more.push(['<cx-request-tracker>: request with 200 events', 'n/a', tracker?.unavailable ?? tracker?.error ?? 'not measured']);
  out.push(table(['What', 'median ms', 'notes'], more));

  out.push('', '#### Memory (JS heap after mounting 100, after a full GC; not throttled)', '');
  const memory = results.speed.memory;
  const memoryRows = Object.entries(memory).map(([name, m]) => [
    name.startsWith('cx-') ? `100 × <${name}>` : `100 × ${peerLabel(name)}${name === 'plain-lit-form' ? ', first question' : ' feedback form'}`,
    m.error ? `failed: ${m.error}` : (m.heapBytes / 1048576).toFixed(1),
    m.error ? '' : kb(m.perInstanceBytes),
  ]);
  out.push(table(['What', 'heap MB', 'per instance KB'], memoryRows));

  if (results.layout) {
    out.push('', '#### Nothing jumps (the demo pages on a phone, 412 × 823, CPU 4× slower, cache off; \`layout-shift\` and \`largest-contentful-paint\` observers)', '');
    out.push(table(['page', 'CLS (< 0.1)', 'LCP (< 2.5 s)', 'target'], Object.entries(results.layout).map(([path, r]) => (r.error ? [path, '–', '–', `error: ${r.error}`] : [path, r.cls, `${(r.lcpMs / 1000).toFixed(2)} s`, r.met ? 'met' : 'MISSED']))));
  }

  if (results.load?.length) {
    out.push('', '#### The reference server under load (loopback, rate limits off; see `demo/server/README.md`)', '');
    out.push(table(['engine', 'processes', 'offered', 'accepted', 'a second', 'p50 ms', 'p95 ms', 'p99 ms', 'each stored once'], results.load.map((r) => [r.engine, r.processes, r.offered, `${r.accepted} of ${r.sent}`, r.throughput, r.p50, r.p95, r.p99, r.storedExactlyOnce ? 'yes' : 'NO'])));
  }

  out.push('', '#### Core (Node)', '');
  out.push(table(['What', 'median ms', 'target'], results.core.map((r) => [r.name, ms(r.ms), r.target === undefined ? '' : `< ${r.target} ms`])));

  out.push('', '#### Targets', '');
  for (const t of results.targets) out.push(`- ${t.ok === undefined ? 'NOT MEASURED' : t.ok ? 'met' : 'MISSED'}: ${t.name}: ${t.detail}`);
  return out.join('\n');
}

/** The README's "Benchmarks" section: how the figures were made, then the report. */
export function readmeSection(results) {
  return [
    '## Benchmarks',
    '',
    '`npm run bench` measures the kit beside what a council would otherwise build the same things from, in one run, and writes',
    '`bench/results.json` (every figure, the date and the machine) and this section (`bench/results.md`).',
    '',
    '- Size: each widget\'s standalone entry (`dist/cx-<widget>.js`) with the chunks it imports (first download, and with what it',
    '  loads on demand), and all four together, against GOV.UK Frontend\'s `govuk-frontend.min.js` and `.min.css`, and the same',
    '  feedback form (four radios, a textarea, name, email, submit, with validators) built from Lion\'s and from Shoelace\'s',
    '  components, bundled with rollup and terser at bench time.',
    '- Speed: headless Chromium with the CPU slowed 4×, a fresh page (new browser context, cache off) for each run, cases taking',
    '  turns. "Module load → first render" runs from just before `import()` to the element rendered (its composed tree upgraded,',
    '  not "Loading…") and laid out. The kit\'s feedback form renders its first question (the four radios); the peers\' forms',
    '  render every field at once. The search types 53 keystrokes into `<cx-contact-options>` over a charter of 1,000 services;',
    '  "search" is the input event\'s own handling, which includes drawing the list (the combobox redraws itself, not the widget),',
    '  and "render" what follows until the page is laid out (the browser\'s work for the box\'s new text included); the',
    '  harness\'s own MutationObserver is stopped while it types, as a resident\'s page has none. The search\'s floor types the',
    '  same keystrokes into a plain text box whose list shows the names the kit finds, worked out beforehand: what showing the',
    '  results costs with no search and no framework. The tracker answers a lookup',
    '  (a stubbed `fetch`) with a request of 200 events; its page names the reference (`reference="CEC-123456"`, as a link',
    '  from an email does), so the lookup\'s code loads with the form, and the figure runs from the submit to the request laid out.',
    '- Memory: the JS heap after a full garbage collection, with 100 of each mounted.',
    '- Core: the domain in Node.',
    '',
    markdownReport(results),
  ].join('\n');
}
