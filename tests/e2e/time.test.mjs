// Adoption over time on the real page: the editor's Time section turns the
// diffusion block on in a preset, the published-averages button sets p and
// q, and the results gain the funnel, the timeline chart (with its data
// table) and the timeline sentences. The page's numbers equal `worthit run`
// on the same scenario, period by period. Switching Time off brings the
// plain run back. Screenshots at desktop and phone width, axe-clean, no
// sideways scrolling.

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
import { assertNoPanic, choosePreset, id, setNumber, worthitRun } from './page-lib.mjs';
import { pageScenario, waitDone } from './retention-lib.mjs';

const env = setup();

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  const size = `${viewport.width}x${viewport.height}`;

  test(`Time on a preset: averages, funnel and timeline at ${size}`, { timeout: 240_000 }, async (t) => {
    const page = await openPage(env.browser, '/', viewport);
    await waitForResult(page);
    await choosePreset(page, 'game-gameplay');
    // Fewer people keep the 52-week run (and `worthit run`) quick.
    await setNumber(page, 'users', 20000);
    const plain = await waitDone(page, `document.querySelector('[data-testid="adoption-share"]').dataset.users === '20000'`);
    assert.equal(await page.locator(id('funnel')).count(), 0, 'no funnel without time');
    assert.equal(await page.locator(id('chart-timeline')).count(), 0, 'no timeline without time');

    // Switch time on: the block starts at the published averages.
    const group = page.locator(id('group-time'));
    await group.scrollIntoViewIfNeeded();
    assert.equal(await page.isChecked(id('diffusion-on')), false);
    await page.check(id('diffusion-on'));
    await page.locator(id('funnel')).waitFor({ timeout: 90_000 });
    assert.equal(await page.inputValue(id('periods')), '52');
    assert.equal(await page.inputValue(id('diffusion-p')), '0.03');
    assert.equal(await page.inputValue(id('diffusion-q')), '0.38');

    // Move p and q away, then back with the button.
    await setNumber(page, 'diffusion-p', 0.005);
    await setNumber(page, 'diffusion-q', 0.1);
    await waitDone(page, `document.querySelector('[data-testid="funnel"]')`);
    let scenario = await pageScenario(page);
    assert.deepEqual(
      { p: scenario.diffusion.p, q: scenario.diffusion.q },
      { p: 0.005, q: 0.1 },
      'typed p and q reach the scenario',
    );
    await page.click(id('bass-averages'));
    assert.equal(await page.inputValue(id('diffusion-p')), '0.03');
    assert.equal(await page.inputValue(id('diffusion-q')), '0.38');
    const overTime = await waitDone(page, `document.querySelector('[data-testid="funnel"]')`);
    scenario = await pageScenario(page);
    assert.deepEqual(scenario.diffusion, { periods: 52, p: 0.03, q: 0.38, social_proof: 0 });
    t.diagnostic(`plain ${plain.text}; over 52 weeks ${overTime.text}`);

    // The funnel: people → aware → adopted, with a verdict.
    const funnel = page.locator(id('funnel'));
    const data = await funnel.evaluate((el) => ({ ...el.dataset }));
    t.diagnostic(`funnel ${JSON.stringify(data)}`);
    assert.equal(Number(data.people), 20000);
    assert.equal(Number(data.adopted), overTime.adopters);
    assert.ok(Number(data.aware) >= Number(data.adopted), 'adopters heard of it first');
    assert.ok(['reach', 'conversion', 'both', 'neither'].includes(data.bottleneck), data.bottleneck);
    const verdict = await page.innerText(id('funnel-verdict'));
    assert.match(verdict, /bottleneck|hold/);

    // The timeline chart, its text alternative and its data table.
    const chart = page.locator(id('chart-timeline'));
    await chart.locator('svg').waitFor();
    assert.match(await chart.locator('figcaption').innerText(), /Over 52 periods/);
    await page.click(id('table-toggle-timeline'));
    assert.equal(await chart.locator('tbody tr').count(), 52);

    // The summary names the peak and what sets the ceiling.
    const summary = await page.innerText(id('summary'));
    assert.match(summary, /peak/i);
    assert.match(summary, /limit|pace|hold adoption back/);

    // The same numbers as the command line, period by period.
    const cli = await raceErrors(page, Promise.resolve(worthitRun(scenario)));
    assert.equal(cli.adoption.adopters, overTime.adopters);
    assert.equal(cli.timeline.length, 52);
    assert.equal(
      Math.round(cli.timeline.at(-1).aware_share * cli.users),
      Number(data.aware),
      'aware count equals worthit run',
    );
    const rows = await chart.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Number(tr.children[2].textContent.replace(/[^\d]/g, ''))),
    );
    assert.deepEqual(rows, cli.timeline.map((r) => r.new_adopters), 'new adopters per period');
    t.diagnostic(`worthit run: ${cli.adoption.adopters}/${cli.users} adopt, aware ${cli.timeline.at(-1).aware_share}`);

    await assertNoHorizontalScroll(page);
    await axeCheck(page);
    await group.scrollIntoViewIfNeeded();
    await screenshot(page, `time-editor-${size}`);
    await funnel.scrollIntoViewIfNeeded();
    await screenshot(page, `time-funnel-${size}`);
    await screenshot(page, `time-full-${size}`, { fullPage: true });

    // Off again: the plain run, and no funnel or timeline.
    await page.uncheck(id('diffusion-on'));
    const back = await waitDone(page, `!document.querySelector('[data-testid="funnel"]')`);
    assert.equal(back.adopters, plain.adopters, 'switching off restores the plain numbers');
    assert.equal(await page.locator(id('chart-timeline')).count(), 0);
    await assertNoPanic(page);
  });
}

test('the launch-year preset opens with time on and the conversion verdict', async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  await choosePreset(page, 'game-launch-year');
  await page.locator(id('funnel')).waitFor({ timeout: 90_000 });
  assert.equal(await page.isChecked(id('diffusion-on')), true);
  const data = await page.locator(id('funnel')).evaluate((el) => ({ ...el.dataset }));
  t.diagnostic(`launch year funnel ${JSON.stringify(data)}`);
  // Its lesson: nearly everyone hears of it, conversion sets the ceiling.
  assert.equal(data.bottleneck, 'conversion');
  assert.match(await page.innerText(id('summary')), /value and cost, not reach, are the limit/);
});
