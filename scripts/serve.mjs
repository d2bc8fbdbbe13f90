#!/usr/bin/env node
// A tiny dependency-free static file server for the exported site: `node scripts/serve.mjs out 3000`.
// It serves what a plain static host would: files by path, index.html for folders, and the
// exported 404.html (with status 404) for anything else.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const root = resolve(process.argv[2] ?? 'out');
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`serve: invalid port ${JSON.stringify(process.argv[3])}`);
  process.exit(2);
}

/** Maps a URL path to a file under root, or null when it would escape root. */
function toFilePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  return candidate;
}

async function findFile(urlPath) {
  const filePath = toFilePath(urlPath);
  if (filePath === null) return null;
  const tries = [filePath, join(filePath, 'index.html'), `${filePath}.html`];
  for (const path of tries) {
    try {
      const info = await stat(path);
      if (info.isFile()) return { path, size: info.size };
    } catch {
      // Not this one; try the next form.
    }
  }
  return null;
}

function send(req, res, status, file) {
  const type = MIME_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': file.size,
    // Next puts content hashes in /_next/static names, so those can be cached for good.
    'Cache-Control': req.url?.startsWith('/_next/static/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file.path).pipe(res);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed\n');
    return;
  }
  const urlPath = new URL(req.url ?? '/', 'http://static.invalid').pathname;
  const file = await findFile(urlPath);
  if (file !== null) {
    // A folder without its trailing slash would break relative links; redirect like static hosts do.
    if (file.path.endsWith(`${sep}index.html`) && !urlPath.endsWith('/') && !urlPath.endsWith('.html')) {
      res.writeHead(308, { Location: `${urlPath}/` });
      res.end();
      return;
    }
    send(req, res, 200, file);
    return;
  }
  const notFound = await findFile('/404.html');
  if (notFound !== null) {
    send(req, res, 404, notFound);
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not Found\n');
});

server.listen(port, host, () => {
  console.log(`Serving ${root} on http://localhost:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
