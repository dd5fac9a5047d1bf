// A tiny static file server for the end-to-end tests.
//
// It serves a folder (normally the trunk build in `dist/`) on a free port of
// 127.0.0.1 with the MIME types a browser insists on (WebAssembly streaming
// compilation refuses anything but `application/wasm`), and lets a test add
// response headers, for example a Content-Security-Policy, and read back the
// violation reports the browser posts to `/__report`.
//
// Like `cargo xtask serve` and a well-set production host, it sends the
// build's precompressed copies (`FILE.br`, `FILE.gz`, written by the trunk
// build's post_build hook) with `Content-Encoding` when the browser accepts
// them, so the tests load what users download. HTML goes out as it is.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** The path a Content-Security-Policy `report-uri` should name. */
export const REPORT_PATH = '/__report';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ftl': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` and resolves once the port is bound.
 *
 * `headers` is an object of extra response headers, or a function
 * `(request) => object` for headers that depend on the path. It can be
 * replaced later with `server.setHeaders(...)`.
 */
export async function startServer({ root, headers = {} } = {}) {
  if (!root) throw new Error('startServer needs a root folder');
  const rootDir = resolve(root);
  let extraHeaders = headers;
  const requests = [];
  const reports = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push({ method: req.method, path: url.pathname });
    try {
      if (url.pathname === REPORT_PATH) {
        reports.push(await readReport(req));
        res.writeHead(204).end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const file = await findFile(rootDir, url.pathname);
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const copy = extname(file) === '.html' ? null : await precompressed(file, req.headers['accept-encoding']);
      const body = await readFile(copy ? copy.path : file);
      const extra = typeof extraHeaders === 'function' ? extraHeaders(req) : extraHeaders;
      res.writeHead(200, {
        'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        ...(copy ? { 'Content-Encoding': copy.encoding, Vary: 'Accept-Encoding' } : {}),
        // Tests must always see the build under test, never a cached one.
        'Cache-Control': 'no-store',
        ...extra,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    /** Every request served so far, as `{ method, path }`. */
    requests,
    /** The bodies of the reports posted to `REPORT_PATH`, parsed as JSON where possible. */
    reports,
    setHeaders(next) {
      extraHeaders = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

/**
 * Maps a URL path to a file under `rootDir`, or null. A directory serves its
 * own `index.html`; other directories and paths without an extension fall
 * back to the root `index.html`, as trunk's own server does, so client-side
 * routes load the app.
 */
async function findFile(rootDir, pathname) {
  let relative;
  try {
    relative = normalize(decodeURIComponent(pathname));
  } catch {
    return null;
  }
  const candidate = join(rootDir, relative);
  // A path that climbs out of the root (`/../etc/passwd`) is never served.
  if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const ownIndex = join(candidate, 'index.html');
    if ((await stat(ownIndex).catch(() => null))?.isFile()) return ownIndex;
  }
  if (info?.isDirectory() || extname(candidate) === '') {
    const index = join(rootDir, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    return indexInfo?.isFile() ? index : null;
  }
  return null;
}

/**
 * The precompressed copy of `file` the request accepts, brotli first, as
 * `{ path, encoding }`, or null.
 */
async function precompressed(file, acceptEncoding = '') {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((item) => item.split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name.trim().toLowerCase()),
  );
  for (const [ext, encoding] of [['.br', 'br'], ['.gz', 'gzip']]) {
    if (!accepted.has(encoding)) continue;
    const info = await stat(file + ext).catch(() => null);
    if (info?.isFile()) return { path: file + ext, encoding };
  }
  return null;
}

async function readReport(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
