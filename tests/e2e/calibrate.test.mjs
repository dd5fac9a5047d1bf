// Grounding in data, end to end; more in calibrate-compare,
// calibrate-variants, calibrate-more and calibrate-i18n (split so each file stays inside the
// runner's time limit):
//
// - "Your data" fits the value mean to one observed count in the worker;
//   each fitted input's data attributes equal `worthit calibrate --json`
//   on the same scenario and seed, exactly, as does the predictive check.
//   Applied as the baseline, the headline gains the interval with
//   parameter uncertainty, equal to `worthit run --json`'s `uncertainty`;
//   Undo puts the previous scenario back.
// - Bad input (adopters > users, a negative count, a fit path that does
//   not exist or is not a number) is named by field, nothing runs and the
//   scenario stays.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoHorizontalScroll,
  axeCheck,
  openPage,
  raceErrors,
  screenshot,
  setup,
  waitForResult,
} from './helpers.mjs';
import { assertNoPanic, downloadFromMenu, downloadText, id } from './page-lib.mjs';
import { ALL_LEVELS, assertSameFit, fitted, freshWorthit, pageFit, run, tempJson } from './calibrate-lib.mjs';

const env = setup();

test(
  'one observed count: the page fits the value mean exactly as worthit calibrate does, and applies it',
  { timeout: 600_000 },
  async (t) => {
    const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
    const first = await waitForResult(page);
    await page.locator(id('run-status') + '[data-state="done"]').waitFor();

    // Fewer adopters than the model predicts: the fit must move the mean
    // down from where the preset has it.
    const users = 6500;
    const adopters = Math.round((first.share / 100) * users * 0.8);
    await page.fill(id('data-users-0'), '6,500');
    await page.fill(id('data-adopters-0'), String(adopters));
    assert.ok(await page.isChecked(id('data-fit-product.value.mean')), 'the value mean is fitted by default');
    const started = Date.now();
    await page.click(id('calibrate-run'));
    const shown = await pageFit(page, ['product.value.mean']);
    t.diagnostic(`1-input fit on ${users} observed people: ${Date.now() - started} ms in the worker`);
    const [mean] = shown.fit;
    assert.ok(mean.ci95[0] < mean.estimate && mean.estimate < mean.ci95[1]);

    // The same scenario and block, by the command line.
    const scenario = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
    const before = scenario.product.value.mean;
    assert.ok(mean.estimate < before, `fewer adopters lower the value mean: ${mean.estimate} < ${before}`);
    scenario.calibration = {
      fit: ['product.value.mean'],
      observed: [{ users, adopters, set: {} }],
    };
    const worthit = await freshWorthit();
    const file = await tempJson('calibrate.json', scenario);
    const cli = JSON.parse((await run(worthit, ['calibrate', file, '--json'])).stdout);
    assertSameFit(shown, cli);
    assert.equal(shown.predicted[0].outside, false, 'one observation and one input: the model reproduces it');
    await page.waitForSelector(id('data-posterior-chart') + ' svg');
    await page.waitForSelector(id('data-check-chart') + ' svg');
    await page.locator(id('data-result')).scrollIntoViewIfNeeded();
    await screenshot(page, 'calibrate-fit-1280x900');
    await axeCheck(page, { ...ALL_LEVELS, include: id('data-panel') });

    // Applied: the page's scenario is the CLI's calibrated one, and the
    // headline shows the interval with parameter uncertainty, labelled,
    // as `worthit run` computes it.
    await page.click(id('calibrate-apply'));
    const after = await waitForResult(page, { differentFrom: first, timeout: 60_000 });
    await raceErrors(page, page.waitForSelector(id('headline-uncertainty'), { timeout: 300_000 }));
    const applied = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
    assert.equal(applied.product.value.mean, cli.scenario.product.value.mean);
    assert.deepEqual(applied.calibration.posterior, cli.scenario.calibration.posterior);
    const runFile = await tempJson('calibrated.json', cli.scenario);
    const results = JSON.parse((await run(worthit, ['run', runFile, '--json'])).stdout);
    assert.equal(after.adopters, results.adoption.adopters, 'page and CLI count the same adopters');
    const u = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="headline-uncertainty"]');
      return { lo: Number(el.dataset.lo), hi: Number(el.dataset.hi), text: el.textContent };
    });
    assert.equal(u.lo, results.uncertainty.adoption_ci95[0]);
    assert.equal(u.hi, results.uncertainty.adoption_ci95[1]);
    assert.match(u.text, /parameter uncertainty/);
    t.diagnostic(`headline: ${after.text}; ${u.text}`);
    await screenshot(page, 'calibrate-applied-1280x900');

    // The what-if card lists each row's effect with the fitted inputs'
    // uncertainty, labelled, and the intervals are the CLI's.
    await raceErrors(page, page.waitForSelector(id('what-if-extra') + '[data-covers="parameters_and_monte_carlo"]', { timeout: 300_000 }));
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="what-if-extra-"]')]
        .filter((el) => el.dataset.lo)
        .map((el) => ({ input: el.dataset.testid.slice('what-if-extra-'.length), lo: Number(el.dataset.lo), hi: Number(el.dataset.hi) })),
    );
    assert.ok(rows.length > 0, 'rows with intervals');
    for (const row of rows) {
      const w = results.uncertainty.what_ifs.find((x) => x.input === row.input);
      assert.ok(w, `the CLI has ${row.input}`);
      assert.equal(row.lo, w.change_ci95[0]);
      assert.equal(row.hi, w.change_ci95[1]);
    }
    assert.equal(await page.getAttribute(id('what-if-extra'), 'data-draws'), String(results.uncertainty.draws));
    assert.match(await page.innerText(id('what-if-extra')), /fitted inputs' uncertainty/);
    await page.locator(id('what-if-extra')).scrollIntoViewIfNeeded();
    await screenshot(page, 'calibrate-what-if-intervals-1280x900');

    // Undo: the preset's scenario again, without the interval.
    await page.click(id('calibrate-undo'));
    const undone = await waitForResult(page, { differentFrom: after, timeout: 60_000 });
    assert.equal(undone.adopters, first.adopters);
    await page.waitForSelector(id('headline-uncertainty'), { state: 'detached' });
  },
);

