// A rollup plugin that prints each entry's size with the chunks it imports
// (what a page really downloads for it), gzipped and brotli'd, and fails the
// build when an entry is over its budget.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const isLocale = (file) => /(^|\/)(default-charter-(services-)?)?(cy|pl|ur)-[\w-]+\.js$/.test(file);

export function entrySizes(bundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (chunk, seen = new Set(), lazy = false) => {
    if (seen.has(chunk.fileName)) return seen;
    seen.add(chunk.fileName);
    for (const imported of chunk.imports) closure(byName.get(imported), seen, lazy);
    // On demand: the default charter and the validator, not the translations, the default charter's included (one locale at most is ever loaded).
    if (lazy) for (const imported of chunk.dynamicImports) if (!isLocale(imported)) closure(byName.get(imported), seen, lazy);
    return seen;
  };
  const measure = (files) => {
    let raw = 0, gzip = 0, brotli = 0;
    for (const file of files) {
      const code = Buffer.from(byName.get(file).code);
      raw += code.length;
      gzip += gzipSync(code, { level: 9 }).length;
      brotli += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    return { raw, gzip, brotli };
  };
  const rows = chunks
    .filter((c) => c.isEntry)
    .map((c) => ({ entry: c.fileName, files: [...closure(c)], ...measure(closure(c)), withLazy: measure(closure(c, new Set(), true)).gzip }));
  const everything = new Set(rows.filter((r) => r.entry !== 'cx-kit.js').flatMap((r) => r.files));
  const everythingLazy = new Set(chunks.filter((c) => c.isEntry && c.fileName !== 'cx-kit.js').flatMap((c) => [...closure(c, new Set(), true)]));
  rows.push({ entry: 'all four widgets', files: [...everything], ...measure(everything), withLazy: measure(everythingLazy).gzip });
  return rows;
}

export function sizeTable(budgets = {}) {
  return {
    name: 'cx-size-table',
    generateBundle(_options, bundle) {
      const rows = entrySizes(bundle);
      const kb = (n) => (n / 1024).toFixed(1).padStart(7);
      const lines = ['', 'Entry (with the chunks it imports)   raw KB   gzip KB  brotli KB  gz w/ on-demand  budget (gzip, first download)'];
      const over = [];
      for (const row of rows) {
        const budget = budgets[row.entry];
        const verdict = budget === undefined ? '' : row.gzip / 1024 <= budget ? `  ≤ ${budget} KB ok` : `  > ${budget} KB OVER`;
        if (budget !== undefined && row.gzip / 1024 > budget) over.push(row.entry);
        lines.push(`${row.entry.padEnd(34)} ${kb(row.raw)}  ${kb(row.gzip)}  ${kb(row.brotli)}  ${kb(row.withLazy)}      ${verdict}`);
      }
      lines.push('(+on demand: also the default charter and, for a page that brings its own charter, the validator; never the translations.)');
      console.log(lines.join('\n') + '\n');
      if (over.length) this.error(`Over the size budget: ${over.join(', ')}`);
    },
  };
}
