// Grounding in data (issue 12), end to end:
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
// - Compare mode: one count per variant, the default fit adds the effect
//   of the screenshot kind that differs, and the fit equals the CLI's;
//   the plan card equals `worthit plan` and the two-proportion formula;
//   the effect chips on a strip card edit `product.screenshot_effects`;
//   the caveat sits beside the verdict.
// - Screenshots at 1280×900 and 390×844, axe at every level.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertNoHorizontalScroll,
  axeCheck,
  openPage,
  raceErrors,
  screenshot,
  setup,
  waitForResult,
} from './helpers.mjs';
import { ROOT, assertNoPanic, downloadFromMenu, downloadText, id } from './page-lib.mjs';

const env = setup();
const ALL_LEVELS = { failOn: ['minor', 'moderate', 'serious', 'critical'] };
const run = (command, args, options = {}) =>
  promisify(execFile)(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });

/** The `worthit` binary built from the current sources (see lab.test.mjs). */
async function freshWorthit() {
  const { stdout } = await run(
    'cargo',
    ['build', '--quiet', '-p', 'worthit-cli', '--bin', 'worthit', '--message-format=json'],
    { cwd: ROOT },
  );
  const exe = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .filter((m) => m.reason === 'compiler-artifact' && m.executable)
    .map((m) => m.executable)
    .find((path) => /worthit$/.test(path));
  assert.ok(exe && existsSync(exe), 'cargo built the worthit binary');
  return exe;
}

/** Writes `json` to a temporary file and returns its path. */
async function tempJson(name, json) {
  const dir = await mkdtemp(join(tmpdir(), 'worthit-cal-'));
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(json));
  return file;
}

/** A selector for the element of a fitted input. */
const fitted = (path) => id(`calibrated-${path}`);

/** Waits for the panel's fit to be done and returns what it shows. */
async function pageFit(page, paths, { timeout = 240_000 } = {}) {
  await raceErrors(
    page,
    page.waitForSelector(`${id('data-status')}[data-state="done"]`, { timeout }),
  );
  for (const p of paths) await page.waitForSelector(fitted(p));
  return page.evaluate((paths) => {
    const fit = paths.map((p) => {
      const el = document.querySelector(`[data-testid="calibrated-${p}"]`);
      return {
        input: p,
        estimate: Number(el.dataset.estimate),
        ci95: [Number(el.dataset.ciLow), Number(el.dataset.ciHigh)],
      };
    });
    const predicted = [...document.querySelectorAll('[data-testid^="data-predicted-"]')].map((el) => ({
      share: Number(el.dataset.share),
      ci95: [Number(el.dataset.ciLow), Number(el.dataset.ciHigh)],
      outside: el.dataset.outside === 'true',
    }));
    return { fit, predicted };
  }, paths);
}

/** Asserts the page's fit equals the CLI's, number for number. */
function assertSameFit(shown, cli) {
  assert.equal(shown.fit.length, cli.fit.length);
  for (const [i, f] of shown.fit.entries()) {
    assert.equal(f.input, cli.fit[i].input);
    assert.equal(f.estimate, cli.fit[i].estimate, `${f.input}: page and CLI estimate`);
    assert.deepEqual(f.ci95, cli.fit[i].ci95, `${f.input}: page and CLI interval`);
  }
  assert.equal(shown.predicted.length, cli.predicted.length);
  for (const [i, p] of shown.predicted.entries()) {
    assert.equal(p.share, cli.predicted[i].share, `observation ${i + 1}: predicted share`);
    assert.deepEqual(p.ci95, cli.predicted[i].ci95, `observation ${i + 1}: predictive interval`);
  }
}

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

