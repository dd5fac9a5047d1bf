// Classroom exercises: a preset offers its exercise; starting it locks every
// control the exercise does not open and shows the goal as not met; the
// documented solution (docs/exercises.md) meets it; the share link carries
// the exercise, so a fresh page shows the same panel and the same numbers;
// "Reset exercise" and "Leave exercise" do what they say.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoHorizontalScroll,
  axeCheck,
  openPage,
  raceErrors,
  SCREENSHOT_DIR,
  screenshot,
  setup,
  waitForResult,
} from './helpers.mjs';
import { join } from 'node:path';
import { assertNoPanic, choosePreset, id, setNumber } from './page-lib.mjs';

const env = setup();

/**
 * Waits until the exercise status describes the current scenario's results
 * (not stale, not waiting) and returns `data-met` as a boolean.
 */
async function settledStatus(page, { met, timeout = 30_000 } = {}) {
  const wanted = met === undefined ? null : String(met);
  await raceErrors(
    page,
    page.waitForFunction(
      (want) => {
        const el = document.querySelector('[data-testid="exercise-status"]');
        if (!el || el.dataset.stale !== 'false' || el.dataset.state === 'waiting') return false;
        const status = document.querySelector('[data-testid="run-status"]');
        if (status && status.dataset.state && status.dataset.state !== 'done') return false;
        return want === null || el.dataset.met === want;
      },
      wanted,
      { timeout },
    ),
  );
  return (await page.getAttribute(id('exercise-status'), 'data-met')) === 'true';
}

async function isDisabled(page, testid) {
  return page.locator(id(testid)).isDisabled();
}

/** Opens the page, picks `preset` and starts its exercise. */
async function startExercise(page, preset) {
  await waitForResult(page);
  await choosePreset(page, preset);
  const offer = page.locator(`${id('exercise')}[data-active="false"]`);
  await raceErrors(page, offer.waitFor());
  await page.click(id('exercise-start'));
  await raceErrors(page, page.locator(`${id('exercise')}[data-active="true"]`).waitFor());
}

test('a preset offers its exercise without locking anything', async () => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  // The default preset loads free to explore: its exercise is only offered.
  await raceErrors(page, page.locator(`${id('exercise')}[data-active="false"]`).waitFor());
  assert.match(await page.innerText(id('exercise')), /Show the game, not just the art/);
  assert.equal(await isDisabled(page, 'value-mean'), false);
  assert.equal(await isDisabled(page, 'seed'), false);
  assert.doesNotMatch(page.url(), /exercise/);
  await screenshot(page, 'exercise-offer-1280x900');
});

