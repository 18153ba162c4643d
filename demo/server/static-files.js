// Serves the demo pages and the built kit from disk, never outside their folders.
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a URL path onto a file inside one of `roots` ({ prefix: dir }), or undefined. */
export function findFile(urlPath, roots) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  if (path.endsWith('/')) path += 'index.html';
  // Never hidden files or folders (the data folder demo/.data holds residents' details).
  if (path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  for (const [prefix, dir] of Object.entries(roots)) {
    if (!path.startsWith(prefix)) continue;
    const base = resolve(dir);
    const file = resolve(join(base, normalize(path.slice(prefix.length))));
    if (!file.startsWith(base + sep)) continue; // a sibling such as demo-old/ is outside too
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      /* try the next root */
    }
  }
  return undefined;
}

/** Streams a file (headers only for HEAD). */
export function sendFile(res, file, headers = {}, head = false) {
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...headers });
  if (head) return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
