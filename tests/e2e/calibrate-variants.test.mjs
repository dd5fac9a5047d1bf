// Grounding in data in compare mode: one count per variant, the
// effect of what differs fitted by default, exactly as `worthit calibrate`.

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
  'compare mode: one count per variant, the effect of what differs is fitted as worthit calibrate fits it',
  { timeout: 600_000 },
  async (t) => {
    const page = await compareWithGameplay(env.browser);

    const plan = await page.evaluate(() => ({
      pa: Number(document.querySelector('[data-testid="compare-a-share"]').dataset.share),
      pb: Number(document.querySelector('[data-testid="compare-b-share"]').dataset.share),
    }));
    const doc = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
    const worthit = await freshWorthit();
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

    // Applied, the comparison is calibrated: "Plan the test" adds the
    // power averaged over the posterior (assurance), labelled, equal to
    // `worthit plan`'s on the same comparison.
    await page.click(id('calibrate-apply'));
    await raceErrors(page, page.waitForSelector(id('plan-assurance'), { timeout: 300_000 }));
    await page.fill(id('plan-visitors'), '6500');
    await page.selectOption(id('plan-confidence'), '0.9');
    const shownAssurance = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="plan-assurance"]');
      return {
        assurance: Number(el.dataset.assurance),
        visitors: el.dataset.visitors,
        covers: el.dataset.covers,
        draws: Number(el.dataset.draws),
        text: el.textContent,
      };
    });
    assert.match(shownAssurance.covers, /^parameters/);
    assert.match(shownAssurance.text, /averaged over \d+ (posterior )?draws of the fitted inputs/);
    const calibratedDoc = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
    assert.ok(calibratedDoc.a.calibration?.posterior, 'A carries the posterior');
    const cliPlan = JSON.parse(
      (await run(worthit, ['plan', await tempJson('ab-calibrated.json', calibratedDoc), '--visitors', '6500', '--json'])).stdout,
    );
    assert.equal(shownAssurance.draws, cliPlan.assurance.draws);
    assert.equal(shownAssurance.assurance, cliPlan.assurance.power, 'page and worthit plan: assurance');
    assert.equal(shownAssurance.visitors === '' ? null : Number(shownAssurance.visitors), cliPlan.assurance.visitors_for_power);
    t.diagnostic(shownAssurance.text);
    await page.locator(id('plan-assurance')).scrollIntoViewIfNeeded();
    await screenshot(page, 'calibrate-compare-assurance-1280x900');

  },
);
