// What the embedding tests share: a plain static file server (as a council's
// web host or a partner's CMS would be: files, content types, CORS for the
// kit's files, nothing else) on a free port, and a record of every request it
// received.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `folder` on 127.0.0.1 at a free port. `pages` maps a path to HTML
 * to answer in place of a file (a partner's page holding a snippet).
 * Every request is kept in `requests` (method, url, content type and body).
 */
export async function startStatic(folder, { pages = {} } = {}) {
  const requests = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url, 'http://localhost');
      requests.push({ method: request.method, url: request.url, type: request.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('utf8') });
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      if (Object.hasOwn(pages, url.pathname)) {
        response.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(pages[url.pathname]);
        return;
      }
      const path = normalize(join(folder, decodeURIComponent(url.pathname)));
      if (!folder || !path.startsWith(normalize(folder) + sep) || !existsSync(path) || !statSync(path).isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        // The kit's files are fetched by pages on other sites (and checked with integrity, which needs CORS).
        'Access-Control-Allow-Origin': '*',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(path).pipe(response);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A partner's page: the snippets in a plain HTML document, nothing else. */
export function partnerPage(body, title = 'A partner’s page') {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}
