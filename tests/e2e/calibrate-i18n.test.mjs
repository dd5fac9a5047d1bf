// Grounding in data in every language: the panel's words and
// its problem messages come from the translation files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoHorizontalScroll,
  axeCheck,
  openPage,
  raceErrors,
  screenshot,
  setup,
  waitForResult,
} from './helpers.mjs';
import { assertNoPanic, downloadFromMenu, downloadText, id } from './page-lib.mjs';
import { ALL_LEVELS, assertSameFit, fitted, freshWorthit, pageFit, run, tempJson } from './calibrate-lib.mjs';

const env = setup();

test('every language: the panel, its problems and the plan card speak it', { timeout: 300_000 }, async () => {
  const { FTL, LANGS } = await import('./i18n-lib.mjs');
  for (const code of LANGS) {
    const page = await openPage(env.browser, `/?lang=${code}`, { width: 1280, height: 900 });
    await waitForResult(page);
    assert.equal((await page.innerText('#data-title')).trim(), FTL[code].get('data-title'));
    assert.equal((await page.innerText(id('calibrate-run'))).trim(), FTL[code].get('data-run'));
    await page.fill(id('data-users-0'), '10');
    await page.fill(id('data-adopters-0'), '11');
    await page.click(id('calibrate-run'));
    await page.waitForSelector(id('data-problems'));
    const expected = FTL[code].get('data-problem-over').replace(/\{\s*\$field\s*\}/, 'calibration.observed[0].adopters');
    assert.ok(
      (await page.innerText(id('data-problems'))).includes(expected),
      `${code}: ${expected}`,
    );
    await axeCheck(page, { ...ALL_LEVELS, include: id('data-panel') });
    await screenshot(page, `calibrate-${code}-problems-1280x900`);
    await page.close();
  }
});

test('Korean: what differed for an arm that is not a JSON object is named in Korean, details included', { timeout: 120_000 }, async () => {
  const { FTL } = await import('./i18n-lib.mjs');
  const ko = FTL.ko;
  const page = await openPage(env.browser, '/?lang=ko', { width: 1280, height: 900 });
  await waitForResult(page);
  await page.click(id('data-mode-arms'));
  await page.fill(id('data-users-0'), '6500');
  await page.fill(id('data-adopters-0'), '228');
  await page.fill(id('data-set-0'), '[1, 2]');
  await page.fill(id('data-users-1'), '6500');
  await page.fill(id('data-adopters-1'), '312');
  await page.click(id('calibrate-run'));
  await page.waitForSelector(id('data-problems'));
  // The engine's reason, put into Korean: "not an object: an array".
  const reason = ko
    .get('problem-not-an-object')
    .replace(/\{\s*\$found\s*\}/, ko.get('problem-type-array'));
  const expected = ko
    .get('data-problem-set')
    .replace(/\{\s*\$field\s*\}/, 'calibration.observed[0].set')
    .replace(/\{\s*\$reason\s*\}/, reason);
  const text = await page.innerText(id('data-problems'));
  assert.ok(text.includes(expected), `${text}\n---\n${expected}`);
  assert.doesNotMatch(text, /not an object|array/);
  await screenshot(page, 'calibrate-ko-set-problem-1280x900');
  await page.close();
});
