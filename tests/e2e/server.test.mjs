// The test server sends the build's precompressed copies as a production
// host does: brotli or gzip by the request's Accept-Encoding, the file
// itself otherwise, HTML always as it is. Needs no browser.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync, gunzipSync } from 'node:zlib';
import { startServer } from './server.mjs';

const SCRIPT = 'export const answer = 42;\n'.repeat(200);
let dir;
let server;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'worthit-server-'));
  await writeFile(join(dir, 'app.js'), SCRIPT);
  await writeFile(join(dir, 'app.js.gz'), gzipSync(SCRIPT));
  await writeFile(join(dir, 'app.js.br'), brotliCompressSync(SCRIPT));
  await writeFile(join(dir, 'plain.css'), 'body {}');
  await writeFile(join(dir, 'index.html'), '<p>page</p>');
  await writeFile(join(dir, 'index.html.gz'), gzipSync('<p>stale</p>'));
  server = await startServer({ root: dir });
});
after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

// A raw GET (fetch would decode the body and hide what was sent).
function get(path, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    request(`${server.url}${path}`, { headers }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

test('brotli first, then gzip, then the file itself', async () => {
  const br = await get('/app.js', 'gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(brotliDecompressSync(br.body).toString(), SCRIPT);

  const gz = await get('/app.js', 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.body).toString(), SCRIPT);

  const refused = await get('/app.js', 'br;q=0, gzip');
  assert.equal(refused.headers['content-encoding'], 'gzip');

  const plain = await get('/app.js', undefined);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), SCRIPT);
});

test('files without copies and HTML go out as they are', async () => {
  const css = await get('/plain.css', 'gzip, br');
  assert.equal(css.headers['content-encoding'], undefined);
  assert.equal(css.body.toString(), 'body {}');
  const html = await get('/', 'gzip, br');
  assert.equal(html.headers['content-encoding'], undefined);
  assert.equal(html.body.toString(), '<p>page</p>');
});
