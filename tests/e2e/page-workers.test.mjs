// e2e: alone (several workers on the machine's cores; run.mjs runs this
// file by itself so it does not share them with another browser).
// A big run's answer pass spread over helper workers (src/agent/pool/)
// gives exactly the numbers of one worker: the results JSON (counts,
// histogram, sums, what-ifs) is the same with `?workers=1` and with
// `?workers=4` (the page's worker and three helpers, more than this
// 2-core machine has, so blocks finish out of order), and the page says
// how many workers computed the answer in `<html data-workers>`. Then the
// same in a frame sandboxed without allow-same-origin (origin null) under
// the strict policy of docs/embedding.md, where the helpers start from a
// `blob:` URL too.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForResult } from './helpers.mjs';
import { assertNoPanic, downloadFromMenu, downloadText, openScenarioFile } from './page-lib.mjs';
import {
  assertNoViolations,
  openHostPage,
  setupEmbed,
  startEmbedCspServer,
  watchViolations,
  worthitFrame,
} from './embed-lib.mjs';

const env = setupEmbed();
// 1,500,000 people: 23 blocks of 65,536, above the page's threshold for
// helpers (500,000), with segments, an alternative and what-ifs.
const PEOPLE = 1_500_000;

function scenario(seed) {
  return {
    schema: 1,
    title: 'Workers: the same numbers on several cores',
    seed,
    users: PEOPLE,
    product: {
      name: 'Ours',
      value: { dist: 'normal', mean: 5.0, sd: 1.5 },
      costs: {
        money: { dist: 'lognormal', mean: 1.0, sd: 2.0 },
        time: { dist: 'lognormal', mean: 1.5, sd: 0.6 },
        trust: { dist: 'normal', mean: 0.8, sd: 0.4 },
      },
    },
    alternatives: [{ name: 'Rival', value: { dist: 'normal', mean: 5.5, sd: 1.0 } }],
    segments: [
      { name: 'Casual', share: 0.7, weights: { value: 1.0, time: 1.3 }, skepticism: 0.3 },
      { name: 'Core', share: 0.3, weights: { value: 1.2, time: 0.8 }, skepticism: 0.6 },
    ],
    decision: { rule: 'beat_alternatives' },
  };
}

const workersShown = (page) => page.evaluate(() => document.documentElement.dataset.workers);

/**
 * Opens the page with `?workers=n`, runs a warm-up big run (the helpers
 * start lazily on the first), then the measured scenario to the end of
 * its what-ifs; returns the results JSON (without its time) and the
 * workers that computed the answer.
 */
async function resultsWith(n) {
  const page = await openPage(env.browser, `/?workers=${n}`, { acceptDownloads: true });
  await waitForResult(page);
  // One person fewer than the measured run, so that run's wait below (for
  // a headline of PEOPLE people) cannot be met by this one's headline.
  await openScenarioFile(page, { ...scenario(1), users: PEOPLE - 1 }, { name: 'warm.json' });
  // Its what-ifs too: the helpers have had time to start.
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 120_000 });
  const shown = await openScenarioFile(page, scenario(2), { name: 'measured.json', users: PEOPLE });
  const workers = await workersShown(page);
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 120_000 });
  const results = JSON.parse(await downloadText(await downloadFromMenu(page, 'results-json')));
  await assertNoPanic(page);
  await page.context().close();
  delete results.elapsed_ms;
  return { shown, workers, results };
}

test('a big run gives the same results on 1 and on 4 workers', { timeout: 600_000 }, async (t) => {
  const one = await resultsWith(1);
  const four = await resultsWith(4);
  t.diagnostic(`1 worker: ${one.shown.adopters}/${one.shown.users}; ${four.workers} workers: ${four.shown.adopters}/${four.shown.users}`);
  assert.equal(one.workers, '1');
  // Warm helpers each get blocks at once and every block given out comes
  // back before the answer, so normally all four computed some; on a
  // loaded machine a helper may still be starting, so only "several" is
  // asserted (blocks of different workers were merged).
  assert.ok(Number(four.workers) >= 2, `${four.workers} workers computed the answer`);
  assert.equal(one.results.users, PEOPLE);
  assert.ok(one.results.sensitivity?.length > 0, 'the what-ifs are in the results');
  assert.equal(four.shown.adopters, one.shown.adopters);
  assert.deepEqual(four.results, one.results);
});

test('a small run stays in one worker', { timeout: 120_000 }, async () => {
  const page = await openPage(env.browser, '/?workers=4');
  await waitForResult(page);
  const small = { ...scenario(3), users: 200_000 };
  await openScenarioFile(page, small, { name: 'small.json' });
  assert.equal(await workersShown(page), '1');
  await page.context().close();
});

test('helpers start in a sandboxed frame (origin null) under the strict policy', { timeout: 300_000 }, async (t) => {
  const csp = await startEmbedCspServer(env);
  try {
    const json = JSON.stringify(scenario(2));
    const reference = await openPage(env.browser, `/?workers=1&embed=1#scenario=${encodeURIComponent(json)}`);
    const expected = await waitForResult(reference, { timeout: 120_000 });
    await reference.context().close();

    // A 3,000,000-person run gives the helpers time to start while the
    // frame's worker computes the first blocks itself.
    const big = JSON.stringify({ ...scenario(2), users: 2 * PEOPLE });
    const src = `${csp.url}/?embed=1&workers=3&host=${encodeURIComponent(env.host.url)}`;
    const frames = [
      ['pooled', `${src}#scenario=${encodeURIComponent(json)}`],
      ['big', `${src}#scenario=${encodeURIComponent(big)}`],
    ];
    const body = frames
      .map(([name, url]) => `<iframe title="worthit ${name}" name="${name}" sandbox="allow-scripts" width="800" height="600" src="${url}"></iframe>`)
      .join('');
    const host = await openHostPage(env, 'workers-host.html', body, { width: 900, height: 1300 });
    await watchViolations(host.context());
    await host.reload();
    const shown = {};
    for (const [name] of frames) {
      const frame = await worthitFrame(host, `iframe[name="${name}"]`);
      const element = await frame.waitForSelector('[data-testid="adoption-share"][data-adopters]', { timeout: 120_000 });
      shown[name] = {
        adopters: Number(await element.getAttribute('data-adopters')),
        users: Number(await element.getAttribute('data-users')),
        workers: await frame.evaluate(() => document.documentElement.dataset.workers),
      };
    }
    t.diagnostic(`sandboxed: ${JSON.stringify(shown)}; one worker: ${expected.adopters}/${expected.users}`);
    assert.equal(shown.pooled.users, PEOPLE);
    assert.equal(shown.pooled.adopters, expected.adopters);
    assert.equal(shown.big.users, 2 * PEOPLE);
    assert.ok(Number(shown.big.workers) >= 2, `helpers computed blocks of the big run in the frame (${shown.big.workers} workers)`);
    await assertNoViolations(csp, [host]);
  } finally {
    await csp.close();
  }
});
