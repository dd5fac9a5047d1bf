// Watching the build's prerendered first result (crates/prerender) from the
// very start of a page: an init script samples the block and the page's own
// headline on every DOM change and every animation frame, so a block shown
// for a single frame is seen.

import { watchErrors } from './helpers.mjs';

/**
 * Runs in the page before any of its scripts (Playwright init script).
 * `window.__prerender` collects: `shownAt` (first time the block was
 * visible), `snapshot` (the block's texts while visible), `resultAt` (first
 * time the page's own result was visible), `both` (samples with the block
 * and the page's result visible together), `placeholderAfter` (samples
 * where the page's "––.–%" placeholder was visible after the block had
 * been), `classSeen` (`html.prerendered` was ever set).
 */
function sampler({ mutations }) {
  const seen = {
    shownAt: null,
    snapshot: null,
    resultAt: null,
    both: 0,
    placeholderAfter: 0,
    classSeen: false,
    samples: 0,
  };
  window.__prerender = seen;
  const visible = (element) => {
    if (!element || !element.isConnected) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.display !== 'none' && element.getClientRects().length > 0;
  };
  const text = (block, selector) => block.querySelector(selector)?.textContent.trim() ?? null;
  const look = () => {
    seen.samples++;
    if (document.documentElement.classList.contains('prerendered')) seen.classSeen = true;
    const block = document.getElementById('prerender');
    const blockShown = !!block && !block.hidden && visible(block);
    if (blockShown) {
      seen.shownAt ??= performance.now();
      const share = block.querySelector('[data-testid="prerender-share"]');
      seen.snapshot = {
        eyebrow: text(block, '.headline-eyebrow'),
        share: share?.textContent.trim() ?? null,
        adopters: share?.getAttribute('data-adopters') ?? null,
        users: share?.getAttribute('data-users') ?? null,
        seed: share?.getAttribute('data-seed') ?? null,
        ci: text(block, '.headline-ci'),
        detail: text(block, '.headline-detail'),
        why: text(block, '[data-testid="prerender-why"]'),
        chartTitle: text(block, '#prerender-chart-title'),
      };
    }
    const result = document.querySelector('[data-testid="adoption-share"][data-adopters]');
    const resultShown = visible(result);
    if (resultShown) seen.resultAt ??= performance.now();
    if (blockShown && resultShown) seen.both++;
    if (seen.shownAt !== null && visible(document.querySelector('.headline-share.placeholder'))) seen.placeholderAfter++;
  };
  if (mutations) {
    new MutationObserver(look).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['hidden', 'class'],
    });
  }
  const frame = () => {
    look();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Opens `url` in a fresh context with the sampler installed (and `before`,
 * a function run in the page before its scripts, e.g. to fill storage).
 * Returns `{ context, page }`; the caller closes the context.
 */
export async function openWatched(browser, url, { before, mutations = true, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  if (before) await context.addInitScript(before);
  await context.addInitScript(sampler, { mutations });
  const page = await context.newPage();
  watchErrors(page);
  await page.goto(url);
  return { context, page };
}

/** What the sampler has seen so far. */
export function seen(page) {
  return page.evaluate(() => window.__prerender);
}