test('a past experiment\'s two arms: what differed goes into each observation', { timeout: 600_000 }, async () => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  await page.click(id('data-mode-arms'));
  assert.equal(await page.getAttribute(id('data-panel'), 'data-mode'), 'arms');
  // A bad "what differed" is named.
  await page.fill(id('data-users-0'), '6500');
  await page.fill(id('data-adopters-0'), '228');
  await page.fill(id('data-set-0'), '[1, 2]');
  await page.fill(id('data-users-1'), '6500');
  await page.fill(id('data-adopters-1'), '312');
  await page.click(id('calibrate-run'));
  await page.waitForSelector(id('data-problems'));
  assert.equal(await page.getAttribute(id('data-problems'), 'data-fields'), 'calibration.observed[0].set');

  const set = { 'product.screenshots': ['gameplay', 'gameplay', 'progression'] };
  await page.fill(id('data-set-0'), JSON.stringify(set));
  await page.click(id('calibrate-run'));
  const shown = await pageFit(page, ['product.value.mean']);
  const scenario = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
  scenario.calibration = {
    fit: ['product.value.mean'],
    observed: [
      { users: 6500, adopters: 228, set },
      { users: 6500, adopters: 312, set: {} },
    ],
  };
  const cli = JSON.parse((await run(await freshWorthit(), ['calibrate', await tempJson('arms.json', scenario), '--json'])).stdout);
  assertSameFit(shown, cli);
});

