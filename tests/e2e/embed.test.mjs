// worthit embedded in other pages (issue 6): the example host page on
// another origin, messages both ways and who is obeyed, the compact layout
// in frames of course-page sizes, the Embed dialog's snippet, the strict
// Content-Security-Policy, and the printed handout.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST_DIR,
  SCREENSHOT_DIR,
  assertNoHorizontalScroll,
  axeCheck,
  openPage,
  screenshot,
  setup,
  startServer,
  waitForResult,
} from './helpers.mjs';
import { startCspServer, strictPolicy } from './csp-server.mjs';

// worthit's own server. A frame sandboxed without allow-same-origin has an
// opaque origin, so its script, WebAssembly and worker requests are CORS
// requests from "null": the server must allow them (docs/embedding.md).
const env = setup({ headers: { 'Access-Control-Allow-Origin': '*' } });

// The host pages' server: another port is another origin.
let hostServer;
before(async () => {
  hostServer = await startServer({ root: DIST_DIR });
});
after(async () => {
  await hostServer?.close();
});

const ALL_LEVELS = ['minor', 'moderate', 'serious', 'critical'];
const RESULT = '[data-testid="adoption-share"][data-adopters]';

/** The example host page embedding worthit with these query parameters. */
function hostExample(query) {
  const worthit = `${env.server.url}/?${query}`;
  return `${hostServer.url}/host-example.html?worthit=${encodeURIComponent(worthit)}`;
}

/** The messages the example host page has received so far. */
function messages(page) {
  return page.evaluate(() => window.worthitMessages ?? []);
}

/** Waits until the host page has received `count` messages of `type`. */
async function waitForMessages(page, type, count = 1, timeout = 30_000) {
  await page.waitForFunction(
    ({ type, count }) => (window.worthitMessages ?? []).filter((m) => m.type === type).length >= count,
    { type, count },
    { timeout },
  );
  return (await messages(page)).filter((m) => m.type === type);
}

/** The frame showing worthit inside a host page. */
async function worthitFrame(page, selector = 'iframe') {
  const handle = await page.waitForSelector(selector);
  return handle.contentFrame();
}

/** The adopters a frame shows, once it shows a finished result. */
async function frameAdopters(frame) {
  const element = await frame.waitForSelector(RESULT, { timeout: 30_000 });
  return Number(await element.getAttribute('data-adopters'));
}

/** The adopters worthit computes for `scenario` (JSON text) on its own. */
async function adoptersOf(scenarioJson) {
  const page = await openPage(env.browser, `/?embed=1#scenario=${encodeURIComponent(scenarioJson)}`);
  const result = await waitForResult(page, { timeout: 30_000 });
  await page.context().close();
  return result.adopters;
}

