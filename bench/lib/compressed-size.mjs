// Sizes as a resident's browser downloads them: raw, gzip (level 9) and
// brotli (quality 11), the settings a well-configured server or CDN uses.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { parseAst } from 'rollup/parseAst';

/** Raw, gzip and brotli bytes of one file's contents. */
export function compressedSize(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Totals over files, each compressed on its own (they travel as separate
 * requests, so they cannot share a compression window).
 */
export function totalSize(files) {
  const total = { raw: 0, gzip: 0, brotli: 0, files: [...files], perFile: [] };
  for (const file of files) {
    const size = compressedSize(readFileSync(file));
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
    total.perFile.push(size);
  }
  return total;
}

/** The relative files a module imports statically (not `import()`: those load later, only when needed). */
function staticImports(file) {
  const ast = parseAst(readFileSync(file, 'utf8'));
  const sources = [];
  for (const node of ast.body) {
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) {
      sources.push(node.source.value);
    }
  }
  return sources.filter((source) => source.startsWith('.') || source.startsWith('/')).map((source) => resolve(dirname(file), source));
}

/** An entry and every chunk it imports statically, transitively: what a page downloads before the entry runs. */
export function staticClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const imported of staticImports(entry)) staticClosure(imported, seen);
  return seen;
}
