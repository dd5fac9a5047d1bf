// Predict, then reveal, then score in compare mode (issue 16,
// docs/exercises.md "Predictions"): the lift of B over A in points, or
// which variant more people adopt. Driven by the keyboard alone, with the
// live region's text (what a screen reader announces) checked against the
// verdict revealed after it; axe on the asking and revealed views in every
// language; screenshots at 1280×900 and 390×844. The host's
// `worthit:comparison` message and its xAPI statement carry the
// prediction, and the statement is valid for Learning Locker's validator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { axeCheck, openPage, raceErrors, screenshot } from './helpers.mjs';
import { messages, openHostPage, setupEmbed } from './embed-lib.mjs';
import { gameComparison, id } from './page-lib.mjs';
import { expectedScore, tabTo } from './predict-lib.mjs';

const validateStatement = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;
const env = setupEmbed();
const FAIL_ON = ['minor', 'moderate', 'serious', 'critical'];

/** A comparison link's hash: the character-art preset as A, the gameplay one as B. */
function comparisonHash() {
  const doc = gameComparison();
  // Both on the same people (B runs on A's seed anyway).
  doc.b.seed = doc.a.seed;
  doc.b.users = doc.a.users;
  return `#comparison=${encodeURIComponent(JSON.stringify(doc))}`;
}

async function step(page, name, metric) {
  await raceErrors(
    page,
    page.locator(`${id('predict')}[data-step="${name}"][data-metric="${metric}"]`).waitFor({ timeout: 60_000 }),
  );
}

/** The verdict's lift, interval and shares once revealed. */
async function verdictNumbers(page) {
  const lift = page.locator(id('compare-lift'));
  await raceErrors(page, lift.waitFor({ timeout: 30_000 }));
  return {
    lift: Number(await lift.getAttribute('data-lift')),
    lo: Number(await lift.getAttribute('data-lo')),
    hi: Number(await lift.getAttribute('data-hi')),
  };
}

/** Nothing of the comparison shows, and nothing can be changed. */
async function assertHidden(page) {
  await page.waitForTimeout(1500);
  for (const hidden of ['compare-lift', 'compare-a-share', 'compare-overlay', 'compare-barriers', 'lift-pill']) {
    assert.equal(await page.locator(id(hidden)).count(), 0, `${hidden} shows`);
  }
  assert.equal(await page.getAttribute(id('verdict'), 'data-hidden'), 'true');
  assert.equal(await page.locator(id('strip-b-0-remove')).isDisabled(), true);
}

test('the lift, predicted by keyboard alone; the live region says it all', async () => {
  const page = await openPage(env.browser, `/?predict=1&lang=en${comparisonHash()}`, { width: 1280, height: 900 });
  // `?predict=1` in compare mode asks for the lift.
  await step(page, 'asking', 'lift');
  await assertHidden(page);
  assert.equal(await page.innerText('label[for="predict-input"]'), 'Your prediction of the lift (B − A)');
  assert.equal(await page.innerText('#predict-unit'), 'percentage points');
  assert.equal(await page.getAttribute('#predict-input', 'aria-describedby'), 'predict-unit predict-help');
  await axeCheck(page, { include: '[data-testid="predict"]', failOn: FAIL_ON });
  await screenshot(page, 'predict-lift-asking-1280x900');

  await tabTo(page, page, 'predict-input');
  await page.keyboard.type('200');
  await page.keyboard.press('Enter');
  await raceErrors(page, page.locator(id('predict-error')).waitFor());
  assert.match(await page.innerText(id('predict-error')), /from −100 to 100/);
  assert.equal(await page.getAttribute('#predict-input', 'aria-invalid'), 'true');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('-2,5');
  await page.keyboard.press('Enter');
  await step(page, 'revealed', 'lift');

  assert.equal(await page.evaluate(() => document.activeElement.className), 'predict__result-title');
  const announced = await page.innerText(id('predict-announce'));
  assert.match(
    announced,
    /^B's lift over A came out at [+−]?\d+\.\d points \(95% interval −?\d+\.\d–−?\d+\.\d\)\. You predicted −2\.5 points: an error of [+−]?\d+\.\d points, (inside|outside) the interval\. Score: \d\.\d\d of 1\.$/,
  );
  // The verdict is back, and the score follows the documented rule from it.
  const v = await verdictNumbers(page);
  const score = Number(await page.getAttribute(id('predict-score'), 'data-score'));
  const expected = expectedScore({ predicted: -0.025, ci95: [Math.min(v.lo, v.lift), Math.max(v.hi, v.lift)], tolerance: 0.1 });
  assert.ok(Math.abs(score - expected) < 1e-12, `score ${score}, expected ${expected}`);
  assert.match(announced, new RegExp(`Score: ${score.toFixed(2)} of 1`));
  const shown = (100 * v.lift).toFixed(1).replace('-', '−');
  assert.ok(announced.includes(`came out at ${v.lift > 0 ? '+' : ''}${shown} points`), `${announced} vs ${v.lift}`);
  // The controls open again.
  assert.equal(await page.locator(id('strip-b-0-remove')).isDisabled(), false);
  await axeCheck(page, { include: '[data-testid="predict"]', failOn: FAIL_ON });
  await screenshot(page, 'predict-lift-revealed-1280x900');
});

