#!/usr/bin/env node
// The demo site and its reference API server: `npm start` serves it at
// http://localhost:8000 (PORT overrides).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findFile, sendFile } from './static-files.js';
import { securityHeaders } from './security-headers.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const roots = { '/dist/': join(root, 'dist'), '/': join(root, 'demo') };

export function createDemoServer() {
  return createServer((req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? findFile(req.url ?? '/', roots) : undefined;
    if (file && !file.includes(`${join('demo', 'server')}`)) return sendFile(res, file, securityHeaders());
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() });
    res.end('Not found');
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  createDemoServer().listen(port, () => console.log(`cx-kit demo: http://localhost:${port}/`));
}
