// Every language renders from `?lang=` with nothing left in English and no
// axe violation at any level (menus open, a data table shown), and fits a
// phone. Languages are chosen as docs/translating.md describes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoHorizontalScroll, axeCheck, openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';
import { ALL_LEVELS, FTL, LANGS, englishOnly, pageTexts } from './i18n-lib.mjs';

const env = setup();

for (const code of LANGS) {
  test(`the page speaks ${code} from ?lang= and passes axe at every level`, async (t) => {
    const page = await openPage(env.browser, `/?lang=${code}`, { width: 1280, height: 900 });
    const result = await waitForResult(page);
    await page.locator(id('run-status') + '[data-state="done"]').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), code);
    assert.equal((await page.textContent('#editor-title')).trim(), FTL[code].get('app-scenario-title'));
    assert.match(await page.innerText(id('presets')), new RegExp(FTL[code].get('header-presets')));
    assert.equal(
      (await page.innerText(id('run-status'))).trim(),
      FTL[code].get('status-done'),
    );
    // The language menu names the current language in itself.
    assert.ok((await page.innerText(id('language'))).includes(
      { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', ko: '한국어' }[code],
    ));

    await screenshot(page, `i18n-${code}-1280x900`);

    // A data table open, so its headers are checked too.
    await page.click(id('table-toggle-barriers'));
    await page.locator('#chart-barriers-table table').waitFor();

    if (code !== 'en') {
      const english = englishOnly(code);
      const left = (await pageTexts(page)).filter((text) => english.has(text));
      assert.deepEqual(left, [], `English left on the ${code} page`);
    }
    t.diagnostic(`${code}: ${result.text}`);
    await axeCheck(page, ALL_LEVELS);

    // The menus' panels too.
    await page.click(id('language'));
    await page.locator(id('language-panel')).waitFor();
    await axeCheck(page, ALL_LEVELS);
    await page.keyboard.press('Escape');
    await page.click(id('presets'));
    await page.locator(id('presets-panel')).waitFor();
    await axeCheck(page, ALL_LEVELS);
  });
}

for (const code of ['zh-CN', 'ko']) {
  test(`the ${code} page fits a phone`, async () => {
    const page = await openPage(env.browser, `/?lang=${code}`, { width: 390, height: 844 });
    await waitForResult(page);
    await assertNoHorizontalScroll(page);
    await screenshot(page, `i18n-${code}-390x844`);
    await page.click(id('language'));
    await page.locator(id('language-panel')).waitFor();
    await assertNoHorizontalScroll(page);
    await screenshot(page, `i18n-${code}-menu-390x844`);
    await axeCheck(page, ALL_LEVELS);
  });
}
