// Who stays on the real page. The art and gameplay presets of
// the installs-vs-users pair show retained adopters beside adoption in the
// headline, the drop-off card, the retention chart with its data table
// and the summary sentence that names the larger loss; every number equals
// `worthit run --json` on the same scenario. The editor's Retention group
// switches the block on and off and edits it; compare mode shows the
// retained-adopters lift beside the installs lift, equal to `worthit
// compare --json`. The editor also edits the costs of use and how closely
// experience follows the impression (the "Your data" panel with retained
// adopters is in retention-data.test.mjs). Once in Korean. Screenshots at desktop and phone width,
// axe-clean, no sideways scrolling.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
import { assertNoPanic, choosePreset, id, setNumber, worthitBinary, worthitRun } from './page-lib.mjs';
import { pageScenario, waitDone, retainedShown, usersAre } from './retention-lib.mjs';

const env = setup();
const USERS = 20000;

/** Retained adopters and the drop-off card as the page holds them. */
function retained(page) {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid="retained-share"]');
    const d = document.querySelector('[data-testid="dropoff"]');
    return {
      retained: Number(r.dataset.retained),
      share: Number(r.dataset.share),
      periods: Number(r.dataset.periods),
      text: r.innerText,
      dropoff: { ...d.dataset },
      verdict: document.querySelector('[data-testid="dropoff-verdict"]').innerText,
    };
  });
}

/** Opens preset `presetId` with fewer people and checks it against the CLI. */
async function presetAgainstCli(t, page, presetId) {
  await choosePreset(page, presetId);
  await setNumber(page, 'users', USERS);
  const result = await waitDone(page, `${usersAre(USERS)} && ${retainedShown}`);
  const shown = await retained(page);
  const scenario = await pageScenario(page);
  assert.ok(scenario.retention, `${presetId} has retention`);
  const cli = await raceErrors(page, Promise.resolve(worthitRun(scenario)));
  assert.equal(result.adopters, cli.adoption.adopters, 'adopters equal worthit run');
  assert.equal(shown.retained, cli.retention.retained, 'retained adopters equal worthit run');
  assert.equal(shown.share, cli.retention.retained_share);
  assert.equal(shown.periods, cli.retention.periods);
  assert.equal(Number(shown.dropoff.expectation), cli.retention.lost_to_expectation);
  assert.equal(Number(shown.dropoff.recurring), cli.retention.lost_to_recurring);
  const larger =
    cli.retention.lost_to_expectation >= cli.retention.lost_to_recurring ? 'expectation' : 'recurring';
  assert.equal(shown.dropoff.larger, larger);
  // The headline labels the figure and shows its interval.
  assert.match(shown.text, /still use it/);
  assert.match(shown.text, /\d+(\.\d)?% still use it \(\d+(\.\d)?–\d+(\.\d)?%\)/);
  const summary = await page.innerText(id('summary'));
  assert.match(summary, /of all people have adopted and still use it/);
  assert.match(summary, larger === 'expectation' ? /drop-off is expectation/ : /drop-off is the recurring costs/);
  // The chart: one row a period from adoption to the horizon.
  const chart = page.locator(id('chart-retention'));
  await chart.locator('svg').waitFor();
  // The table stays open across presets once opened.
  if ((await page.getAttribute(id('table-toggle-retention'), 'aria-expanded')) !== 'true') {
    await page.click(id('table-toggle-retention'));
  }
  await chart.locator('tbody tr').first().waitFor();
  assert.equal(await chart.locator('tbody tr').count(), cli.retention.curve.length);
  const last = await chart.locator('tbody tr').last().locator('td').innerText();
  assert.equal(last, `${(cli.retention.retained_share * 100).toFixed(1)}%`);
  t.diagnostic(
    `${presetId}: ${cli.adoption.adopters} adopt, ${cli.retention.retained} retained after ${cli.retention.periods}; ` +
      `lost to expectation ${cli.retention.lost_to_expectation}, to recurring ${cli.retention.lost_to_recurring}`,
  );
  return { adopters: cli.adoption.adopters, retained: cli.retention.retained, scenario, larger };
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  const size = `${viewport.width}x${viewport.height}`;

  test(`art and gameplay presets: retained adopters equal worthit run at ${size}`, { timeout: 300_000 }, async (t) => {
    const page = await openPage(env.browser, '/', viewport);
    await waitForResult(page);
    const art = await presetAgainstCli(t, page, 'game-installs-vs-users-art');
    assert.equal(art.larger, 'expectation', 'the art page loses users to expectation');
    await assertNoHorizontalScroll(page);
    await axeCheck(page);
    await page.locator('.headline').scrollIntoViewIfNeeded();
    await screenshot(page, `retention-headline-${size}`);
    await page.locator(id('dropoff')).scrollIntoViewIfNeeded();
    await screenshot(page, `retention-dropoff-${size}`);
    await page.locator(id('chart-retention')).scrollIntoViewIfNeeded();
    await screenshot(page, `retention-chart-${size}`);

    const gameplay = await presetAgainstCli(t, page, 'game-installs-vs-users-gameplay');
    // The preset pair's lesson: the gap in retained adopters is wider than
    // the gap in installs.
    const installsGap = gameplay.adopters - art.adopters;
    const retainedGap = gameplay.retained - art.retained;
    t.diagnostic(`gap: installs ${installsGap}, retained ${retainedGap}`);
    assert.ok(retainedGap > installsGap, `retained gap ${retainedGap} > installs gap ${installsGap}`);
    await screenshot(page, `retention-full-${size}`, { fullPage: true });
    await assertNoPanic(page);
  });
}

