// Grounding in data: a past experiment's two arms, "what would
// it take?" (as `worthit solve`), and the panel and plan card on a phone.

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
