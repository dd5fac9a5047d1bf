// The compact embed (issue 16, docs/embedding.md "Compact layout"): the
// result first (headline, one sentence of why, the main chart and the
// what-ifs), the controls folded into groups, at most 900 px tall in a
// 1280 px wide frame, readable at 390 px with the title never cut, the
// same title in the bar and the panel, `layout=full` for the full layout,
// and axe clean in every language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoHorizontalScroll, axeCheck, openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';
import { ALL_LEVELS, LANGS } from './i18n-lib.mjs';

const env = setup();

/** The page's content height (the frame a host sizes by `worthit:resize`). */
const contentHeight = (page) => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Whether the embed's title shows whole (nothing clipped or cut). */
const titleFits = (page) =>
  page.$eval('.embed-title', (el) => ({
    text: el.textContent,
    fits: el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1,
  }));

for (const preset of ['game-character-art', 'game-installs-vs-users-art', 'game-launch-year']) {
  test(`the compact embed of ${preset} fits 900 px at 1280 wide`, async () => {
    const page = await openPage(env.browser, `/?embed=1&preset=${preset}`, { width: 1280, height: 900 });
    await waitForResult(page, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
    assert.equal(await page.$$eval('.page.compact', (e) => e.length), 1);
    // Result first: headline, one sentence, the main chart and the what-ifs.
    assert.ok(await page.isVisible(id('summary-first')));
    assert.equal(await page.$$eval('.charts--compact > .chart-card', (e) => e.length), 2);
    assert.ok(await page.isVisible(id('chart-tornado')));
    // Folded: the groups (each under its name), more charts, more tools.
    assert.ok((await page.$$eval('details.ed-fold:not([open])', (e) => e.length)) >= 8);
    assert.equal(await page.isVisible(id('group-costs')), false, 'groups start folded');
    await page.click(`${id('fold-costs')} > summary`);
    assert.equal(await page.isVisible(id('group-costs')), true);
    await page.click(`${id('fold-costs')} > summary`);
    await page.waitForTimeout(300);
    const height = await contentHeight(page);
    console.log(`compact embed ${preset} at 1280: ${height}px tall`);
    await screenshot(page, `embed-compact-${preset}-1280x900`);
    assert.ok(height <= 900, `${height}px tall at 1280 wide`);
    // The bar and the panel name the scenario alike.
    assert.equal(
      (await page.innerText('.embed-title')).trim(),
      (await page.innerText('.column-subtitle')).trim(),
    );
    await assertNoHorizontalScroll(page);
  });
}

test('at 390 px the compact embed is one readable column and the title is whole', async () => {
  for (const preset of ['game-character-art', 'game-installs-vs-users-art']) {
    const page = await openPage(env.browser, `/?embed=1&preset=${preset}`, { width: 390, height: 844 });
    await waitForResult(page, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
    const title = await titleFits(page);
    assert.ok(title.fits, `the title "${title.text}" is cut`);
    assert.ok(!title.text.includes('…'), title.text);
    await assertNoHorizontalScroll(page);
    // The answer comes before the controls on a phone.
    const order = await page.evaluate(() => {
      const top = (s) => document.querySelector(s).getBoundingClientRect().top;
      return { hero: top('.hero-card'), editor: top('.editor-column') };
    });
    assert.ok(order.hero < order.editor, JSON.stringify(order));
    await screenshot(page, `embed-compact-${preset}-390x844`);
    await screenshot(page, `embed-compact-${preset}-390x844-full`, { fullPage: true });
  }
});

test('layout=full gives the full layout back', async () => {
  const page = await openPage(env.browser, '/?embed=1&layout=full', { width: 1280, height: 900 });
  await waitForResult(page, { timeout: 30_000 });
  await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
  assert.equal(await page.$$eval('.page.compact', (e) => e.length), 0);
  assert.equal(await page.$$eval('details.ed-fold', (e) => e.length), 0);
  assert.equal(await page.$$eval(id('more-charts'), (e) => e.length), 0);
  assert.ok(await page.isVisible(id('chart-segments')));
  assert.ok((await contentHeight(page)) > 900, 'the full layout is the long one');
});

for (const lang of LANGS) {
  test(`the compact embed is axe clean in ${lang}`, async () => {
    const page = await openPage(env.browser, `/?embed=1&lang=${lang}&preset=finance-modest-claim`, { width: 1280, height: 900 });
    await waitForResult(page, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    // Open every fold so axe sees what is inside them too.
    await page.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
    await page.waitForTimeout(300);
    await axeCheck(page, ALL_LEVELS);
    const title = await titleFits(page);
    assert.ok(title.fits, title.text);
  });
}
