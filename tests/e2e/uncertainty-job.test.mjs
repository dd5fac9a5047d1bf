// e2e: the interval with parameter uncertainty is a job of many runs (one
// per posterior draw, then the what-if passes), in a worker of its own. It
// is done a draw at a time: the headline's waiting line shows how far it
// is, and an edit of the calibrated scenario while it works ends the older
// job between draws (the worker's `run_pass`) rather than after all of
// them. Whatever happened in between, the interval finally shown is the
// one `worthit run --json` computes for the edited scenario, exactly.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, raceErrors, screenshot, setup, waitForResult } from './helpers.mjs';
import { assertNoPanic, downloadFromMenu, downloadText, id, openScenarioFile } from './page-lib.mjs';
import { freshWorthit, run, tempJson } from './calibrate-lib.mjs';

const env = setup();

/** Posterior draws of the value mean: enough that a job takes seconds. */
const DRAWS = 150;

test('the uncertainty job shows its progress, and after an edit the interval is the edited scenario\'s', { timeout: 600_000 }, async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  const scenario = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
  const mean = scenario.product.value.mean;
  scenario.users = 100_000;
  scenario.calibration = {
    fit: ['product.value.mean'],
    observed: [{ users: 6500, adopters: 3000, set: {} }],
    posterior: {
      inputs: ['product.value.mean'],
      draws: Array.from({ length: DRAWS }, (_, i) => [Number((mean + 0.3 * Math.sin(i * 1.7)).toFixed(6))]),
    },
  };
  const first = await openScenarioFile(page, scenario, { name: 'calibrated.json' });

  // Working: the waiting line carries a progress bar over the job's steps
  // (every draw, the own values, the what-if passes).
  const bar = page.locator(id('headline-uncertainty-progress'));
  await raceErrors(page, bar.waitFor({ timeout: 120_000 }));
  const [value, max] = [Number(await bar.getAttribute('value')), Number(await bar.getAttribute('max'))];
  t.diagnostic(`progress seen at ${value} of ${max} steps`);
  await screenshot(page, 'uncertainty-progress-1280x900');
  assert.ok(max > DRAWS, `the steps include every draw: ${max}`);
  assert.ok(value >= 0 && value < max, `${value} of ${max}`);
  assert.equal(await bar.getAttribute('aria-label'), await page.locator(id('headline-uncertainty-waiting')).evaluate(
    (el) => el.firstChild.textContent.trim(),
  ), 'the bar is named by the line it sits in');

  // An edit while the job works: a cost's slider (every posterior draw
  // sets the value mean, so a cost moves every draw's share).
  const cost = await page.evaluate(() => {
    const slider = document.querySelector('[data-testid^="cost-"][data-testid$="-mean-range"]');
    slider.value = String(Number(slider.value) + 0.5);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    return slider.dataset.testid.slice('cost-'.length, -'-mean-range'.length);
  });
  const edited = await waitForResult(page, { differentFrom: first, timeout: 120_000 });

  // The interval shown at the end is the edited scenario's, as the command
  // line computes it.
  await raceErrors(
    page,
    page.waitForSelector(`${id('headline-uncertainty')}:not(.stale)`, { timeout: 300_000 }),
  );
  const shown = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
  assert.notDeepEqual(shown.product.costs[cost], scenario.product.costs[cost], `the slider moved the ${cost} cost`);
  const worthit = await freshWorthit();
  const cli = JSON.parse((await run(worthit, ['run', await tempJson('edited.json', shown), '--json'])).stdout);
  assert.equal(edited.adopters, cli.adoption.adopters);
  const u = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="headline-uncertainty"]');
    return { lo: Number(el.dataset.lo), hi: Number(el.dataset.hi), draws: Number(el.dataset.draws) };
  });
  assert.deepEqual(u, {
    lo: cli.uncertainty.adoption_ci95[0],
    hi: cli.uncertainty.adoption_ci95[1],
    draws: DRAWS,
  });
  assert.equal(await bar.count(), 0, 'no progress bar once the answer is in');
  await assertNoPanic(page);
});

test('a posterior draw the scenario refuses: the line says why instead of working for ever', { timeout: 300_000 }, async () => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  const scenario = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
  scenario.calibration = {
    fit: ['product.value.sd'],
    observed: [{ users: 6500, adopters: 3000, set: {} }],
    posterior: { inputs: ['product.value.sd'], draws: [[1.0], [-1.0], [1.5]] },
  };
  const opened = await openScenarioFile(page, scenario, { name: 'bad-draw.json' });
  const line = page.locator(id('headline-uncertainty-failed'));
  await raceErrors(page, line.waitFor({ timeout: 120_000 }));
  const text = await line.innerText();
  assert.match(text, /could not be worked out/);
  assert.match(text, /draws\[1\]\.product\.value\.sd/, text);
  assert.equal(await page.locator(id('headline-uncertainty-waiting')).count(), 0);
  // The page's own result stands.
  assert.equal(
    await page.getAttribute('[data-testid="adoption-share"]', 'data-adopters'),
    String(opened.adopters),
  );
  await assertNoPanic(page);
});
