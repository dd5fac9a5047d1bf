// A server that does what docs/embedding.md asks of a production server:
// it serves the build with a Content-Security-Policy whose nonce is fresh
// in every response, written into trunk's `{{__TRUNK NONCE__}}`
// placeholder in the HTML. It sits in front of `startServer` (which owns
// MIME types and path safety) and rewrites only HTML responses.

import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { startServer, REPORT_PATH } from './server.mjs';

/** The placeholder `create_nonce` in Trunk.toml makes trunk write. */
export const NONCE_PLACEHOLDER = '{{__TRUNK NONCE__}}';

/**
 * The policy of docs/embedding.md with this nonce; `frameAncestors` lists
 * the origins allowed to embed the page, `reportUri` where the browser
 * posts violations.
 */
export function strictPolicy(nonce, { frameAncestors = ["'self'"], reportUri } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
    ...(reportUri ? [`report-uri ${reportUri}`] : []),
  ].join('; ');
}

/**
 * Serves `root` with `policy(nonce)` on every HTML response, and
 * `headers` on every response. Resolves to `{ url, reports, nonces,
 * requests, close }`: `reports` are the violation reports posted to `REPORT_PATH`,
 * `nonces` every nonce handed out (a test can check they differ).
 */
export async function startCspServer({ root, policy, headers = {} }) {
  const upstream = await startServer({ root, headers });
  const nonces = [];
  const server = createServer(async (req, res) => {
    try {
      const body = req.method === 'POST' ? await readBody(req) : undefined;
      const response = await fetch(upstream.url + req.url, {
        method: req.method,
        headers: { 'content-type': req.headers['content-type'] ?? 'text/plain' },
        body,
      });
      const out = {};
      response.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'content-encoding') out[name] = value;
      });
      let bytes = Buffer.from(await response.arrayBuffer());
      if ((out['content-type'] ?? '').startsWith('text/html')) {
        // 16 random bytes, base64: what trunk's own server uses.
        const nonce = randomBytes(16).toString('base64');
        nonces.push(nonce);
        bytes = Buffer.from(bytes.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce));
        out['content-security-policy'] = policy(nonce);
      }
      out['content-length'] = String(bytes.length);
      res.writeHead(response.status, out);
      res.end(req.method === 'HEAD' ? undefined : bytes);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    reportUrl: `http://127.0.0.1:${port}${REPORT_PATH}`,
    reports: upstream.reports,
    /** Every request the server answered, as `{ method, path }`. */
    requests: upstream.requests,
    nonces,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      await upstream.close();
    },
  };
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}
