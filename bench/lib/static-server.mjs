// A tiny static file server over the repository root, on 127.0.0.1 and an
// ephemeral port, for the browser benchmarks. No caching headers: each
// measured page starts cold (the pages also disable the browser cache).
import { createServer } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { findFile, sendFile } from '../../demo/server/static-files.js';

/**
 * Serves `root` (an absolute path) and, before the files, any `routes`
 * (`{ '/path': () => ({ type, body }) }`). Resolves to `{ origin, close() }`.
 */
export function startStaticServer(root, routes = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const route = routes[path];
    if (route) {
      const { type, body } = route();
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
      return;
    }
    // A path that climbs out of the root is refused outright; the rest is the demo server's lookup.
    const wanted = normalize(join(root, path));
    if (wanted !== root && !wanted.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const file = findFile(request.url, { '/': root });
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    sendFile(response, file, { 'Cache-Control': 'no-store' });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
