// What the language and accessibility specs share: the translation files
// read as plain key = value pairs, the page's visible texts, and the
// focused element with whether its focus ring shows.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoHorizontalScroll, axeCheck, openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { ROOT, id } from './page-lib.mjs';

export const LANGS = ['en', 'zh-CN', 'zh-TW', 'ko'];
/** axe at every impact level: no violations at all, in every language. */
export const ALL_LEVELS = { failOn: ['minor', 'moderate', 'serious', 'critical'] };

/**
 * The one-line messages of a translation file, by key. Multi-line
 * messages (plural selectors) are skipped; the tests only need simple
 * labels.
 */
export function messages(code) {
  const text = readFileSync(join(ROOT, 'www', 'locales', `${code}.ftl`), 'utf8');
  const out = new Map();
  for (const line of text.split('\n')) {
    const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (match) out.set(match[1], match[2].trim());
  }
  return out;
}

export const FTL = Object.fromEntries(LANGS.map((code) => [code, messages(code)]));

/**
 * English labels that a page in `code` must not show: every one-line
 * English message without variables whose translation differs, at least
 * three letters long (so "OK"-like words and symbols do not count).
 */
export function englishOnly(code) {
  const en = FTL.en;
  const other = FTL[code];
  const out = new Set();
  for (const [key, value] of en) {
    if (value.includes('{') || !/[A-Za-z]{3}/.test(value)) continue;
    if (other.get(key) === value) continue;
    out.add(value);
  }
  return out;
}

/** Every piece of text on the page a person or a screen reader meets. */
export async function pageTexts(page) {
  return page.evaluate(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, noscript')) continue;
      const text = node.textContent.trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value.trim());
      }
    }
    texts.push(document.title);
    return texts;
  });
}

/** What has focus, and whether a focus ring can be seen on it. */
export function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      (style.boxShadow && style.boxShadow !== 'none');
    const box = element.getBoundingClientRect();
    return {
      testid: element.dataset.testid ?? null,
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type'),
      name: element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 40),
      ring,
      visible: box.width > 0 && box.height > 0,
      inViewport: box.bottom > 0 && box.top < innerHeight,
    };
  });
}

/**
 * Registers the tests of one language: the page from `?lang=<code>` at
 * 1280×900 (words from the translation files, nothing left in English, a
 * screenshot, axe clean at every level with a data table and the menus
 * open) and, with `phone`, at 390×844 (no sideways scrolling, the
 * language menu open). One spec file per language keeps each file well
 * inside the runner's time limit: axe over seven charts takes seconds.
 */
export function languageTests(code, { phone = false } = {}) {
  const env = setup();
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
    await axeCheck(page, { ...ALL_LEVELS, include: id('language-panel') });
    await page.keyboard.press('Escape');
    await page.click(id('presets'));
    await page.locator(id('presets-panel')).waitFor();
    await axeCheck(page, { ...ALL_LEVELS, include: id('presets-panel') });
  });

  if (phone) {
    test(`the ${code} page fits a phone`, async () => {
      const page = await openPage(env.browser, `/?lang=${code}`, { width: 390, height: 844 });
      await waitForResult(page);
      await assertNoHorizontalScroll(page);
      await screenshot(page, `i18n-${code}-390x844`);
      await page.click(id('language'));
      await page.locator(id('language-panel')).waitFor();
      await assertNoHorizontalScroll(page);
      await screenshot(page, `i18n-${code}-menu-390x844`);
      await axeCheck(page, { ...ALL_LEVELS, include: id('language-panel') });
    });
  }
}