test('the goal is unmet at the start and met by the documented solution; the link carries it', async (t) => {
  const page = await openPage(env.browser, '/', {
    width: 1280,
    height: 900,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await startExercise(page, 'game-gameplay');
  assert.equal(await page.innerText(id('exercise-title')), 'Free is not zero cost');
  assert.equal(
    await page.innerText(id('exercise-goal')),
    'Reach 75% adoption or more, changing only the costs.',
  );
  assert.equal(await settledStatus(page), false, 'met before any change');
  const start = await waitForResult(page);
  assert.match(await page.innerText(id('exercise-status')), /Not met yet/);

  // Only the costs are open.
  for (const locked of ['value-mean', 'value-sd', 'seed', 'users', 'new-seed', 'add-screenshot', 'add-segment']) {
    assert.equal(await isDisabled(page, locked), true, `${locked} should be locked`);
  }
  for (const open of ['cost-time-mean', 'cost-learning-mean', 'cost-trust-sd']) {
    assert.equal(await isDisabled(page, open), false, `${open} should be open`);
  }
  assert.equal(await page.locator(id('exercise-reset')).isDisabled(), true, 'nothing to reset yet');

  // The hint is behind a toggle.
  assert.equal(await page.locator(id('exercise-hint')).isVisible(), false);
  await page.click(id('exercise-hint-toggle'));
  assert.equal(await page.getAttribute(id('exercise-hint-toggle'), 'aria-expanded'), 'true');
  assert.match(await page.innerText(id('exercise-hint')), /tutorial/);
  await screenshot(page, 'exercise-unmet-1280x900');
  await axeCheck(page);

  // The documented solution: a smaller download and a tutorial.
  await setNumber(page, 'cost-time-mean', 0.6);
  await waitForResult(page, { differentFrom: start });
  await setNumber(page, 'cost-learning-mean', 0.4);
  assert.equal(await settledStatus(page, { met: true }), true);
  const solved = await waitForResult(page);
  assert.ok(solved.share >= 75, solved.text);
  assert.match(await page.innerText(id('exercise-status')), /Goal met/);
  t.diagnostic(`adoption ${start.text} → ${solved.text}`);
  await screenshot(page, 'exercise-met-1280x900');
  await axeCheck(page);

  // The teacher's link, from the Share button, in a fresh browser context.
  await page.click(id('share'));
  const field = page.locator(id('share-link'));
  await field.waitFor();
  const link = await field.inputValue();
  const other = await openPage(env.browser, link, { width: 1280, height: 900 });
  const opened = await waitForResult(other);
  assert.equal(opened.adopters, solved.adopters, 'the link reproduces the numbers');
  assert.equal(await other.getAttribute(id('exercise'), 'data-active'), 'true');
  assert.equal(await other.innerText(id('exercise-title')), 'Free is not zero cost');
  assert.equal(await settledStatus(other), true);
  assert.equal(await isDisabled(other, 'value-mean'), true, 'locks travel with the link');
  await assertNoPanic(other);

  // Reset goes back to the preset's numbers, the goal unmet again.
  await page.keyboard.press('Escape');
  await page.click(id('exercise-reset'));
  assert.equal(await settledStatus(page, { met: false }), false);
  const reset = await waitForResult(page);
  assert.equal(reset.adopters, start.adopters);
  assert.equal(await page.inputValue(id('cost-time-mean')), '1.2');

  // Leaving the exercise unlocks everything and keeps the numbers.
  await page.click(id('exercise-leave'));
  await raceErrors(page, page.locator(id('exercise-status')).waitFor({ state: 'detached' }));
  assert.equal(await isDisabled(page, 'value-mean'), false);
  assert.equal((await waitForResult(page)).adopters, start.adopters);
});

test('a segment goal from a hand-written teacher link, on a phone', async () => {
  const scenario = {
    schema: 1,
    title: 'Student pricing',
    seed: 5,
    users: 20000,
    product: {
      name: 'Tool',
      value: { dist: 'normal', mean: 3, sd: 1 },
      costs: { money: { dist: 'fixed', value: 3 } },
    },
    segments: [
      { name: 'Students', share: 1, weights: { money: 2 } },
      { name: 'Teams', share: 1 },
    ],
    decision: { rule: 'threshold' },
    exercise: {
      title: 'A price students can say yes to',
      instructions: 'Students weigh money twice. Change only the price.',
      goal: { metric: 'segment_adoption', segment: 'Students', op: 'at_least', target: 0.5 },
      editable: ['product.costs.money'],
      hint: 'Halve the price.',
    },
  };
  const link = `/#scenario=${encodeURIComponent(JSON.stringify(scenario))}`;
  const page = await openPage(env.browser, link, { width: 390, height: 844 });
  await waitForResult(page);
  assert.equal(
    await page.innerText(id('exercise-goal')),
    'Reach 50% adoption or more among Students, changing only the money cost.',
  );
  // Students: N(3,1) − 2·3 > 0 is rare; at a price of 1, N(3,1) − 2 > 0 for 84%.
  assert.equal(await settledStatus(page), false);
  assert.equal(await isDisabled(page, 'cost-time-mean'), true);
  assert.equal(await isDisabled(page, 'cost-money-mean'), false);
  await assertNoHorizontalScroll(page);
  await screenshot(page, 'exercise-unmet-390x844');
  await page.locator(id('exercise')).screenshot({ path: join(SCREENSHOT_DIR, 'exercise-panel-390x844.png') });
  await setNumber(page, 'cost-money-mean', 1);
  assert.equal(await settledStatus(page, { met: true }), true);
  await page.click(id('exercise-hint-toggle'));
  await assertNoHorizontalScroll(page);
  await screenshot(page, 'exercise-met-390x844');
  await axeCheck(page);

  // Reset of an exercise that is not a preset returns to the link's start.
  await page.click(id('exercise-reset'));
  assert.equal(await settledStatus(page, { met: false }), false);
  assert.equal(await page.inputValue(id('cost-money-mean')), '3');
});

test('the panel speaks the page language', async () => {
  const preset = {
    schema: 1,
    title: 'Costs',
    seed: 2,
    users: 10000,
    product: {
      value: { dist: 'normal', mean: 2, sd: 1 },
      costs: { time: { dist: 'fixed', value: 1 }, trust: { dist: 'fixed', value: 1 } },
    },
    decision: { rule: 'threshold' },
    exercise: {
      title: 'T',
      goal: { metric: 'adoption_share', target: 0.9 },
      editable: ['product.costs.time', 'product.costs.trust'],
    },
  };
  const hash = `#scenario=${encodeURIComponent(JSON.stringify(preset))}`;
  const expected = {
    'zh-CN': '只改动时间成本和信任成本，使采用率达到 90% 或以上。',
    'zh-TW': '只改動時間成本和信任成本，使採用率達到 90% 或以上。',
    ko: '시간 비용, 신뢰 비용만 바꿔서 채택률을 90% 이상으로 높이세요.',
  };
  for (const [lang, goal] of Object.entries(expected)) {
    const page = await openPage(env.browser, `/?lang=${lang}${hash}`, { width: 390, height: 844 });
    await waitForResult(page);
    assert.equal(await page.innerText(id('exercise-goal')), goal);
    assert.equal(await settledStatus(page), false);
    assert.doesNotMatch(await page.innerText(id('exercise')), /exercise-|\{/);
    await page.locator(id('exercise')).screenshot({ path: join(SCREENSHOT_DIR, `exercise-panel-${lang}-390x844.png`) });
    await page.close();
  }
});

// Compare mode shows the exercise and its goal as single mode does (a
// student who compares A and B still reads what they are aiming for); the
// goal is about one scenario, so instead of a status it says where to
// check it, and leaving or resetting (which load a scenario into A) stay
// in single mode.
for (const [width, height] of [[1280, 900], [390, 844]]) {
  test(`compare mode shows the exercise's goal as single mode does (${width}×${height})`, async () => {
    const page = await openPage(env.browser, '/?lang=en', { width, height });
    await startExercise(page, 'finance-modest-claim');
    const title = (await page.innerText(id('exercise-title'))).trim();
    const goal = (await page.innerText(id('exercise-goal'))).trim();
    assert.ok(goal.length > 0);

    await page.click(id('compare-toggle'));
    const panel = page.locator(`${id('compare-mode')} ${id('exercise')}[data-active="true"]`);
    await raceErrors(page, panel.waitFor({ timeout: 30_000 }));
    assert.equal((await panel.locator(id('exercise-title')).innerText()).trim(), title);
    assert.equal((await panel.locator(id('exercise-goal')).innerText()).trim(), goal);
    assert.ok(await panel.locator(id('exercise-goal')).isVisible());
    assert.equal(await panel.locator(id('exercise-status')).getAttribute('data-state'), 'compare');
    assert.match(await panel.locator(id('exercise-status')).innerText(), /leave compare mode to check it/);
    assert.equal(await panel.locator(id('exercise-leave')).count(), 0);
    assert.equal(await panel.locator(id('exercise-reset')).count(), 0);
    // Compare mode does not lock the exercise's controls: no note saying so.
    assert.equal(await panel.locator('.exercise__note').count(), 0);
    // The hint still opens.
    await panel.locator(id('exercise-hint-toggle')).click();
    assert.ok(await panel.locator(id('exercise-hint')).isVisible());
    await page.waitForSelector(`[data-testid="verdict"][data-state="done"]`, { timeout: 60_000 });
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, `exercise-compare-${width}x${height}`);
    await axeCheck(page, { include: id('exercise') });
    if (width < 500) await assertNoHorizontalScroll(page);
    await assertNoPanic(page);

    // Back in single mode the status checks the goal again.
    await page.click(id('compare-toggle'));
    await settledStatus(page);
    assert.notEqual(await page.getAttribute(id('exercise-status'), 'data-state'), 'compare');
  });
}
