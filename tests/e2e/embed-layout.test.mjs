// The compact layout in frames of course-page sizes: no chrome, no
// horizontal scroll, a height of its own, axe clean at every level, and
// never taking focus or scrolling the host page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoHorizontalScroll, axeCheck, openPage, screenshot, waitForResult } from './helpers.mjs';
import { ALL_LEVELS, frameAdopters, openHostPage, setupEmbed, worthitFrame } from './embed-lib.mjs';

const env = setupEmbed();

test('an embed neither takes focus nor scrolls its host page', async () => {
  // A course page whose frame starts below the fold.
  const src = `${env.server.url}/?embed=1&host=${encodeURIComponent(env.host.url)}`;
  const page = await openHostPage(
    env,
    'tall-host.html',
    '<style>.spacer { height: 1600px; }</style><p>Text.</p><div class="spacer"></div>' +
      `<iframe title="worthit" sandbox="allow-scripts" width="100%" height="600" src="${src}"></iframe>`,
    { width: 1000, height: 700 },
  );
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

