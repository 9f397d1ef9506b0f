#!/usr/bin/env node
// Static file server for the page, the embed fixtures and the browser tests.
// Sends a strict Content-Security-Policy by default; binds to 127.0.0.1 only.
//   node scripts/serve.mjs [--port 8080] [--root web] [--csp "policy"|none]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

/** Starts a server; resolves to { url, port, close() }. `csp` null sends no policy. */
export function startServer({ root = 'web', port = 0, host = '127.0.0.1', csp = STRICT_CSP, headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const h = { 'content-type': TYPES[extname(path)] || 'application/octet-stream', 'cache-control': 'no-store', ...headers };
      if (csp) h['content-security-policy'] = csp;
      res.writeHead(200, h);
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const p = server.address().port;
      ok({ url: `http://${host}:${p}/`, port: p, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const csp = opt('--csp', STRICT_CSP);
  const s = await startServer({ root: opt('--root', 'web'), port: Number(opt('--port', 8080)), csp: csp === 'none' ? null : csp });
  console.log(`factlight is serving ${opt('--root', 'web')} at ${s.url}`);
}
