// e2e: alone (run.mjs runs this file by itself: the timings it prints must
// not share the cores with another browser).
// A 10,000,000-person run: it shows progress, Cancel stops it, a new input
// supersedes it, and the main thread stays responsive throughout (the
// longest main-thread task is printed, not asserted: timings belong in
// numbers, not in pass/fail).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, raceErrors, screenshot, setup, waitForResult } from './helpers.mjs';
import { assertNoPanic, id, setNumber } from './page-lib.mjs';

const env = setup();
const BIG = 10_000_000;

/** The ± beside each what-if bar, in points, as drawn. */
async function barNoise(page) {
  const texts = await page.locator(`${id('chart-tornado')} svg text`).allTextContents();
  return texts.flatMap((t) => {
    const m = t.trim().match(/ ±(\d+\.\d+)$/);
    return m ? [Number(m[1])] : [];
  });
}

/** Starts watching main-thread tasks longer than 50 ms. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function longTasks(page) {
  return page.evaluate(() => window.__longTasks.slice());
}

/** Waits for the progress bar of a running big run and returns its value. */
async function progressValue(page) {
  const bar = page.locator(`${id('run-status')} progress`);
  await raceErrors(page, bar.waitFor({ timeout: 30_000 }));
  return Number(await bar.getAttribute('value'));
}

test('a 10,000,000-person run shows progress and can be cancelled', { timeout: 300_000 }, async (t) => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  await watchLongTasks(page);

  await setNumber(page, 'users', BIG);
  const status = page.locator(id('run-status'));
  const first = await progressValue(page);
  assert.equal(await status.getAttribute('data-state'), 'running');
  assert.match(await status.innerText(), /of 10,000,000 people/);
  await page.waitForFunction(
    (v) => Number(document.querySelector('[data-testid="run-status"] progress')?.getAttribute('value')) > v,
    first,
    { timeout: 30_000 },
  );
  t.diagnostic(`progress moves: ${first} → ${await progressValue(page)} of ${BIG}`);
  await screenshot(page, 'big-run-progress-1280x900');

  await page.click(id('cancel-run'));
  await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]').dataset.state === 'cancelled');
  // A run has two passes (the answer, then the what-ifs). On a fast machine
  // the 10,000,000-person answer can arrive before Cancel stops the what-if
  // pass, so the headline shows either the earlier result or the big run's
  // complete answer; after Cancel nothing more arrives.
  const shown = await waitForResult(page);
  assert.ok([before.users, BIG].includes(shown.users), `headline shows ${shown.users} people`);
  await page.waitForTimeout(1000);
  assert.equal(await status.getAttribute('data-state'), 'cancelled');
  const after = await waitForResult(page);
  assert.equal(after.users, shown.users);
  assert.equal(after.adopters, shown.adopters);

  const tasks = await longTasks(page);
  t.diagnostic(
    `main-thread tasks over 50 ms during the big run: ${tasks.length}` +
      (tasks.length ? ` (longest ${Math.round(Math.max(...tasks))} ms)` : ''),
  );
  await assertNoPanic(page);
});

test('a new input supersedes a 10,000,000-person run', { timeout: 300_000 }, async (t) => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  await setNumber(page, 'users', BIG);
  await progressValue(page);
  const start = Date.now();
  await setNumber(page, 'users', 20_000);
  const after = await waitForResult(page, { differentFrom: before, timeout: 30_000 });
  t.diagnostic(`the 20,000-person result arrived ${Date.now() - start} ms after the new input`);
  assert.equal(after.users, 20_000);
  await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]').dataset.state === 'done');
  await assertNoPanic(page);
});

test('a 2,000,000-person run finishes and agrees with the small one', { timeout: 600_000 }, async (t) => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  // A run of 1,000,000 people or fewer has what-ifs on everyone: no note.
  assert.equal(await page.locator(id('what-if-people')).count(), 0);
  await setNumber(page, 'users', 2_000_000);
  const started = Date.now();
  const result = await waitForResult(page, { differentFrom: before, timeout: 500_000 });
  t.diagnostic(`2,000,000 people: "${result.text}" (${Date.now() - started} ms wall clock)`);
  assert.equal(result.users, 2_000_000);
  // Same seed, twenty times the people: the share agrees within a few
  // standard errors of the small run (about 0.15 points at 100,000).
  assert.ok(Math.abs(result.adopters / result.users - before.adopters / before.users) < 0.006);
  // The what-ifs follow, on the first 1,000,000 people, and the chart says
  // so (MODEL.md: a figure on fewer people than the headline says so).
  const note = page.locator(`${id('what-if-people')}[data-people="1000000"]`);
  await note.waitFor({ timeout: 500_000 });
  const text = await note.innerText();
  assert.ok(text.includes('1,000,000') && text.includes('2,000,000'), text);
  // It quotes the largest ± of the bars (their paired 95% intervals),
  // says what that covers, and agrees with the bars drawn.
  const noise = Number(await note.getAttribute('data-noise'));
  assert.ok(noise > 0 && noise < 0.01, `largest half width ${noise}`);
  assert.match(text, /at most ±\d+\.\d+ points/);
  assert.match(text, /simulation noise alone/);
  assert.doesNotMatch(text, /small fraction/);
  const quoted = Number(text.match(/at most ±(\d+\.\d+)/)[1]);
  const bars = await barNoise(page);
  assert.ok(bars.length > 0, 'the bars carry their ±');
  assert.equal(quoted, Math.max(...bars));
  assert.equal(await page.locator(id('what-if-noise')).count(), 0, 'one note, not two');
  await note.scrollIntoViewIfNeeded();
  await screenshot(page, 'what-if-people-1280x900');
});