test(
  'compare mode: one count per variant, the effect of what differs is fitted, the plan card and the chips',
  { timeout: 600_000 },
  async (t) => {
    const page = await openPage(env.browser, '/?compare=1', { width: 1280, height: 900 });
    await page.waitForSelector(`${id('verdict')}[data-state="done"]`, { timeout: 60_000 });
    // B shows gameplay where A shows its first screenshot.
    await page.click(id('strip-b-0-remove'));
    await page.selectOption(id('strip-b-kind'), 'gameplay');
    await page.click(id('strip-b-add'));
    await page.waitForSelector(`${id('verdict')}[data-state="done"][data-stale="false"]`, { timeout: 60_000 });
    assert.equal(await page.getAttribute(id('data-panel'), 'data-mode'), 'variants');
    assert.ok(await page.isChecked(id('data-fit-product.value.mean')));
    assert.ok(
      await page.isChecked(id('data-fit-product.screenshot_effects.gameplay.value')),
      'the effect of the kind B adds is fitted by default',
    );
    // The caveat beside the verdict names the kinds on built-in effects.
    const kinds = (await page.getAttribute(id('verdict-caveat'), 'data-kinds')).split(' ');
    assert.ok(kinds.includes('gameplay'), kinds.join(' '));

    // The plan card: the engine's numbers on the verdict's shares, as
    // `worthit plan` prints them, and as the formula says.
    await page.fill(id('plan-visitors'), '6500');
    await page.selectOption(id('plan-confidence'), '0.9');
    const plan = await page.evaluate(() => {
      const get = (t) => document.querySelector(`[data-testid="${t}"]`);
      return {
        pa: Number(get('compare-a-share').dataset.share),
        pb: Number(get('compare-b-share').dataset.share),
        power: Number(get('plan-power').dataset.power),
        needed: get('plan-needed').dataset.visitors,
        mde: get('plan-mde').dataset.mde,
      };
    });
    const doc = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
    const docFile = await tempJson('ab.json', doc);
    const worthit = await freshWorthit();
    const cliPlan = JSON.parse((await run(worthit, ['plan', docFile, '--visitors', '6500', '--json'])).stdout).plan;
    assert.equal(plan.power, cliPlan.power, 'page and worthit plan: power');
    assert.equal(plan.needed === '' ? null : Number(plan.needed), cliPlan.visitors_for_power);
    assert.equal(plan.mde === '' ? null : Number(plan.mde), cliPlan.mde);
    // The two-proportion power, z = Φ⁻¹(0.95) = 1.6448536269514722, with
    // an erf good to 1.5e-7 (Abramowitz and Stegun 7.1.26).
    const phi = (x) => {
      const s = Math.sign(x);
      const z = Math.abs(x) / Math.SQRT2;
      const k = 1 / (1 + 0.3275911 * z);
      const erf = 1 - ((((1.061405429 * k - 1.453152027) * k + 1.421413741) * k - 0.284496736) * k + 0.254829592) * k * Math.exp(-z * z);
      return 0.5 * (1 + s * erf);
    };
    const n = 6500;
    const pbar = (plan.pa + plan.pb) / 2;
    const formula = phi(
      (Math.abs(plan.pb - plan.pa) - 1.6448536269514722 * Math.sqrt((2 * pbar * (1 - pbar)) / n)) /
        Math.sqrt((plan.pa * (1 - plan.pa) + plan.pb * (1 - plan.pb)) / n),
    );
    assert.ok(Math.abs(plan.power - formula) < 1e-6, `power ${plan.power} vs formula ${formula}`);
    t.diagnostic(`A ${plan.pa}, B ${plan.pb}: power ${plan.power} at 6,500 a variant, ${plan.needed} needed`);

    // The verdict's robustness to the illustrative effects, as
    // `worthit compare` computes it (the same draws and people).
    await raceErrors(page, page.waitForSelector(id('verdict-robust'), { timeout: 120_000 }));
    const robust = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="verdict-robust"]');
      return { wins: Number(el.dataset.bWins), lo: Number(el.dataset.lo), hi: Number(el.dataset.hi), text: el.textContent };
    });
    const cliCompare = JSON.parse((await run(worthit, ['compare', docFile, '--json'])).stdout);
    assert.equal(robust.wins, cliCompare.comparison.robustness.b_wins_share);
    assert.deepEqual([robust.lo, robust.hi], cliCompare.comparison.robustness.lift_ci95);
    assert.match(robust.text, /B wins in \d+% of plausible effect sizes/);
    t.diagnostic(robust.text);

    // Counts for A and B, fitted together.
    await page.fill(id('data-users-0'), '6500');
    await page.fill(id('data-adopters-0'), String(Math.round(plan.pa * 6500 * 0.9)));
    await page.fill(id('data-users-1'), '6500');
    await page.fill(id('data-adopters-1'), String(Math.round(plan.pb * 6500 * 0.95)));
    await page.click(id('calibrate-run'));
    const paths = ['product.value.mean', 'product.screenshot_effects.gameplay.value'];
    const shown = await pageFit(page, paths);
    const scenario = structuredClone(doc.a);
    scenario.calibration = {
      fit: paths,
      observed: [
        {
          users: 6500,
          adopters: Math.round(plan.pa * 6500 * 0.9),
          set: { 'product.screenshots': doc.a.product.screenshots },
        },
        {
          users: 6500,
          adopters: Math.round(plan.pb * 6500 * 0.95),
          set: { 'product.screenshots': doc.b.product.screenshots },
        },
      ],
    };
    const cli = JSON.parse((await run(worthit, ['calibrate', await tempJson('variants.json', scenario), '--json'])).stdout);
    assertSameFit(shown, cli);
    await screenshot(page, 'calibrate-compare-1280x900', { fullPage: true });
    await axeCheck(page, { ...ALL_LEVELS, include: id('compare-mode') });

    // The chips of B's first card edit gameplay's effects.
    await page.click(id('strip-b-0-effects'));
    assert.equal(await page.getAttribute(id('strip-b-0-effects'), 'aria-expanded'), 'true');
    await page.fill(id('strip-b-0-effect-value'), '1.7');
    await page.press(id('strip-b-0-effect-value'), 'Tab');
    await page.waitForSelector(id('strip-b-0-effect-reset'));
    const edited = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
    assert.equal(edited.b.product.screenshot_effects.gameplay.value, 1.7);
    // A clarity change of 100% or more would make clarity zero: named, not applied.
    await page.fill(id('strip-b-0-effect-clarity'), '120');
    await page.press(id('strip-b-0-effect-clarity'), 'Tab');
    assert.match(
      await page.innerText(id('strip-b-0-effect-error')),
      /product\.screenshot_effects\.gameplay\.clarity/,
    );
    await axeCheck(page, { ...ALL_LEVELS, include: id('strip-b') });
    await page.click(id('strip-b-0-effect-reset'));
    await page.waitForSelector(id('strip-b-0-effect-reset'), { state: 'detached' });
    await assertNoPanic(page);
  },
);