test('bad input is named by its field, nothing runs and the scenario stays', async () => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  const first = await waitForResult(page);
  const fields = async () => (await page.getAttribute(id('data-problems'), 'data-fields')).split(' ');

  await page.fill(id('data-users-0'), '100');
  await page.fill(id('data-adopters-0'), '120');
  await page.click(id('calibrate-run'));
  await page.waitForSelector(id('data-problems'));
  assert.deepEqual(await fields(), ['calibration.observed[0].adopters']);
  assert.match(await page.innerText(id('data-problems')), /calibration\.observed\[0\]\.adopters: there cannot be more adopters/);
  assert.equal(await page.getAttribute(id('data-adopters-0'), 'aria-invalid'), 'true');

  await page.fill(id('data-users-0'), '-5');
  await page.fill(id('data-adopters-0'), '1');
  await page.click(id('calibrate-run'));
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="data-problems"]')?.dataset.fields === 'calibration.observed[0].users');
  assert.match(await page.innerText(id('data-problems')), /cannot be negative/);

  // A path that does not exist and one that is not a number.
  await page.fill(id('data-users-0'), '6500');
  await page.fill(id('data-adopters-0'), '200');
  await page.fill(id('data-fit-other'), 'product.nosuch.mean');
  await page.click(id('data-fit-add'));
  await page.fill(id('data-fit-other'), 'product.name');
  await page.click(id('data-fit-add'));
  await page.click(id('calibrate-run'));
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="data-problems"]')?.dataset.fields === 'calibration.fit[1] calibration.fit[2]');
  const text = await page.innerText(id('data-problems'));
  assert.match(text, /calibration\.fit\[1\]: the scenario has no input by this path/);
  assert.match(text, /calibration\.fit\[2\]: this input is not a number/);

  // Nothing ran, and the scenario is the one before.
  assert.equal(await page.getAttribute(id('data-status'), 'data-state'), 'idle');
  assert.equal((await waitForResult(page)).adopters, first.adopters);
  await assertNoPanic(page);
  await axeCheck(page, { ...ALL_LEVELS, include: id('data-panel') });
});
