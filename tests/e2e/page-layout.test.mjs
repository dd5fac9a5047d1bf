// The page's own parts at phone and desktop width: no sideways scrolling
// with the menus, the share panel or an alert open, and no serious or
// critical axe violations in those states.

import { test } from 'node:test';
import { assertNoHorizontalScroll, axeCheck, openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';

const env = setup();

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  const size = `${viewport.width}x${viewport.height}`;

  test(`menus and panels fit at ${size} and pass axe`, async () => {
    const page = await openPage(env.browser, '/#s=broken', viewport);
    await waitForResult(page);
    await page.locator('[role="alert"]').waitFor();

    await page.click(id('presets'));
    await page.locator(id('presets-panel')).waitFor();
    await assertNoHorizontalScroll(page);
    await screenshot(page, `presets-open-${size}`);
    await axeCheck(page);
    await page.keyboard.press('Escape');

    await page.click(id('download'));
    await assertNoHorizontalScroll(page);
    await axeCheck(page);
    await page.keyboard.press('Escape');

    await page.click(id('share'));
    await page.locator(id('share-link')).waitFor();
    await assertNoHorizontalScroll(page);
    await axeCheck(page);
    await page.keyboard.press('Escape');

    await page.click(id('table-toggle-net-value'));
    await assertNoHorizontalScroll(page);
    await axeCheck(page);
    await screenshot(page, `page-full-${size}`, { fullPage: true });
  });
}
