#!/usr/bin/env node
// `npm run bench`: prints a table of figures (and ratios against the peers
// each benchmark names) and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { tsImport } from 'tsx/esm/api';

const { runCoreBench } = await tsImport('./core.ts', import.meta.url);

const results = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`, core: runCoreBench() };

console.log(`\ncx-kit benchmarks — ${results.date.slice(0, 10)} — ${results.machine}\n`);
console.log('Core (Node)'.padEnd(62) + 'median ms'.padStart(10) + '   target');
for (const row of results.core) {
  const verdict = row.target === undefined ? '' : row.ms <= row.target ? `  < ${row.target} ms ok` : `  > ${row.target} ms MISSED`;
  console.log(row.name.padEnd(62) + row.ms.toFixed(2).padStart(10) + verdict);
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten bench/results.json');
