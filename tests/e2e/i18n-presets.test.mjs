// Every word in the class's language (issue 16): a bundled preset opened in
// Korean reads in Korean (exercise, segment and product names in the
// headline, the charts and the editor), while a name the user typed stays
// as typed in every language. The words come from the translation files
// (preset-<id>-<field> keys), so the test reads them there.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeCheck, openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';
import { ALL_LEVELS, FTL } from './i18n-lib.mjs';

const env = setup();
const PRESET = 'finance-modest-claim';
const ko = (field) => FTL.ko.get(`preset-${PRESET}-${field}`);

test('a preset opened in Korean shows Korean preset, segment and exercise texts', async () => {
  const page = await openPage(env.browser, `/?preset=${PRESET}&lang=ko`, { width: 1280, height: 900 });
  await waitForResult(page, { timeout: 30_000 });
  await page.waitForSelector('[data-testid="chart-segments"] svg', { timeout: 30_000 });
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  // The headline names the product; the segments chart and its legend the
  // segments; the editor's fields show the same names.
  assert.ok((await page.innerText('.headline-eyebrow')).includes(ko('product')));
  const segments = await page.innerHTML('[data-testid="chart-segments"] svg');
  assert.ok(segments.includes(ko('segment-0')), 'Korean segment name in the chart');
  assert.ok(!segments.includes('Cautious savers'), 'no English segment name in the chart');
  const choices = await page.innerHTML('[data-testid="chart-choices"] svg');
  assert.ok(choices.includes(ko('alternative-0')), 'Korean alternative in the choices chart');
  assert.equal(await page.inputValue(id('product-name')), ko('product'));

  // The exercise the preset offers, then the exercise itself.
  assert.ok((await page.innerText(id('exercise'))).includes(ko('exercise-title')));
  await page.click(id('exercise-start'));
  await page.waitForSelector('[data-testid="exercise"][data-active="true"]');
  assert.equal((await page.innerText(id('exercise-title'))).trim(), ko('exercise-title'));
  assert.ok((await page.innerText('.exercise__instructions')).includes(ko('exercise-instructions')));
  assert.ok((await page.innerText(id('exercise-goal'))).includes(ko('segment-0')), 'the goal names the Korean segment');
  await page.click(id('exercise-hint-toggle'));
  assert.equal((await page.innerText(id('exercise-hint'))).trim(), ko('exercise-hint'));
  await screenshot(page, 'i18n-presets-ko-1280x900');
  await axeCheck(page, ALL_LEVELS);

  // The share link still carries the preset's own (English) words: the
  // translation is for display only.
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#s=/);
});

test("a name the user typed stays as typed when the language changes", async () => {
  const page = await openPage(env.browser, `/?preset=${PRESET}&lang=ko`, { width: 1280, height: 900 });
  const before = await waitForResult(page, { timeout: 30_000 });
  await page.fill(id('product-name'), 'Piggy Bank Pro');
  await page.press(id('product-name'), 'Enter');
  await page.waitForFunction(() => document.querySelector('.headline-eyebrow')?.innerText.includes('Piggy Bank Pro'));
  // Switch to Simplified Chinese in place: the typed name stays, the other
  // preset names follow the language.
  await page.click(id('language'));
  await page.click(`${id('language-panel')} [data-item="zh-CN"]`);
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await waitForResult(page, { differentFrom: before, timeout: 30_000 }).catch(() => {});
  assert.ok((await page.innerText('.headline-eyebrow')).includes('Piggy Bank Pro'));
  assert.equal(await page.inputValue(id('product-name')), 'Piggy Bank Pro');
  await page.waitForSelector('[data-testid="chart-choices"] svg');
  const choices = await page.innerHTML('[data-testid="chart-choices"] svg');
  assert.ok(choices.includes('Piggy Bank Pro'));
  assert.ok(choices.includes(FTL['zh-CN'].get(`preset-${PRESET}-alternative-0`)));
});