test('the editor switches retention on, edits it, and off again', { timeout: 240_000 }, async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  await choosePreset(page, 'game-gameplay');
  await setNumber(page, 'users', USERS);
  await waitDone(page, usersAre(USERS));
  assert.equal(await page.locator(id('retained-share')).count(), 0, 'no retained figure without retention');
  assert.equal(await page.locator(id('chart-retention')).count(), 0);

  const group = page.locator(id('group-retention'));
  await group.scrollIntoViewIfNeeded();
  assert.equal(await page.isChecked(id('retention-on')), false);
  await page.check(id('retention-on'));
  await waitDone(page, retainedShown);
  let scenario = await pageScenario(page);
  assert.deepEqual(scenario.retention, {
    periods: 30,
    notice: 0.5,
    recurring: ['money', 'time', 'trust', 'emotional', 'safety'],
  });

  // Edit the horizon, the notice and which costs recur.
  await setNumber(page, 'retention-periods', 12);
  await setNumber(page, 'retention-notice', 0.25);
  await page.uncheck(id('retention-recurring-time'));
  await page.check(id('retention-recurring-learning'));
  await waitDone(page, `${retainedShown} && ${retainedShown}.dataset.periods === '12'`);
  scenario = await pageScenario(page);
  assert.deepEqual(scenario.retention, {
    periods: 12,
    notice: 0.25,
    recurring: ['money', 'learning', 'trust', 'emotional', 'safety'],
  });
  // Experience differs from the impression: its own distribution.
  await page.check(id('experience-on'));
  await setNumber(page, 'experience-mean', 3);
  await waitDone(page, retainedShown);
  scenario = await pageScenario(page);
  assert.equal(scenario.product.experience.mean, 3);
  let shown = await retained(page);
  let cli = worthitRun(scenario);
  assert.equal(shown.retained, cli.retention.retained, 'edited scenario: retained equals worthit run');
  t.diagnostic(`edited: ${shown.text}`);

  // How closely experience follows the impression: the pair
  // product.value–product.experience in correlations; 1 removes it.
  await setNumber(page, 'experience-rho', 0.5);
  await waitDone(page, `${retainedShown} && ${retainedShown}.dataset.retained !== '${shown.retained}'`);
  scenario = await pageScenario(page);
  assert.deepEqual(scenario.correlations, [{ a: 'product.value', b: 'product.experience', rho: 0.5 }]);
  shown = await retained(page);
  cli = worthitRun(scenario);
  assert.equal(shown.retained, cli.retention.retained, 'rho 0.5: retained equals worthit run');
  t.diagnostic(`experience rho 0.5: ${shown.text}`);

  // A cost per period of use: money, free before adopting, costs 2 a
  // period once used (a subscription after a free trial).
  const costs = page.locator(id('retention-use-costs'));
  assert.equal(await costs.locator(id('retention-cost-learning-group')).count(), 1, 'learning recurs now');
  assert.equal(await costs.locator(id('retention-cost-time-group')).count(), 0, 'time no longer recurs');
  assert.match(await costs.innerText(), /as perceived/);
  const before = shown.retained;
  await setNumber(page, 'retention-cost-money-mean', 2);
  await waitDone(page, `${retainedShown} && ${retainedShown}.dataset.retained !== '${before}'`);
  scenario = await pageScenario(page);
  assert.equal(scenario.retention.costs.money.mean, 2);
  shown = await retained(page);
  cli = worthitRun(scenario);
  assert.equal(shown.retained, cli.retention.retained, 'a cost of use: retained equals worthit run');
  assert.ok(shown.retained < before, `a subscription loses users: ${shown.retained} < ${before}`);
  await costs.scrollIntoViewIfNeeded();
  await screenshot(page, 'retention-use-costs-1280x900');
  // Money no longer recurring drops its cost of use with it.
  await page.uncheck(id('retention-recurring-money'));
  await waitDone(page, `${retainedShown} && ${retainedShown}.dataset.retained !== '${shown.retained}'`);
  scenario = await pageScenario(page);
  assert.equal(scenario.retention.costs, undefined);
  shown = await retained(page);
  await setNumber(page, 'experience-rho', 1);
  await waitDone(page, `${retainedShown} && ${retainedShown}.dataset.retained !== '${shown.retained}'`);
  scenario = await pageScenario(page);
  assert.equal(scenario.correlations, undefined, 'rho 1 is the shared shock: no pair');
  await axeCheck(page);
  await group.scrollIntoViewIfNeeded();
  await screenshot(page, 'retention-editor-1280x900');

  // Off again: no retained figure, no block in the scenario.
  await page.uncheck(id('retention-on'));
  await waitDone(page, `!${retainedShown}`);
  scenario = await pageScenario(page);
  assert.equal(scenario.retention, undefined);
  assert.equal(await page.locator(id('dropoff')).count(), 0);
  await assertNoPanic(page);
});

