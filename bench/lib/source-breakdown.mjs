// Where a bundle's bytes come from: each minified byte is credited to the
// source file its source map points at, grouped by package (zod, lit, …) or
// by the kit's own file. Minified bytes, before compression: a guide to what
// to trim, not a second size table.
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Groups a source path: a package under node_modules by its name, the kit's own files by their path in packages/. */
function group(source) {
  const nodeModules = source.lastIndexOf('node_modules/');
  if (nodeModules !== -1) {
    const parts = source.slice(nodeModules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const packages = source.lastIndexOf('packages/');
  return packages === -1 ? source : source.slice(packages);
}

/** Adds `file`'s minified bytes, by source group, into `totals` (a Map). Files without a map count as "(no source map)". */
export function creditBytes(file, totals = new Map()) {
  const code = readFileSync(file, 'utf8');
  const add = (key, bytes) => totals.set(key, (totals.get(key) ?? 0) + bytes);
  if (!existsSync(`${file}.map`)) {
    add('(no source map)', Buffer.byteLength(code));
    return totals;
  }
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const sources = map.sources.map(group);
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    let owner = '(generated)';
    let start = 0;
    for (const segment of lineMappings.split(',')) {
      if (!segment) continue;
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(owner, Buffer.byteLength(line.slice(start, column)));
      start = column;
      if (sourceDelta !== undefined) {
        sourceIndex += sourceDelta;
        owner = sources[sourceIndex] ?? '(generated)';
      } else owner = '(generated)';
    }
    add(owner, Buffer.byteLength(line.slice(start)) + 1);
  });
  return totals;
}

/** The biggest contributors over `files`, as `[{ source, bytes }]`, largest first. */
export function topSources(files, count = 12) {
  const totals = new Map();
  for (const file of files) creditBytes(file, totals);
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([source, bytes]) => ({ source, bytes }));
}
