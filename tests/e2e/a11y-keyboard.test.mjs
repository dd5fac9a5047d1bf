// Keyboard only, in English and Korean: Tab reaches every control of the
// header and the editor with a visible focus ring, arrow keys move a
// slider and the answer follows, a menu opens and closes, a chart's data
// table opens, and the skip link jumps to the answer.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';
import { focused } from './i18n-lib.mjs';

const env = setup();

for (const code of ['en', 'ko']) {
  test(`keyboard only (${code}): every stop shows focus, arrows move a slider and the answer`, async (t) => {
    const page = await openPage(env.browser, `/?lang=${code}`, { width: 1280, height: 900 });
    const before = await waitForResult(page);
    await page.locator(id('run-status') + '[data-state="done"]').waitFor();

    // The first stop is the skip link (checked again at the end).
    await page.keyboard.press('Tab');
    let stop = await focused(page);
    assert.equal(stop.tag, 'a', 'the skip link comes first');
    assert.ok(stop.ring && stop.visible && stop.inViewport, `skip link: ${JSON.stringify(stop)}`);

    // Tab through the header and into the editor until the trust slider,
    // checking each stop on the way.
    const stops = [];
    let slider = null;
    for (let i = 0; i < 120 && !slider; i++) {
      await page.keyboard.press('Tab');
      stop = await focused(page);
      assert.ok(stop, `Tab ${i + 1} left the page after ${stops.join(', ')}`);
      assert.ok(stop.ring, `no visible focus ring on ${JSON.stringify(stop)}`);
      assert.ok(stop.visible && stop.inViewport, `focus is off screen: ${JSON.stringify(stop)}`);
      stops.push(stop.testid ?? stop.tag);
      if (stop.testid === 'cost-trust-mean-range') slider = stop;
    }
    assert.ok(slider, `Tab never reached the trust slider; stops: ${stops.join(', ')}`);
    for (const expected of ['presets', 'share', 'download', 'open-file', 'language', 'value-mean', 'value-mean-range']) {
      assert.ok(stops.includes(expected), `Tab skipped ${expected}: ${stops.join(', ')}`);
    }
    t.diagnostic(`${stops.length} stops to the trust slider`);

    // Arrow keys lower the trust cost: adoption rises (docs/model.md: a lower
    // cost never lowers adoption on the same seed).
    const trust = Number(await page.inputValue(id('cost-trust-mean')));
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    const after = await waitForResult(page, { differentFrom: before });
    assert.ok(after.adopters > before.adopters, `${after.adopters} > ${before.adopters}`);
    const moved = Number(await page.inputValue(id('cost-trust-mean')));
    assert.ok(moved < trust, `the number box follows the slider: ${moved} < ${trust}`);

    // A menu opens, is walked and closes by keyboard alone.
    await page.focus(id('language'));
    await page.keyboard.press('Enter');
    await page.locator(id('language-panel')).waitFor();
    await page.keyboard.press('Tab');
    stop = await focused(page);
    assert.ok(stop.ring, `menu item without focus ring: ${JSON.stringify(stop)}`);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'language');
    assert.equal(await page.locator(id('language-panel')).isHidden(), true);

    // A chart's data table opens from the keyboard.
    await page.focus(id('table-toggle-net-value'));
    await page.keyboard.press('Enter');
    await page.locator('#chart-net-value-table table').waitFor();
    assert.equal(await page.getAttribute(id('table-toggle-net-value'), 'aria-expanded'), 'true');
    await screenshot(page, `i18n-keyboard-${code}-1280x900`);

    // The skip link takes focus past the editor to the answer.
    await page.reload();
    await waitForResult(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'answer');
  });
}