test('compare mode: the retained-adopters lift beside the installs lift, as worthit compare', { timeout: 240_000 }, async (t) => {
  // Both presets as A and B, read from the page itself.
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  const scenarios = {};
  for (const [side, presetId] of [
    ['a', 'game-installs-vs-users-art'],
    ['b', 'game-installs-vs-users-gameplay'],
  ]) {
    await choosePreset(page, presetId);
    await setNumber(page, 'users', USERS);
    await waitDone(page, `${usersAre(USERS)} && ${retainedShown}`);
    scenarios[side] = await pageScenario(page);
  }
  const doc = { kind: 'worthit-comparison', schema: 1, a: scenarios.a, b: scenarios.b };
  const cmp = await openPage(env.browser, `/#comparison=${encodeURIComponent(JSON.stringify(doc))}`, {
    width: 1280,
    height: 900,
  });
  await raceErrors(
    cmp,
    cmp.waitForSelector(`${id('verdict')}[data-state="done"][data-stale="false"] ${id('compare-retained-lift')}`, {
      timeout: 90_000,
    }),
  );
  const shown = await cmp.evaluate(() => {
    const d = (testid) => ({ ...document.querySelector(`[data-testid="${testid}"]`).dataset });
    return {
      installs: d('compare-lift'),
      retained: d('compare-retained-lift'),
      a: d('compare-a-retained'),
      b: d('compare-b-retained'),
    };
  });
  const dir = mkdtempSync(join(tmpdir(), 'worthit-retention-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify(scenarios.a));
  writeFileSync(join(dir, 'b.json'), JSON.stringify(scenarios.b));
  const cli = JSON.parse(
    execFileSync(worthitBinary(), ['compare', join(dir, 'a.json'), join(dir, 'b.json'), '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }),
  );
  assert.equal(Number(shown.installs.lift), cli.comparison.lift);
  assert.equal(Number(shown.retained.lift), cli.retained_comparison.lift);
  assert.equal(Number(shown.retained.lo), cli.retained_comparison.ci95[0]);
  assert.equal(Number(shown.retained.hi), cli.retained_comparison.ci95[1]);
  assert.equal(Number(shown.a.retained), cli.a.retention.retained);
  assert.equal(Number(shown.b.retained), cli.b.retention.retained);
  // A store listing experiment's lesson: B's lead in retained adopters is
  // larger than its lead in installs.
  assert.ok(Number(shown.retained.lift) > Number(shown.installs.lift), JSON.stringify(shown));
  t.diagnostic(`installs lift ${shown.installs.lift}, retained lift ${shown.retained.lift}`);
  await axeCheck(cmp);
  await cmp.locator(id('compare-retained')).scrollIntoViewIfNeeded();
  await screenshot(cmp, 'retention-compare-1280x900');
  await assertNoPanic(cmp);
});

test('in Korean: retained adopters, drop-off and chart read in Korean', { timeout: 240_000 }, async (t) => {
  const page = await openPage(env.browser, '/?lang=ko', { width: 390, height: 844 });
  await waitForResult(page);
  await choosePreset(page, 'game-installs-vs-users-art');
  await setNumber(page, 'users', USERS);
  await waitDone(page, `${usersAre(USERS)} && ${retainedShown}`);
  const shown = await retained(page);
  assert.match(shown.text, /계속 사용/);
  assert.match(shown.verdict, /이탈의 대부분은 기대 때문입니다/);
  const summary = await page.innerText(id('summary'));
  assert.match(summary, /계속 사용합니다/);
  assert.match(await page.innerText(id('dropoff')), /누가 남는가/);
  const cli = worthitRun(await pageScenario(page));
  assert.equal(shown.retained, cli.retention.retained);
  t.diagnostic(`ko: ${shown.text}`);
  await axeCheck(page);
  await assertNoHorizontalScroll(page);
  await page.locator(id('dropoff')).scrollIntoViewIfNeeded();
  await screenshot(page, 'retention-ko-390x844');
});