test('which variant wins, chosen by keyboard alone (radio buttons)', async () => {
  const page = await openPage(env.browser, `/?predict=winner&lang=en${comparisonHash()}`, { width: 1280, height: 900 });
  await step(page, 'asking', 'winner');
  await assertHidden(page);
  assert.equal(await page.locator('fieldset.predict__choices legend').innerText(), 'Your prediction: the variant more people adopt');
  await axeCheck(page, { include: '[data-testid="predict"]', failOn: FAIL_ON });
  await screenshot(page, 'predict-winner-asking-1280x900');

  // Enter with nothing chosen is refused, with a message.
  await tabTo(page, page, 'predict-choice-a');
  await page.keyboard.press('Enter');
  await raceErrors(page, page.locator(id('predict-error')).waitFor());
  assert.equal(await page.innerText(id('predict-error')), 'Choose A or B first.');
  // The arrow key moves to B and chooses it, as in any radio group.
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.isChecked(id('predict-choice-b')), true);
  await page.keyboard.press('Enter');
  await step(page, 'revealed', 'winner');

  const announced = await page.innerText(id('predict-announce'));
  const v = await verdictNumbers(page);
  const winner = v.lift > 0 ? 'B' : v.lift < 0 ? 'A' : null;
  const right = winner === 'B';
  const adopt = winner ? `More people adopt ${winner}.` : 'A and B tie.';
  assert.equal(announced, `${adopt} You predicted B: ${right ? 'right' : 'wrong'}. Score: ${right ? '1.00' : '0.00'} of 1.`);
  assert.equal(await page.getAttribute(id('predict-score'), 'data-score'), right ? '1' : '0');
  await axeCheck(page, { include: '[data-testid="predict"]', failOn: FAIL_ON });
  await screenshot(page, 'predict-winner-revealed-1280x900');
});

