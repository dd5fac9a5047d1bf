// Languages other than English are not compiled into the WebAssembly: the
// page fetches `locales/<code>.ftl` before its first render in that
// language (or before the menu switches to it). These tests watch those
// requests: English needs none, the first render is already translated
// (never English first), a language is fetched once, and a missing or
// bogus file leaves a working English page instead of keys.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';
import { FTL } from './i18n-lib.mjs';

const env = setup();

/** Opens `path` with the page's requests for translation files recorded. */
async function openWatched(path, { route, ...options } = {}) {
  // The English page first (it fetches nothing), so the route and the
  // listener are in place before the real navigation.
  const page = await openPage(env.browser, '/?lang=en', options);
  const base = page.url();
  const fetched = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.ftl')) fetched.push(new URL(request.url()).pathname);
  });
  if (route) await page.route('**/locales/*.ftl', route);
  // The editor's title as first rendered: a page that rendered English
  // first and then switched would show it here.
  await page.addInitScript(() => {
    window.__firstTitle = null;
    new MutationObserver((_, observer) => {
      const title = document.querySelector('#editor-title');
      if (title) {
        window.__firstTitle = title.textContent.trim();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(new URL(path, base).href);
  return { page, fetched };
}

test('English is compiled in: no translation file is fetched', async () => {
  const { page, fetched } = await openWatched('/?lang=en');
  await waitForResult(page);
  assert.deepEqual(fetched, []);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
});

test('another language is fetched once, before the first render', async () => {
  const { page, fetched } = await openWatched('/?lang=ko');
  await waitForResult(page);
  assert.deepEqual(fetched, ['/locales/ko.ftl']);
  assert.equal(await page.evaluate(() => window.__firstTitle), FTL.ko.get('app-scenario-title'), 'the first render is Korean');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');

  // The menu fetches a new language before switching to it, and a language
  // fetched once is not fetched again.
  await page.click(id('language'));
  await page.click(`${id('language-panel')} [data-item="zh-TW"]`);
  await page.waitForFunction(() => document.documentElement.lang === 'zh-TW');
  assert.equal((await page.innerText('.headline-verb')).trim(), FTL['zh-TW'].get('headline-verb'));
  await page.click(id('language'));
  await page.click(`${id('language-panel')} [data-item="ko"]`);
  await page.waitForFunction(() => document.documentElement.lang === 'ko');
  await page.click(id('language'));
  await page.click(`${id('language-panel')} [data-item="en"]`);
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(fetched, ['/locales/ko.ftl', '/locales/zh-TW.ftl']);
  assert.equal((await page.innerText('.headline-verb')).trim(), FTL.en.get('headline-verb'));
});

for (const [what, route] of [
  ['missing', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })],
  ['the page itself', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><div id="app"></div>' })],
  ['unreachable', (r) => r.abort('failed')],
]) {
  test(`a translation file that is ${what} leaves a working English page`, async () => {
    const { page, fetched } = await openWatched('/?lang=zh-CN', {
      route,
      // The browser reports the failed request itself as a console error.
      allowConsole: [/Failed to load resource/],
    });
    const result = await waitForResult(page);
    assert.ok(result.users > 0);
    assert.deepEqual(fetched, ['/locales/zh-CN.ftl']);
    assert.equal(await page.evaluate(() => window.__firstTitle), FTL.en.get('app-scenario-title'));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal((await page.innerText('.headline-verb')).trim(), FTL.en.get('headline-verb'));
  });
}
