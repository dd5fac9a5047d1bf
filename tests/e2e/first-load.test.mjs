// First load: the page opens, runs the default preset on its own and shows a
// coherent headline, at desktop and phone width, without errors, sideways
// scrolling or serious accessibility problems.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoHorizontalScroll,
  axeCheck,
  openPage,
  screenshot,
  setup,
  waitForResult,
} from './helpers.mjs';

const env = setup();

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const viewport of VIEWPORTS) {
  test(`first load at ${viewport.width}×${viewport.height} shows a result`, async (t) => {
    const page = await openPage(env.browser, '/', viewport);
    const result = await waitForResult(page);
    t.diagnostic(`first result ${Math.round(result.seenAtMs)} ms after navigation: "${result.text}"`);
    // Pictures first, so a failure below still leaves them to look at.
    await screenshot(page, `first-load-${viewport.width}x${viewport.height}`);
    await screenshot(page, `first-load-${viewport.width}x${viewport.height}-full`, { fullPage: true });

    assert.ok(result.users > 0, `data-users must be positive, got ${result.users}`);
    assert.ok(result.adopters <= result.users, `${result.adopters} adopters out of ${result.users} people`);
    assert.notEqual(result.share, null, `the headline "${result.text}" shows no percentage`);
    // The percentage must be the counts' share, up to the rounding of the
    // digits it shows (half a unit of its last digit).
    const digits = /(\d+)(?:[.,](\d+))?\s*%/.exec(result.text)[2]?.length ?? 0;
    const expected = (100 * result.adopters) / result.users;
    assert.ok(
      Math.abs(result.share - expected) <= 0.5 * 10 ** -digits + 1e-9,
      `the headline says ${result.share}% but the counts give ${expected.toFixed(4)}%`,
    );
    assert.equal(await page.locator('[data-testid="run-status"]').count(), 1, 'one run-status indicator');

    await assertNoHorizontalScroll(page);
    await axeCheck(page);
  });
}