test('the panel and the plan card fit a phone', { timeout: 300_000 }, async () => {
  const page = await openPage(env.browser, '/', { width: 390, height: 844 });
  await waitForResult(page);
  await page.fill(id('data-users-0'), '6500');
  await page.fill(id('data-adopters-0'), '900');
  await page.click(id('calibrate-run'));
  await pageFit(page, ['product.value.mean']);
  await page.locator(id('data-panel')).scrollIntoViewIfNeeded();
  await assertNoHorizontalScroll(page);
  await screenshot(page, 'calibrate-fit-390x844');
  await page.locator(id('solve')).scrollIntoViewIfNeeded();
  await page.click(`${id('solve')} summary`);
  await assertNoHorizontalScroll(page);
  await screenshot(page, 'calibrate-solve-390x844');

  const compare = await openPage(env.browser, '/?compare=1', { width: 390, height: 844 });
  await compare.waitForSelector(`${id('verdict')}[data-state="done"]`, { timeout: 60_000 });
  await compare.locator(id('plan-card')).scrollIntoViewIfNeeded();
  await assertNoHorizontalScroll(compare);
  await screenshot(compare, 'calibrate-plan-390x844');
  await axeCheck(compare, { ...ALL_LEVELS, include: id('plan-card') });
});

test('what would it take: the solve equals worthit solve, applies, and says when a target is out of reach', { timeout: 300_000 }, async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  const first = await waitForResult(page);
  await page.click(`${id('solve')} summary`);
  await page.selectOption(id('solve-input'), 'product.value.mean');
  await page.fill(id('solve-target'), '40');
  await page.click(id('solve-run'));
  await raceErrors(page, page.waitForSelector(id('solve-result'), { timeout: 120_000 }));
  const value = Number(await page.getAttribute(id('solve-result'), 'data-value'));
  const share = Number(await page.getAttribute(id('solve-result'), 'data-share'));
  const scenario = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
  const file = await tempJson('solve.json', scenario);
  const worthit = await freshWorthit();
  const cli = JSON.parse(
    (await run(worthit, ['solve', file, '--input', 'product.value.mean', '--target', '0.4', '--json'])).stdout,
  ).solve;
  assert.equal(value, cli.value, 'page and worthit solve: the same value');
  assert.equal(share, cli.adoption_share);
  t.diagnostic(`value mean ${cli.current_value} → ${value} for ${share} (was ${first.share}%)`);
  await screenshot(page, 'calibrate-solve-1280x900');
  await axeCheck(page, { ...ALL_LEVELS, include: id('solve') });

  // Applied: the run on the same people adopts exactly the solved share.
  await page.click(id('solve-apply'));
  const after = await waitForResult(page, { differentFrom: first, timeout: 60_000 });
  assert.equal(after.adopters / after.users, share);

  // Out of reach: said in words, nothing applied.
  await page.selectOption(id('solve-input'), 'product.costs.time.mean');
  await page.fill(id('solve-target'), '99');
  await page.click(id('solve-run'));
  await raceErrors(page, page.waitForSelector(id('solve-unreachable'), { timeout: 120_000 }));
  assert.match(await page.innerText(id('solve-unreachable')), /No value of .* brings adoption to 99\.0%/);
  // A target that is not a share is named.
  await page.fill(id('solve-target'), '140');
  await page.click(id('solve-run'));
  assert.match(await page.innerText(id('solve-problem')), /solve\.target/);
});

test('every language: the panel, its problems and the plan card speak it', { timeout: 300_000 }, async () => {
  const { FTL, LANGS } = await import('./i18n-lib.mjs');
  for (const code of LANGS) {
    const page = await openPage(env.browser, `/?lang=${code}`, { width: 1280, height: 900 });
    await waitForResult(page);
    assert.equal((await page.innerText('#data-title')).trim(), FTL[code].get('data-title'));
    assert.equal((await page.innerText(id('calibrate-run'))).trim(), FTL[code].get('data-run'));
    await page.fill(id('data-users-0'), '10');
    await page.fill(id('data-adopters-0'), '11');
    await page.click(id('calibrate-run'));
    await page.waitForSelector(id('data-problems'));
    const expected = FTL[code].get('data-problem-over').replace(/\{\s*\$field\s*\}/, 'calibration.observed[0].adopters');
    assert.ok(
      (await page.innerText(id('data-problems'))).includes(expected),
      `${code}: ${expected}`,
    );
    await axeCheck(page, { ...ALL_LEVELS, include: id('data-panel') });
    await screenshot(page, `calibrate-${code}-problems-1280x900`);
    await page.close();
  }
});
