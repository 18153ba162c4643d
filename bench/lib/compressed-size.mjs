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

/** Every node of an ESTree AST (import() can sit anywhere in a module). */
function* walk(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item);
    return;
  }
  if (typeof node.type === 'string') yield node;
  for (const key of Object.keys(node)) if (key !== 'type' && typeof node[key] === 'object') yield* walk(node[key]);
}

/**
 * The relative files a module imports: statically, and, with `onDemand`,
 * also through `import("./literal.js")` (code a widget loads when it needs it).
 */
function importsOf(file, onDemand) {
  const ast = parseAst(readFileSync(file, 'utf8'));
  const sources = [];
  for (const node of ast.body) {
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) {
      sources.push(node.source.value);
    }
  }
  if (onDemand) {
    for (const node of walk(ast)) if (node.type === 'ImportExpression' && node.source.type === 'Literal') sources.push(node.source.value);
  }
  return sources.filter((source) => typeof source === 'string' && (source.startsWith('.') || source.startsWith('/'))).map((source) => resolve(dirname(file), source));
}

/**
 * An entry and every chunk it imports, transitively: with the defaults, what
 * a page downloads before the entry runs. With `onDemand: true` it also
 * follows `import()` of literal paths, except files `skip` matches (the
 * translations: a page loads one locale at most).
 */
export function staticClosure(entry, { onDemand = false, skip } = {}, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const imported of importsOf(entry, onDemand)) {
    if (onDemand && skip?.test(imported)) continue;
    staticClosure(imported, { onDemand, skip }, seen);
  }
  return seen;
}
