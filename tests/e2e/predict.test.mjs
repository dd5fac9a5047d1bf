// Predict, then reveal, then score (issue 16, docs/exercises.md): with
// `?predict=1` no result shows and every control is locked until the
// student's estimate is locked; then the result is revealed and scored by
// the engine's rule. Driven by the keyboard alone, with the live region's
// text (what a screen reader announces) checked; axe on the asking and the
// revealed views in every language; screenshots at 1280×900 and 390×844.
// The host message and its xAPI statement carry the prediction, and the
// statement is valid for Learning Locker's xAPI validator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { axeCheck, openPage, raceErrors, screenshot } from './helpers.mjs';
import { messages, openHostPage, setupEmbed, waitForMessages } from './embed-lib.mjs';
import { id } from './page-lib.mjs';
import { expectedScore, tabTo } from './predict-lib.mjs';

const validateStatement = createRequire(import.meta.url)('@learninglocker/xapi-validation').default;
const env = setupEmbed();

async function asking(page) {
  await raceErrors(page, page.locator(`${id('predict')}[data-step="asking"]`).waitFor());
}

async function revealed(page) {
  await raceErrors(page, page.locator(`${id('predict')}[data-step="revealed"]`).waitFor({ timeout: 30_000 }));
}

test('predict, reveal, score by keyboard alone; the live region says it all', async () => {
  const page = await openPage(env.browser, '/?predict=1&preset=game-gameplay&lang=en', { width: 1280, height: 900 });
  await asking(page);
  // Nothing of the answer shows, and nothing can be changed.
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('[data-testid="adoption-share"]').count(), 0);
  assert.equal(await page.locator(id('cost-time-mean')).isDisabled(), true);
  assert.equal(await page.locator('#predict-input').getAttribute('aria-describedby'), 'predict-unit predict-help');
  assert.match(await page.innerText('#predict-unit'), /%/);
  assert.equal(await page.innerText('label[for="predict-input"]'), 'Your prediction of the adoption share');
  await axeCheck(page, { include: '[data-testid="predict"]', failOn: ['minor', 'moderate', 'serious', 'critical'] });
  await screenshot(page, 'predict-asking-1280x900');

  // An unusable entry is refused with a message tied to the box.
  await tabTo(page, page, 'predict-input');
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await raceErrors(page, page.locator(id('predict-error')).waitFor());
  assert.equal(await page.getAttribute('#predict-input', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#predict-input', 'aria-describedby'), 'predict-unit predict-error');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('50');
  await page.keyboard.press('Enter');
  await revealed(page);

  // The reveal: focus on its heading, the facts, the announcement.
  assert.equal(await page.evaluate(() => document.activeElement.className), 'predict__result-title');
  const announced = await page.innerText(id('predict-announce'));
  assert.match(
    announced,
    /^Adoption came out at \d+\.\d% \(95% interval \d+\.\d–\d+\.\d%\)\. You predicted 50\.0%: an error of [+−]\d+\.\d points, (inside|outside) the interval\. Score: \d\.\d\d of 1\.$/,
  );
  const score = Number(await page.getAttribute(id('predict-score'), 'data-score'));
  assert.ok(score >= 0 && score <= 1);
  assert.match(announced, new RegExp(`Score: ${score.toFixed(2)} of 1`));
  // The results are back and the controls open again.
  await raceErrors(page, page.locator('[data-testid="adoption-share"]').waitFor());
  assert.equal(await page.locator(id('cost-time-mean')).isDisabled(), false);
  await axeCheck(page, { include: '[data-testid="predict"]', failOn: ['minor', 'moderate', 'serious', 'critical'] });
  await screenshot(page, 'predict-revealed-1280x900');
});

for (const lang of ['en', 'zh-CN', 'zh-TW', 'ko']) {
  test(`the predict views in ${lang}: axe clean, translated, at 390×844`, async () => {
    const page = await openPage(env.browser, `/?predict=1&preset=game-gameplay&lang=${lang}`, { width: 390, height: 844 });
    await asking(page);
    // Another language's words arrive with its translation file.
    if (lang !== 'en') {
      await page.waitForFunction(
        () => !/Lock my/.test(document.querySelector('[data-testid="predict-lock"]')?.textContent ?? 'Lock my'),
      );
    }
    const text = await page.innerText(id('predict'));
    if (lang !== 'en') assert.doesNotMatch(text, /prediction|Lock my/, `${lang} shows English`);
    await axeCheck(page, { failOn: ['minor', 'moderate', 'serious', 'critical'], include: '[data-testid="predict"]' });
    await screenshot(page, `predict-asking-${lang}-390x844`);
    await page.fill('#predict-input', '40');
    await page.press('#predict-input', 'Enter');
    await revealed(page);
    const announced = await page.innerText(id('predict-announce'));
    assert.ok(announced.length > 20);
    if (lang !== 'en') assert.doesNotMatch(announced, /Adoption came out/);
    await axeCheck(page, { failOn: ['minor', 'moderate', 'serious', 'critical'], include: '[data-testid="predict"]' });
    await screenshot(page, `predict-revealed-${lang}-390x844`);
  });
}

test('the host hears the prediction, and the xAPI statement with it is valid', async () => {
  const src = `${env.server.url}/?embed=1&predict=1&preset=game-gameplay`;
  const page = await openHostPage(
    env,
    'predict-host.html',
    `<iframe src="${src}" title="worthit" width="900" height="900"></iframe>
     <script>window.worthitMessages = [];
     addEventListener('message', (e) => { if (e.data && String(e.data.type).startsWith('worthit:')) window.worthitMessages.push(e.data); });</script>`,
  );
  const frame = page.frameLocator('iframe');
  await frame.locator(id('predict-input')).waitFor();
  // Results arrive (hidden from the student) without a prediction.
  const [first] = await waitForMessages(page, 'worthit:result');
  assert.equal(first.prediction, undefined);
  await frame.locator(id('predict-input')).fill('62.5');
  await frame.locator(id('predict-input')).press('Enter');
  await frame.locator(`${id('predict')}[data-step="revealed"]`).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.worthitMessages.some((m) => m.type === 'worthit:result' && m.prediction));
  const message = (await messages(page)).find((m) => m.type === 'worthit:result' && m.prediction);
  const p = message.prediction;
  assert.equal(p.metric, 'adoption_share');
  assert.equal(p.predicted, 0.625);
  assert.equal(p.actual, message.results.adoption.share);
  assert.deepEqual(p.ci95, message.results.adoption.ci95);
  assert.ok(Math.abs(p.error_points - 100 * (0.625 - p.actual)) < 1e-9);
  assert.equal(p.inside_ci95, p.ci95[0] <= 0.625 && 0.625 <= p.ci95[1]);
  assert.equal(p.tolerance, 0.2);
  assert.ok(Math.abs(p.score - expectedScore(p)) < 1e-12, `score ${p.score}`);
  const ext = message.statement.result.extensions;
  assert.deepEqual(ext['urn:worthit:xapi:prediction'], p);
  assert.equal(ext['urn:worthit:xapi:prediction-score'], p.score);
  // A wrapper adds the actor (worthit does not know who is using it).
  const statement = { ...message.statement, actor: { objectType: 'Agent', mbox: 'mailto:student@example.edu' } };
  const problems = validateStatement(statement).map((w) => `${w.path.join('.')}: ${w.name}`);
  assert.deepEqual(problems, []);
  // The validator is not blind: the same statement with a broken score fails.
  const broken = structuredClone(statement);
  broken.result.score.scaled = 2;
  assert.notDeepEqual(validateStatement(broken), []);
});
