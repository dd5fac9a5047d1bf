// Switching languages: the language menu changes the words but not the
// numbers (no re-run, same scenario) and is remembered; `?lang=` follows
// the menu; the browser's language is the default; a finished run is
// announced politely in the page's language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeCheck, openPage, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';
import { ALL_LEVELS, FTL } from './i18n-lib.mjs';

const env = setup();

test('the language menu changes the words, not the numbers, and is remembered', async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900, locale: 'en-US' });
  const before = await waitForResult(page);
  await page.locator(id('run-status') + '[data-state="done"]').waitFor();
  const run = await page.getAttribute('.headline[data-run]', 'data-run');
  const hash = await page.evaluate(() => location.hash);
  const verb = (await page.innerText('.headline-verb')).trim();
  assert.equal(verb, FTL.en.get('headline-verb'));

  await page.click(id('language'));
  // How long the page takes to redraw itself in another language (the
  // whole page, charts included), from the click's event to the next frame.
  await page.evaluate(() => {
    window.__switchMs = new Promise((resolve) => {
      const item = document.querySelector('[data-testid="language-panel"] [data-item="ko"]');
      item.addEventListener('click', () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      }, { once: true, capture: true });
    });
  });
  await page.click(`${id('language-panel')} [data-item="ko"]`);
  await page.waitForFunction(() => document.documentElement.lang === 'ko');
  t.diagnostic(`switching to Korean took ${Math.round(await page.evaluate(() => window.__switchMs))} ms`);
  assert.equal((await page.innerText('.headline-verb')).trim(), FTL.ko.get('headline-verb'));
  // Same run, same people, same scenario: nothing was re-simulated.
  const after = await waitForResult(page);
  assert.equal(after.adopters, before.adopters);
  assert.equal(after.users, before.users);
  assert.equal(await page.getAttribute('.headline[data-run]', 'data-run'), run);
  assert.equal(await page.evaluate(() => location.hash), hash);
  // Focus returns to the menu's button, so a keyboard user is not lost.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'language');

  await page.reload();
  await waitForResult(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'ko', 'the choice is remembered');
  await axeCheck(page, ALL_LEVELS);
});

test('?lang= in the address follows the menu, so a reload keeps the choice', async () => {
  const page = await openPage(env.browser, '/?lang=zh-CN', { width: 1280, height: 900 });
  await waitForResult(page);
  await page.click(id('language'));
  await page.click(`${id('language-panel')} [data-item="zh-TW"]`);
  await page.waitForFunction(() => document.documentElement.lang === 'zh-TW');
  assert.match(await page.evaluate(() => location.search), /lang=zh-TW/);
  assert.match(await page.evaluate(() => location.hash), /^#s=/, 'the scenario stays in the hash');
});

test("the browser's language is the default", async () => {
  for (const [locale, expected] of [
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-CN', 'zh-CN'],
    ['ko-KR', 'ko'],
    ['fr-FR', 'en'],
  ]) {
    const page = await openPage(env.browser, '/', { width: 1280, height: 900, locale });
    await waitForResult(page);
    assert.equal(await page.getAttribute('html', 'lang'), expected, locale);
    await page.context().close();
  }
  // ?lang= wins over the browser's language.
  const page = await openPage(env.browser, '/?lang=en', { width: 1280, height: 900, locale: 'ko-KR' });
  await waitForResult(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
});

test('a finished run is announced politely, in the page language', async () => {
  const page = await openPage(env.browser, '/?lang=zh-CN', { width: 1280, height: 900 });
  const result = await waitForResult(page);
  const region = page.locator(id('run-announcement'));
  assert.equal(await region.getAttribute('role'), 'status');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.textContent.trim().length > 0,
    id('run-announcement'),
  );
  const said = (await region.innerText()).trim();
  const share = result.text.match(/\d+(?:\.\d+)?%/)[0];
  assert.ok(said.includes(share), `"${said}" names ${share}`);
  assert.ok(said.includes(result.users.toLocaleString('en-US')), `"${said}" names the people`);
  assert.ok(!/Finished/.test(said), `"${said}" is in Chinese`);
});