test('the host page hears ready and results, and loads a scenario by message', async (t) => {
  const page = await openPage(env.browser, hostExample(`embed=1&host=${encodeURIComponent(hostServer.url)}`), {
    width: 1000,
    height: 900,
  });
  const [ready] = await waitForMessages(page, 'worthit:ready');
  assert.equal(ready.protocol, 1);
  const [first] = await waitForMessages(page, 'worthit:result');
  assert.equal(first.results.schema, 1);
  assert.ok(first.results.sensitivity.length > 0, 'a result is posted once the what-ifs are in');
  const frame = await worthitFrame(page);
  assert.equal(await frameAdopters(frame), first.results.adoption.adopters);
  const statement = first.statement;
  assert.equal(statement.verb.id, 'http://adlnet.gov/expapi/verbs/experienced');
  assert.equal(statement.result.score.scaled, first.results.adoption.share);
  assert.equal(statement.object.definition.name.en, first.results.title);
  assert.match(statement.object.id, /#s=/);

  // worthit:load: the result changes to that scenario's own adopters.
  const scenarioJson = await page.inputValue('#scenario');
  const expected = await adoptersOf(scenarioJson);
  await page.click('#send-load');
  const loaded = (await waitForMessages(page, 'worthit:result', 2)).at(-1);
  assert.equal(loaded.results.title, JSON.parse(scenarioJson).title);
  assert.equal(loaded.results.adoption.adopters, expected);
  await frame.waitForSelector(`${RESULT}[data-adopters="${expected}"]`);
  t.diagnostic(`loaded by message: ${expected} of ${loaded.results.users} adopt`);

  // worthit:run: the same scenario again, the same numbers.
  await page.click('#send-run');
  const rerun = (await waitForMessages(page, 'worthit:result', 3)).at(-1);
  assert.equal(rerun.results.adoption.adopters, expected);

  // A scenario worthit cannot use is answered, naming the problem.
  await page.fill('#scenario', JSON.stringify({ schema: 1, title: 'x', seed: 1, users: 0, product: {} }));
  await page.click('#send-load');
  const [error] = await waitForMessages(page, 'worthit:error');
  assert.match(error.message, /worthit:load/);
  assert.equal(await frameAdopters(frame), expected, 'the last good scenario stays');

  // The host sized the frame from worthit:resize.
  const resizes = await waitForMessages(page, 'worthit:resize');
  const last = resizes.at(-1).height;
  const frameHeight = await page.$eval('#worthit', (f) => f.getBoundingClientRect().height);
  assert.ok(last > 300, `content height ${last}`);
  assert.ok(Math.abs(frameHeight - last) <= 2, `frame ${frameHeight}px for content ${last}px`);
  await screenshot(page, 'embed-host-example-1000x900', { fullPage: true });
});

test('requests from any other origin are ignored', async () => {
  // worthit is told its host is http://localhost:<port>, but the host page
  // is http://127.0.0.1:<port>: same server, another origin.
  const otherOrigin = hostServer.url.replace('127.0.0.1', 'localhost');
  const page = await openPage(env.browser, hostExample(`embed=1&host=${encodeURIComponent(otherOrigin)}`), {
    width: 1000,
    height: 900,
    // worthit posts to the origin it was told; Chromium logs that the
    // recipient is another one, and delivers nothing.
    allowConsole: [/does not match the recipient window's origin/],
  });
  const frame = await worthitFrame(page);
  const before = await frameAdopters(frame);
  await page.click('#send-load');
  await page.click('#send-run');
  await page.waitForTimeout(2_000);
  assert.equal(await frameAdopters(frame), before, 'the load was ignored');
  assert.deepEqual(await messages(page), [], 'nothing reaches an origin that is not the host');
});

test('without ?host= worthit talks but obeys nobody', async () => {
  const page = await openPage(env.browser, hostExample('embed=1'), { width: 1000, height: 900 });
  await waitForMessages(page, 'worthit:ready');
  const [first] = await waitForMessages(page, 'worthit:result');
  await page.click('#send-load');
  await page.click('#send-run');
  await page.waitForTimeout(2_000);
  const results = (await messages(page)).filter((m) => m.type === 'worthit:result');
  assert.equal(results.length, 1, 'no run was started by the host');
  const frame = await worthitFrame(page);
  assert.equal(await frameAdopters(frame), first.results.adoption.adopters);
});

test('an embed neither takes focus nor scrolls its host page', async () => {
  const page = await openPage(env.browser, 'about:blank', { width: 1000, height: 700 });
  // A course page whose frame starts below the fold.
  const src = `${env.server.url}/?embed=1&host=${encodeURIComponent(hostServer.url)}`;
  await page.route(`${hostServer.url}/tall-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        '<!doctype html><html lang="en"><title>Course</title><main><h1>Lesson</h1>' +
        '<p id="filler">Text.</p><div style="height:1600px"></div>' +
        `<iframe title="worthit" sandbox="allow-scripts" width="100%" height="600" src="${src}"></iframe>` +
        '</main></html>',
    }),
  );
  await page.goto(`${hostServer.url}/tall-host.html`);
  const frame = await worthitFrame(page);
  await frameAdopters(frame);
  // Let the what-ifs land and every re-render settle.
  await frame.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page did not scroll');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'focus stayed in the host');
  assert.equal(await frame.evaluate(() => document.activeElement === document.body), true);
  assert.equal(await frame.$$eval('[autofocus]', (e) => e.length), 0);
});

for (const { width, height } of [
  { width: 800, height: 600 },
  { width: 390, height: 700 },
]) {
  test(`embed layout in a ${width}×${height} frame`, async () => {
    const page = await openPage(env.browser, '/?embed=1', { width, height });
    await waitForResult(page, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
    assert.equal(await page.$$eval('.topbar', (e) => e.length), 0, 'no page header');
    assert.equal(await page.$$eval('.footer', (e) => e.length), 0, 'no footer');
    assert.equal(await page.$$eval('h1', (e) => e.length), 1);
    const link = await page.getAttribute('[data-testid="embed-open-full"]', 'href');
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#s=/);
    assert.doesNotMatch(link, /embed=1/);
    await assertNoHorizontalScroll(page);
    // The content's height is its own, not the frame's: the same in a
    // taller frame (a height taken from the viewport would never settle).
    const own = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await page.setViewportSize({ width, height: height + 400 });
    await page.waitForTimeout(200);
    const taller = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    assert.ok(Math.abs(own - taller) <= 1, `content ${own}px in a ${height}px frame, ${taller}px in a taller one`);
    await page.setViewportSize({ width, height });
    await screenshot(page, `embed-layout-${width}x${height}`);
    await screenshot(page, `embed-layout-full-${width}x${height}`, { fullPage: true });
    await axeCheck(page, { failOn: ALL_LEVELS });
  });
}

test('controls, lock and language come from the address', async () => {
  const page = await openPage(env.browser, '/?embed=1&controls=costs&lock=product.costs.money&lang=ko', {
    width: 800,
    height: 600,
  });
  await waitForResult(page, { timeout: 30_000 });
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.equal(await page.$$eval('[data-testid="group-costs"]', (e) => e.length), 1);
  for (const group of ['value', 'screenshots', 'audience', 'alternatives', 'decision', 'simulation']) {
    assert.equal(await page.$$eval(`[data-testid="group-${group}"]`, (e) => e.length), 0, group);
  }
  assert.equal(await page.isDisabled('[data-testid="cost-money-mean"]'), true, 'money is locked');
  assert.equal(await page.isDisabled('[data-testid="cost-trust-mean"]'), false, 'trust is not');

  const none = await openPage(env.browser, '/?embed=1&controls=none', { width: 800, height: 600 });
  await waitForResult(none, { timeout: 30_000 });
  assert.equal(await none.$$eval('[data-testid="editor"]', (e) => e.length), 0, 'results only');
  await screenshot(none, 'embed-results-only-800x600');
  await axeCheck(none, { failOn: ALL_LEVELS });

  // A mistyped address is a notice, not a broken page.
  const bad = await openPage(env.browser, '/?embed=1&controls=prices&preset=nope&host=ftp://x', {
    width: 800,
    height: 600,
  });
  await waitForResult(bad, { timeout: 30_000 });
  const notice = await bad.textContent('.notice');
  for (const quoted of ['prices', 'nope', 'ftp://x']) assert.ok(notice.includes(quoted), `${quoted} in ${notice}`);
});

test('the Embed dialog writes a snippet that embeds this scenario', async () => {
  const page = await openPage(env.browser, '/', {
    width: 1280,
    height: 900,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const shown = await waitForResult(page, { timeout: 30_000 });
  await page.click('[data-testid="embed"]');
  const dialog = page.getByRole('dialog', { name: 'Embed this simulation' });
  await dialog.waitFor();
  for (const group of ['screenshots', 'audience', 'alternatives', 'decision', 'simulation']) {
    await page.uncheck(`[data-testid="embed-group-${group}"]`);
  }
  await page.check('[data-testid="embed-lock-all"]');
  await page.check('[data-testid="embed-compare"]');
  await page.selectOption('[data-testid="embed-lang"]', 'zh-TW');
  await page.fill('[data-testid="embed-host"]', 'https://lms.example.edu/course/1');
  assert.equal(await page.getAttribute('[data-testid="embed-host"]', 'aria-invalid'), 'true');
  await page.fill('[data-testid="embed-host"]', hostServer.url);
  assert.equal(await page.getAttribute('[data-testid="embed-host"]', 'aria-invalid'), 'false');
  await screenshot(page, 'embed-dialog-1280x900');
  await axeCheck(page, { failOn: ALL_LEVELS, include: '[data-testid="embed-dialog"]' });

  const code = await page.inputValue('[data-testid="embed-code"]');
  assert.match(code, /^<iframe id="worthit-frame" src="[^"]+\?embed=1&amp;controls=value,costs&amp;lock=\*&amp;lang=zh-TW&amp;compare=1&amp;host=/);
  assert.match(code, /sandbox="allow-scripts/);
  assert.match(code, /worthit:resize/);
  await page.click('[data-testid="embed-copy"]');
  await page.waitForSelector('[data-testid="embed-copy-status"]:has-text("Copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

  // Paste it into a course page on another origin: it works there.
  const host = await openPage(env.browser, 'about:blank', { width: 1000, height: 800 });
  await host.route(`${hostServer.url}/snippet-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Course</title><main><h1>Lesson</h1>${code}</main></html>`,
    }),
  );
  await host.goto(`${hostServer.url}/snippet-host.html`);
  const frame = await worthitFrame(host, '#worthit-frame');
  assert.equal(await frameAdopters(frame), shown.adopters, 'the same scenario, the same numbers');
  assert.equal(await frame.getAttribute('html', 'lang'), 'zh-TW');
  assert.equal(await frame.$$eval('[data-testid="group-costs"]', (e) => e.length), 1);
  assert.equal(await frame.$$eval('[data-testid="group-audience"]', (e) => e.length), 0);
  assert.equal(await frame.isDisabled('[data-testid="value-mean"]'), true, 'everything is locked');
  // The snippet's script sizes the frame to its content.
  await host.waitForFunction(() => {
    const frame = document.getElementById('worthit-frame');
    return frame.style.height && frame.style.height !== '720px';
  });
  await screenshot(host, 'embed-snippet-host-1000x800', { fullPage: true });
});

/** Records CSP violations in every frame of pages of this context. */
async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** Every violation seen in any frame of `page`. */
async function violations(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => window.__violations ?? []).catch(() => [])));
  }
  return all;
}

test('the page runs under a strict Content-Security-Policy', async (t) => {
  let csp;
  csp = await startCspServer({
    root: DIST_DIR,
    headers: { 'Access-Control-Allow-Origin': '*' },
    policy: (nonce) =>
      strictPolicy(nonce, { frameAncestors: ["'self'", hostServer.url], reportUri: csp.reportUrl }),
  });
  try {
    // The harness can fail: an inline script is a violation it reports.
    const probe = await openPage(env.browser, `${csp.url}/?probe`, {
      allowConsole: [/Content Security Policy/],
    });
    await watchViolations(probe.context());
    await probe.reload();
    await probe.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
    });
    await probe.waitForFunction(() => window.__violations.length > 0);
    assert.equal(await probe.evaluate(() => window.__inline), undefined);
    for (let i = 0; i < 50 && csp.reports.length === 0; i++) await probe.waitForTimeout(100);
    assert.ok(csp.reports.length > 0, 'the browser posts reports to report-uri');
    csp.reports.length = 0;
    await probe.context().close();

    // The page itself: load, run, and use what touches the policy (the
    // worker, the charts, a data table, the PNG download, the dialogs).
    const page = await openPage(env.browser, `${csp.url}/`, { width: 1280, height: 900, acceptDownloads: true });
    await watchViolations(page.context());
    await page.reload();
    const result = await waitForResult(page, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
    await page.click('[data-testid="table-toggle-barriers"]');
    const download = page.waitForEvent('download');
    await page.click('[data-testid="download-png-barriers"]');
    await download;
    await page.click('[data-testid="embed"]');
    await page.click('[data-testid="embed-group-value"]');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    t.diagnostic(`under the policy: ${result.adopters} adopt`);

    // And embedded, sandboxed, on another origin.
    const src = `${csp.url}/?embed=1&host=${encodeURIComponent(hostServer.url)}`;
    const host = await openPage(env.browser, 'about:blank', { width: 900, height: 800 });
    await watchViolations(host.context());
    await host.route(`${hostServer.url}/csp-host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Course</title><iframe title="worthit" sandbox="allow-scripts" width="800" height="600" src="${src}"></iframe></html>`,
      }),
    );
    await host.goto(`${hostServer.url}/csp-host.html`);
    const frame = await worthitFrame(host);
    await frameAdopters(frame);
    await frame.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });

    // Reports travel separately from the page; give them time to arrive.
    await page.waitForTimeout(1_000);
    assert.deepEqual([...(await violations(page)), ...(await violations(host))], [], 'securitypolicyviolation events');
    assert.deepEqual(csp.reports, [], 'violation reports');
    assert.ok(new Set(csp.nonces).size === csp.nonces.length && csp.nonces.length >= 3, 'a fresh nonce per response');
  } finally {
    await csp.close();
  }
});

test('a result prints as a one-page handout', async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page, { timeout: 30_000 });
  await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.editor-column [data-testid="editor"]', '.toolbar', '.chart-actions', '.footer'].map((selector) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).display : 'none';
    }),
  );
  assert.deepEqual(hidden, ['none', 'none', 'none', 'none'], 'no editor, buttons or footer on paper');
  for (const selector of ['[data-testid="adoption-share"]', '[data-testid="summary"]', '[data-testid="chart-tornado"]']) {
    assert.ok(await page.isVisible(selector), `${selector} is printed`);
  }
  await screenshot(page, 'embed-print-1280x900', { fullPage: true });
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    await writeFile(join(SCREENSHOT_DIR, `embed-print-${format}.pdf`), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
    t.diagnostic(`${format}: ${pages} page(s), ${pdf.length} bytes`);
    assert.equal(pages, 1, `the handout fits one ${format} page`);
  }
});
