// A small static server for build/site. Under /csp/ the same files come with
// the strict Content-Security-Policy the widget must live with.
// Run alone: node tests/web/server.mjs [port] (serves on 127.0.0.1).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteDir } from './paths.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

// `headers`: sent with every file (a CDN's CORS header, a host page's CSP);
// `served`: an array that receives each request's path.
export function startServer({ root = siteDir, port = 0, host = '127.0.0.1', headers: extraHeaders = {}, served } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    served?.push(pathname);
    const strict = pathname === '/csp' || pathname.startsWith('/csp/');
    if (strict) pathname = pathname.slice(4) || '/';
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...extraHeaders };
      if (strict) headers['Content-Security-Policy'] = STRICT_CSP;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, origin: `http://${host}:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await startServer({ port: Number(process.argv[2] ?? 8080) });
  console.log(`serving ${siteDir} on ${origin}/ (strict CSP under ${origin}/csp/)`);
}