for (const lang of ['en', 'zh-CN', 'zh-TW', 'ko']) {
  test(`compare mode's predict views in ${lang}: axe clean, translated, at 390×844`, async () => {
    const page = await openPage(env.browser, `/?predict=lift&lang=${lang}${comparisonHash()}`, { width: 390, height: 844 });
    await step(page, 'asking', 'lift');
    if (lang !== 'en') {
      await page.waitForFunction(
        () => !/Lock my/.test(document.querySelector('[data-testid="predict-lock"]')?.textContent ?? 'Lock my'),
      );
    }
    const text = await page.innerText(id('predict'));
    if (lang !== 'en') assert.doesNotMatch(text, /prediction|lift|points|Lock my/, `${lang} shows English`);
    await axeCheck(page, { include: '[data-testid="predict"]', failOn: FAIL_ON });
    await screenshot(page, `predict-lift-asking-${lang}-390x844`);
    await page.fill('#predict-input', '3');
    await page.press('#predict-input', 'Enter');
    await step(page, 'revealed', 'lift');
    const announced = await page.innerText(id('predict-announce'));
    assert.ok(announced.length > 20);
    if (lang !== 'en') assert.doesNotMatch(announced, /came out|lift/);
    await axeCheck(page, { include: '[data-testid="predict"]', failOn: FAIL_ON });
    await screenshot(page, `predict-lift-revealed-${lang}-390x844`);

    // The winner's question in the same language.
    const winner = await openPage(env.browser, `/?predict=winner&lang=${lang}${comparisonHash()}`, { width: 390, height: 844 });
    await step(winner, 'asking', 'winner');
    if (lang !== 'en') {
      await winner.waitForFunction(
        () => !/Lock my/.test(document.querySelector('[data-testid="predict-lock"]')?.textContent ?? 'Lock my'),
      );
      assert.doesNotMatch(await winner.innerText(id('predict')), /prediction|variant|Lock my/);
    }
    await axeCheck(winner, { include: '[data-testid="predict"]', failOn: FAIL_ON });
    await screenshot(winner, `predict-winner-asking-${lang}-390x844`);
    await winner.check(id('predict-choice-a'));
    await winner.click(id('predict-lock'));
    await step(winner, 'revealed', 'winner');
    await axeCheck(winner, { include: '[data-testid="predict"]', failOn: FAIL_ON });
    await screenshot(winner, `predict-winner-revealed-${lang}-390x844`);
  });
}

test('the host hears the comparison with the prediction, and its xAPI statement is valid', async () => {
  const src = `${env.server.url}/?embed=1&predict=lift${comparisonHash()}`;
  const page = await openHostPage(
    env,
    'predict-compare-host.html',
    `<iframe src="${src}" title="worthit" width="900" height="900"></iframe>
     <script>window.worthitMessages = [];
     addEventListener('message', (e) => { if (e.data && String(e.data.type).startsWith('worthit:')) window.worthitMessages.push(e.data); });</script>`,
  );
  const frame = page.frameLocator('iframe');
  await frame.locator(id('predict-input')).waitFor({ timeout: 60_000 });
  // The comparison arrives (hidden from the student) without a prediction.
  await page.waitForFunction(() => window.worthitMessages.some((m) => m.type === 'worthit:comparison'), null, { timeout: 60_000 });
  const first = (await messages(page)).find((m) => m.type === 'worthit:comparison');
  assert.equal(first.prediction, undefined);
  await frame.locator(id('predict-input')).fill('4');
  await frame.locator(id('predict-input')).press('Enter');
  await frame.locator(`${id('predict')}[data-step="revealed"]`).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.worthitMessages.some((m) => m.type === 'worthit:comparison' && m.prediction));
  const message = (await messages(page)).find((m) => m.type === 'worthit:comparison' && m.prediction);
  const p = message.prediction;
  assert.equal(p.metric, 'lift');
  assert.equal(p.predicted, 0.04);
  assert.equal(p.actual, message.comparison.lift);
  assert.deepEqual(p.ci95, message.comparison.ci95);
  assert.ok(Math.abs(p.error_points - 100 * (0.04 - p.actual)) < 1e-9);
  assert.equal(p.tolerance, 0.1);
  const [lo, hi] = [Math.min(p.ci95[0], p.actual), Math.max(p.ci95[1], p.actual)];
  assert.ok(Math.abs(p.score - expectedScore({ ...p, ci95: [lo, hi] })) < 1e-12, `score ${p.score}`);
  const statement = { ...message.statement, actor: { objectType: 'Agent', mbox: 'mailto:student@example.edu' } };
  const ext = statement.result.extensions;
  assert.deepEqual(ext['urn:worthit:xapi:prediction'], p);
  assert.equal(ext['urn:worthit:xapi:prediction-score'], p.score);
  assert.equal(ext['urn:worthit:xapi:lift'], message.comparison.lift);
  assert.equal(statement.result.score.scaled, message.comparison.lift);
  const problems = validateStatement(statement).map((w) => `${w.path.join('.')}: ${w.name}`);
  assert.deepEqual(problems, []);
  // The validator is not blind: a lift scaled beyond −1…1 fails.
  const broken = structuredClone(statement);
  broken.result.score.scaled = -1.5;
  assert.notDeepEqual(validateStatement(broken), []);
});
