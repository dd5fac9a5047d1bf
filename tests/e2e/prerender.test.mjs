// The build's prerendered first result (crates/prerender): on the default
// page it is shown at once and says exactly what the page then computes;
// wherever the page will show something else (another language, a share
// link, a stored scenario, an embed) it is never visible, not for a frame.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPageErrors, screenshot, setup, waitForResult } from './helpers.mjs';
import { HAND_WRITTEN as SCENARIO } from './page-lib.mjs';
import { openWatched, seen } from './prerender-lib.mjs';

const env = setup();

/** The page's own headline, in the block's terms. */
async function pageHeadline(page) {
  return page.evaluate(() => {
    const text = (selector) => document.querySelector(selector)?.textContent.trim() ?? null;
    const share = document.querySelector('[data-testid="adoption-share"]');
    return {
      eyebrow: text('.headline-eyebrow'),
      share: share.textContent.trim(),
      adopters: share.getAttribute('data-adopters'),
      users: share.getAttribute('data-users'),
      seed: share.getAttribute('data-seed'),
      ci: text('.headline .headline-ci'),
      detail: text('.headline-detail'),
      why: text('[data-testid="summary"] li'),
      chartTitle: text('[data-testid="chart-net-value"] h3'),
    };
  });
}

test('the default page shows the prerendered result first, and it is the page own result', async (t) => {
  const { context, page } = await openWatched(env.browser, env.url('/'));
  try {
    await page.waitForFunction(() => window.__prerender.shownAt !== null);
    await screenshot(page, 'prerender-1280x900');
    await waitForResult(page);
    // The page takes over in the same frame as its result.
    await page.waitForFunction(() => !document.getElementById('prerender'));
    const watched = await seen(page);
    const own = await pageHeadline(page);
    t.diagnostic(`prerender shown at ${Math.round(watched.shownAt)} ms, the page's result at ${Math.round(watched.resultAt)} ms`);
    assert.deepEqual(watched.snapshot, own, 'the prerendered block says what the page computes');
    assert.ok(watched.shownAt < watched.resultAt, 'the block came first');
    assert.equal(watched.both, 0, 'never two headlines at once');
    assert.equal(watched.placeholderAfter, 0, 'never the placeholder after the number');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('prerendered')), false);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});

test('a later visit that stored the default scenario still gets the block', async () => {
  const { context, page } = await openWatched(env.browser, env.url('/'));
  try {
    await waitForResult(page);
    // The page stores the scenario when its run completes.
    await page.waitForFunction(() => localStorage.getItem('worthit.scenario.v1') !== null);
    const stored = await page.evaluate(() => localStorage.getItem('worthit.scenario.v1'));
    // A new visit to the bare address (the same storage).
    const again = await context.newPage();
    await again.goto(env.url('/'));
    await again.waitForFunction(() => window.__prerender.shownAt !== null);
    assert.equal(await again.evaluate(() => localStorage.getItem('worthit.scenario.v1')), stored);
    await waitForResult(again);
  } finally {
    await context.close();
  }
});


// Each case must show something other than the default page in English,
// so the block must never be visible. The sampler watches every DOM change
// and every frame from before the first byte of HTML is parsed.
const HIDDEN_CASES = [
  { name: 'another language by ?lang=', url: '/?lang=ko' },
  { name: 'English asked for by ?lang= (any query)', url: '/?lang=en' },
  { name: 'a share link', url: `/#scenario=${encodeURIComponent(JSON.stringify(SCENARIO))}` },
  { name: 'an embed', url: '/?embed=1' },
  { name: 'the browser in Korean', url: '/', options: { locale: 'ko-KR' } },
  {
    name: 'a stored language choice',
    url: '/',
    options: { before: () => localStorage.setItem('worthit.lang', 'zh-TW') },
  },
  {
    name: 'a stored scenario of another visit',
    url: '/',
    options: {
      before: (scenario) => localStorage.setItem('worthit.scenario.v1', scenario),
      arg: JSON.stringify(SCENARIO),
    },
  },
];

for (const { name, url, options = {} } of HIDDEN_CASES) {
  test(`never visible with ${name}`, async () => {
    const { arg, before, ...rest } = options;
    const { context, page } = await openWatched(env.browser, env.url(url), {
      ...rest,
      before: before && (arg === undefined ? before : { content: `(${before})(${JSON.stringify(arg)})` }),
    });
    try {
      const result = await waitForResult(page);
      const watched = await seen(page);
      assert.ok(watched.samples > 0, 'the sampler ran');
      assert.equal(watched.shownAt, null, `the prerendered block was visible at ${watched.shownAt} ms`);
      assert.equal(watched.classSeen, false, 'html.prerendered was set');
      // The script removes the block it will not show.
      assert.equal(await page.locator('#prerender').count(), 0);
      if (url.includes('#scenario=') || options.arg) assert.equal(result.users, 20000);
      assertNoPageErrors(page);
    } finally {
      await context.close();
    }
  });
}

test('while the WebAssembly is on its way, the block reads headline first at phone width', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    // The WebAssembly never arrives: the block is all there is to see.
    await page.route('**/*.wasm', () => {});
    await page.goto(env.url('/'), { waitUntil: 'domcontentloaded' });
    const share = page.locator('[data-testid="prerender-share"]');
    await share.waitFor({ state: 'visible' });
    await screenshot(page, 'prerender-390x844');
    const chart = await page.locator('[data-testid="prerender-chart"]').boundingBox();
    const headline = await share.boundingBox();
    assert.ok(headline.y < chart.y, `the headline (y ${headline.y}) comes before the chart (y ${chart.y})`);
    // The page's own boot screen is out of sight meanwhile.
    assert.equal(await page.locator('.boot').isVisible(), false);
  } finally {
    await context.close();
  }
});

test('never visible in a frame, even on the bare address', async () => {
  // A host page framing the bare address: the page inside may be driven
  // by its host, so the block must not show there. (The host is served
  // on the page's own origin: Chromium blocks a frame from a public
  // about:blank page to 127.0.0.1.)
  const host = env.url('/frame-host.html');
  const { context, page } = await openWatched(env.browser, 'about:blank');
  try {
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>host</title><iframe src="${env.url('/')}" width="800" height="600"></iframe>`,
      }),
    );
    await page.goto(host);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.waitForSelector('[data-testid="adoption-share"][data-adopters]', { timeout: 20_000 });
    const watched = await frame.evaluate(() => window.__prerender);
    assert.ok(watched.samples > 0, 'the sampler ran in the frame');
    assert.equal(watched.shownAt, null, `the prerendered block was visible at ${watched.shownAt} ms`);
    assert.equal(await frame.locator('#prerender').count(), 0);
    assertNoPageErrors(page);
  } finally {
    await context.close();
  }
});
