// Tests of the harness itself, against small fixture pages rather than the
// real build: if these fail, no other spec's verdict can be trusted. They
// prove that the server sends the right types and headers and that the
// helpers really fail on errors, sideways scrolling and accessibility faults.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  E2E_DIR,
  REPORT_PATH,
  assertNoHorizontalScroll,
  axeCheck,
  launchBrowser,
  openPage,
  pageErrors,
  startServer,
  waitForResult,
} from './helpers.mjs';

const FIXTURES = join(E2E_DIR, 'fixtures');
let server;
let browser;

before(async () => {
  server = await startServer({ root: FIXTURES });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Opens a fixture and closes its context when the test ends; these tests
// provoke errors on purpose, so they check them by hand instead of through
// `setup()`'s after-each check.
async function openFixture(t, name, options) {
  const page = await openPage(browser, `${server.url}/${name}`, options);
  t.after(() => page.context().close());
  return page;
}

test('the server sends the MIME types browsers require', async () => {
  const expected = {
    '/index.html': 'text/html; charset=utf-8',
    '/worker-error.js': 'text/javascript; charset=utf-8',
    '/empty.wasm': 'application/wasm',
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await fetch(server.url + path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('content-type'), type, path);
    assert.equal(response.headers.get('cache-control'), 'no-store', path);
  }
});

test('the server falls back to index.html for routes and refuses to leave its root', async () => {
  const route = await fetch(`${server.url}/some/route`);
  assert.equal(route.status, 200);
  assert.match(await route.text(), /shows a result/);
  assert.equal((await fetch(`${server.url}/missing.js`)).status, 404);
  // fetch would normalise `..` away, so the raw path goes through `http`.
  const { request } = await import('node:http');
  const status = await new Promise((resolveStatus, reject) => {
    request(`${server.url}/%2e%2e/%2e%2e/package.json`, (response) => {
      response.resume();
      resolveStatus(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
  assert.equal(status, 404);
});

test('the server adds extra headers and collects reports', async () => {
  const policy = "default-src 'self'";
  server.setHeaders({ 'Content-Security-Policy': policy });
  try {
    const response = await fetch(`${server.url}/index.html`);
    assert.equal(response.headers.get('content-security-policy'), policy);
  } finally {
    server.setHeaders({});
  }
  assert.equal((await fetch(`${server.url}/index.html`)).headers.get('content-security-policy'), null);
  await fetch(server.url + REPORT_PATH, { method: 'POST', body: JSON.stringify({ 'csp-report': { x: 1 } }) });
  assert.deepEqual(server.reports.at(-1), { 'csp-report': { x: 1 } });
});

test('WebAssembly compiles from the server in Chromium', async (t) => {
  const page = await openFixture(t, 'wasm.html');
  await page.waitForFunction(() => document.getElementById('status').textContent !== 'loading');
  assert.equal(await page.textContent('#status'), 'compiled');
});

test('waitForResult reads the counts and waits for a changed result', async (t) => {
  const page = await openFixture(t, 'index.html');
  const first = await waitForResult(page);
  assert.deepEqual(
    { text: first.text, share: first.share, adopters: first.adopters, users: first.users },
    { text: '43.1% adopt', share: 43.1, adopters: 431, users: 1000 },
  );
  assert.ok(first.seenAtMs > 0);
  await page.click('#rerun');
  const second = await waitForResult(page, { differentFrom: first });
  assert.equal(second.adopters, 512);
  assert.deepEqual(pageErrors(page), []);
});

test('a console error is caught and fails a waiting helper at once', async (t) => {
  const page = await openFixture(t, 'console-error.html');
  const started = Date.now();
  await assert.rejects(waitForResult(page, { timeout: 10_000 }), /console error .*something went wrong/);
  assert.ok(Date.now() - started < 5_000, 'the wait failed at the error, not at its timeout');
  assert.equal(pageErrors(page).length, 1);
});

test('an uncaught page error is caught', async (t) => {
  const page = await openFixture(t, 'page-error.html');
  await assert.rejects(waitForResult(page, { timeout: 10_000 }), /page error: .*fixture: uncaught/);
});

test('a console error in a worker is caught', async (t) => {
  const page = await openFixture(t, 'worker-error.html');
  await assert.rejects(waitForResult(page, { timeout: 10_000 }), /worker panicked/);
});

test('allowConsole lets an expected message through', async (t) => {
  const page = await openFixture(t, 'console-error.html', { allowConsole: [/something went wrong/] });
  await page.waitForTimeout(300);
  assert.deepEqual(pageErrors(page), []);
});

test('sideways scrolling is caught at phone width and not at desktop width', async (t) => {
  const phone = await openFixture(t, 'wide.html', { width: 390, height: 844 });
  await assert.rejects(assertNoHorizontalScroll(phone), /scrolls sideways.*div\.strip/s);
  const desktop = await openFixture(t, 'wide.html', { width: 1280, height: 900 });
  await assertNoHorizontalScroll(desktop);
});

test('axe failures are reported, and a clean page passes', async (t) => {
  const bad = await openFixture(t, 'inaccessible.html');
  await assert.rejects(axeCheck(bad), (error) => /button-name/.test(error.message) && /image-alt/.test(error.message));
  const good = await openFixture(t, 'index.html');
  await waitForResult(good);
  const results = await axeCheck(good, { failOn: ['minor', 'moderate', 'serious', 'critical'] });
  assert.equal(results.violations.length, 0);
});
