// The page's controls move the answer: a slider dragged by the mouse re-runs
// continuously (the charts follow the hand), a preset switches everything,
// and the numbers are exactly those of the `worthit` command line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, raceErrors, screenshot, setup, waitForResult } from './helpers.mjs';
import { assertNoPanic, choosePreset, id, setNumber, shownRun, worthitRun } from './page-lib.mjs';

const env = setup();

test('dragging a slider re-runs as the hand moves', async (t) => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  const runBefore = await shownRun(page);

  // Count every result the headline shows while the mouse drags the value
  // slider from left to right over about a second.
  await page.evaluate(() => {
    window.__runsSeen = new Set();
    const headline = document.querySelector('.headline');
    new MutationObserver(() => {
      const run = document.querySelector('.headline[data-run]')?.getAttribute('data-run');
      if (run) window.__runsSeen.add(run);
    }).observe(headline.parentElement, { subtree: true, attributes: true, childList: true });
  });
  const slider = page.locator(id('value-mean-range'));
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.35, y);
  await page.mouse.down();
  for (let i = 0; i <= 20; i++) {
    await page.mouse.move(box.x + box.width * (0.35 + (0.5 * i) / 20), y);
    await page.waitForTimeout(50);
  }
  await page.mouse.up();
  const after = await waitForResult(page, { differentFrom: before });
  // Let the last run land, then count.
  await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')?.dataset.state === 'done', null, {
    timeout: 30_000,
  }).catch(() => {});
  const seen = await page.evaluate(() => window.__runsSeen.size);
  t.diagnostic(`${seen} results shown during a one-second drag; now "${after.text}"`);
  // More value, more adopters (same seed, same people).
  assert.ok(after.adopters > before.adopters, `${after.adopters} > ${before.adopters}`);
  assert.ok(seen >= 3, `the charts followed the hand: ${seen} intermediate results`);
  assert.ok((await shownRun(page)) > runBefore + 2);
  await assertNoPanic(page);
});

test('switching preset changes the numbers, the title and the menu mark', async (t) => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  await page.click(id('presets'));
  const panel = page.locator(id('presets-panel'));
  await panel.waitFor();
  // Each preset shows its lesson.
  const descriptions = await panel.locator('.menu-item-description').allInnerTexts();
  assert.ok(descriptions.length >= 6, `${descriptions.length} presets`);
  assert.ok(descriptions.every((d) => d.length > 40), 'every preset has a description');
  assert.equal(await panel.locator('[aria-current="true"]').getAttribute('data-item'), 'game-character-art');
  await screenshot(page, 'presets-menu-1280x900');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });

  await choosePreset(page, 'finance-extreme-claim');
  const after = await waitForResult(page, { differentFrom: before });
  t.diagnostic(`game: ${before.text}; finance, extreme claim: ${after.text}`);
  assert.notEqual(after.adopters, before.adopters);
  assert.match(await page.innerText('.column-subtitle'), /[Ff]inance/);
  await page.click(id('presets'));
  assert.equal(
    await page.locator(`${id('presets-panel')} [aria-current="true"]`).getAttribute('data-item'),
    'finance-extreme-claim',
  );
  await page.keyboard.press('Escape');

  // An edit means the scenario is no longer the preset.
  await setNumber(page, 'seed', 1234);
  await waitForResult(page, { differentFrom: after });
  await page.click(id('presets'));
  assert.equal(await page.locator(`${id('presets-panel')} [aria-current="true"]`).count(), 0);
});

test('the page shows exactly the adopters `worthit run` prints', async (t) => {
  const page = await openPage(env.browser, '/');
  await waitForResult(page);
  for (const [presetId, seed, users] of [
    ['game-character-art', null, null],
    ['paid-tool-vs-free-leader', 12345, 54321],
  ]) {
    const previous = await waitForResult(page);
    await choosePreset(page, presetId);
    if (seed !== null) {
      await setNumber(page, 'seed', seed);
      await setNumber(page, 'users', users);
    }
    await page.waitForFunction(
      (want) => {
        const el = document.querySelector('[data-testid="adoption-share"][data-adopters]');
        return el && (want === null || el.getAttribute('data-users') === String(want)) &&
          document.querySelector('[data-testid="run-status"]').dataset.state === 'done';
      },
      users,
      { timeout: 60_000 },
    );
    const shown = await waitForResult(page);
    if (seed === null && presetId === 'game-character-art') assert.equal(shown.adopters, previous.adopters);
    // The scenario the page ran is the one in its share link.
    const scenario = await page.evaluate(async () => {
      const text = await (async () => {
        const hash = location.hash.slice(3);
        const bytes = Uint8Array.from(atob(hash.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
        const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
        return new Response(stream).text();
      })();
      return JSON.parse(text);
    });
    const cli = await raceErrors(page, Promise.resolve(worthitRun(scenario)));
    t.diagnostic(`${presetId}: page ${shown.adopters}/${shown.users}, worthit run ${cli.adoption.adopters}/${cli.users}`);
    assert.equal(shown.adopters, cli.adoption.adopters);
    assert.equal(shown.users, cli.users);
  }
});
