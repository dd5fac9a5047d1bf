// Grounding in data in compare mode: one count per variant with
// the effect of what differs fitted (as `worthit calibrate`), the plan
// card (as `worthit plan` and the two-proportion formula), the verdict's
// robustness (as `worthit compare`), and the strip cards' effect chips.

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
import { ALL_LEVELS, assertSameFit, compareWithGameplay, fitted, freshWorthit, pageFit, run, tempJson } from './calibrate-lib.mjs';

const env = setup();

test(
  'compare mode: the effect of what differs is fitted by default, the plan card, the robustness and the chips',
  { timeout: 600_000 },
  async (t) => {
    const page = await compareWithGameplay(env.browser);

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

    // The chips of B's first card edit the effects of its kind.
    const kind = await page.getAttribute(id('strip-b-0'), 'data-kind');
    await page.click(id('strip-b-0-effects'));
    assert.equal(await page.getAttribute(id('strip-b-0-effects'), 'aria-expanded'), 'true');
    await page.fill(id('strip-b-0-effect-value'), '1.7');
    await page.press(id('strip-b-0-effect-value'), 'Tab');
    await page.waitForSelector(id('strip-b-0-effect-reset'));
    const edited = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
    assert.equal(edited.b.product.screenshot_effects[kind].value, 1.7);
    assert.equal(edited.a.product.screenshot_effects?.[kind], undefined, 'A keeps the built-in effects');
    // A clarity change of 100% or more would make clarity zero: named, not applied.
    await page.fill(id('strip-b-0-effect-clarity'), '120');
    await page.press(id('strip-b-0-effect-clarity'), 'Tab');
    assert.match(
      await page.innerText(id('strip-b-0-effect-error')),
      new RegExp(`product\\.screenshot_effects\\.${kind}\\.clarity`),
    );
    await axeCheck(page, { ...ALL_LEVELS, include: id('strip-b') });
    await page.click(id('strip-b-0-effect-reset'));
    await page.waitForSelector(id('strip-b-0-effect-reset'), { state: 'detached' });
    await assertNoPanic(page);
  },
);
