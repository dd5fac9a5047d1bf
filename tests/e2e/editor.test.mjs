// The scenario editor on the real page: typed values and keyboard-driven
// sliders re-run the simulation, an invalid value is refused with an inline
// message, items can be added, the decision rule switches, and the whole
// editor (every group open, shapes shown) is axe-clean and fits a phone.
// Test ids are listed at the top of src/editor/mod.rs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  SCREENSHOT_DIR,
  assertNoHorizontalScroll,
  axeCheck,
  openPage,
  screenshot,
  setup,
  waitForResult,
} from './helpers.mjs';

const env = setup();
const id = (testid) => `[data-testid="${testid}"]`;

test('a typed cost re-runs; an out-of-range value is refused inline', async (t) => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);

  // Raising a cost never raises adoption under the default preset's
  // beat-the-alternatives rule on the same seed (docs/model.md).
  await page.fill(id('cost-trust-mean'), '9');
  await page.press(id('cost-trust-mean'), 'Enter');
  const after = await waitForResult(page, { differentFrom: before });
  assert.ok(after.adopters < before.adopters, `${after.adopters} < ${before.adopters}`);
  t.diagnostic(`trust 9: ${after.text}`);

  // The address is rewritten at most every 300 ms while inputs change,
  // and at once when the run (what-ifs included) is complete
  // (src/persist.rs): read it then, not at the first answer.
  await page.locator(id('run-status') + '[data-state="done"]').waitFor();
  const hash = await page.evaluate(() => location.hash);
  await page.fill(id('value-mean'), '999');
  await page.press(id('value-mean'), 'Enter');
  const message = page.locator(id('value-mean-error'));
  await message.waitFor();
  assert.match(await message.innerText(), /from [−-]10 to 30/);
  assert.equal(await page.getAttribute(id('value-mean'), 'aria-invalid'), 'true');
  // Not applied: the scenario (kept in the hash) and the answer are unchanged.
  assert.equal(await page.evaluate(() => location.hash), hash);
  const unchanged = await waitForResult(page);
  assert.equal(unchanged.adopters, after.adopters);
});

test('keyboard alone drives a slider and the answer follows', async () => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  const mean = Number(await page.inputValue(id('cost-time-mean')));
  await page.focus(id('cost-time-mean-range'));
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  const after = await waitForResult(page, { differentFrom: before });
  assert.ok(after.adopters <= before.adopters, `${after.adopters} <= ${before.adopters}`);
  const moved = Number(await page.inputValue(id('cost-time-mean')));
  assert.ok(Math.abs(moved - (mean + 1)) < 1e-9, `the box follows the slider: ${moved}`);
});

test('adding a rival and switching to logit both re-run', async () => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  // The new alternative starts as a copy of the product, so some people
  // now pick it instead.
  await page.click(id('add-alternative'));
  const withRival = await waitForResult(page, { differentFrom: before });
  assert.ok(withRival.adopters < before.adopters, `${withRival.adopters} < ${before.adopters}`);
  assert.equal(await page.locator('details.ed-item[data-testid^="alt-"]').count(), 2);
  // The new one is open, with its contents; the folded one has only its name.
  assert.equal(await page.locator('[data-testid^="alt-"][data-testid$="-remove"]').count(), 1);

  await page.check(id('decision-logit'));
  await page.locator(id('temperature')).waitFor();
  const logit = await waitForResult(page, { differentFrom: withRival });
  assert.notEqual(logit.adopters, withRival.adopters);
});

test('a folded segment is built when a click opens it, and keeps its edit when closed', async () => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  assert.equal(await page.locator(id('segment-0-share')).count(), 0, 'folded: only its summary is built');
  const summary = page.locator(`${id('segment-0')} > summary`);
  await summary.click();
  await page.locator(id('segment-0-share')).waitFor();
  await page.fill(id('segment-0-share'), '0.9');
  await page.press(id('segment-0-share'), 'Enter');
  const after = await waitForResult(page, { differentFrom: before });
  assert.notEqual(after.adopters, before.adopters);
  await summary.click();
  assert.equal(await page.locator(`${id('segment-0')}[open]`).count(), 0, 'closed again');
  await summary.click();
  assert.equal(await page.inputValue(id('segment-0-share')), '0.9', 'the edit is still there');
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the whole editor at ${viewport.width} px: no sideways scroll, no axe violations`, async () => {
    const page = await openPage(env.browser, '/', viewport);
    await waitForResult(page);
    await page.check(id('advanced'));
    await page.click(id('add-segment'));
    await page.check(id('claim-on'));
    // Every fold open, and built: a fold's contents (folds of their own
    // among them) are made once it has opened (src/editor/fold.rs).
    await page.waitForFunction(() => {
      const folds = [...document.querySelectorAll('[data-testid="editor"] details')];
      folds.forEach((d) => (d.open = true));
      return folds.every((d) => d.children.length > 1);
    });
    await assertNoHorizontalScroll(page);
    // Every level, not only serious and critical: the editor is new code.
    await axeCheck(page, { include: id('editor'), failOn: ['minor', 'moderate', 'serious', 'critical'] });
    await page.locator(id('group-value')).scrollIntoViewIfNeeded();
    await screenshot(page, `editor-${viewport.name}`);
    // The whole editor as one picture, to look at every group at once.
    await page.locator(id('editor')).screenshot({ path: join(SCREENSHOT_DIR, `editor-full-${viewport.name}.png`) });
  });
}
