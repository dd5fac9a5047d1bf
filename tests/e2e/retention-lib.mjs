// Helpers shared by the retention, retention-data and time specs: the
// scenario the page runs, and waiting for the current scenario's run.

import { raceErrors, waitForResult } from './helpers.mjs';

/** The scenario the page runs: the one in its share link (`#s=`). */
export async function pageScenario(page) {
  return page.evaluate(async () => {
    const hash = location.hash.slice(3);
    const bytes = Uint8Array.from(atob(hash.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return JSON.parse(await new Response(stream).text());
  });
}

/**
 * Waits until the results on screen belong to the current scenario (the
 * headline is not marked stale) and their run is done, what-ifs included,
 * and `condition` (a JavaScript expression) holds; returns the result.
 */
export async function waitDone(page, condition = 'true') {
  const expression = `(() => {
    const status = document.querySelector('[data-testid="run-status"]');
    const headline = document.querySelector('.headline[data-run]');
    return !!(status && status.dataset.state === 'done' && headline &&
      !headline.classList.contains('stale') && (${condition}));
  })()`;
  await raceErrors(page, page.waitForFunction(expression, null, { timeout: 90_000 }));
  return waitForResult(page);
}

/** A condition for [`waitDone`]: the headline counts `n` people. */
export const usersAre = (n) => `document.querySelector('[data-testid="adoption-share"]').dataset.users === '${n}'`;
/** A condition for [`waitDone`]: retained adopters are shown. */
export const retainedShown = `document.querySelector('[data-testid="retained-share"]')`;
