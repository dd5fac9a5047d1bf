// Who stays in "Your data": a store listing experiment's two
// metrics, installs and retained first-time installers. With retention on
// the panel asks for retained adopters, names a count above the adopters
// at its field, fits what only use reveals (the experienced value) and
// shows who stays in the predictive check, number for number as `worthit
// calibrate --json` (a file of its own: the retention spec's tests fill
// the per-file time limit).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeCheck, openPage, raceErrors, screenshot, setup, waitForResult } from './helpers.mjs';
import { assertNoPanic, choosePreset, id, setNumber } from './page-lib.mjs';
import { assertSameFit, freshWorthit, pageFit, run, tempJson } from './calibrate-lib.mjs';
import { pageScenario, waitDone, retainedShown, usersAre } from './retention-lib.mjs';

const env = setup();
const USERS = 20000;

test('Your data: retained adopters join the fit, as worthit calibrate', { timeout: 600_000 }, async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  // Without retention the panel asks for installs only.
  assert.equal(await page.locator(id('data-retained-0')).count(), 0, 'no retained field without retention');
  await choosePreset(page, 'game-installs-vs-users-art');
  await setNumber(page, 'users', USERS);
  await waitDone(page, `${usersAre(USERS)} && ${retainedShown}`);

  // A store listing experiment's two metrics for this page.
  const panel = page.locator(id('data-panel'));
  await panel.scrollIntoViewIfNeeded();
  await page.fill(id('data-users-0'), '6,500');
  await page.fill(id('data-adopters-0'), '3705');
  // More retained than adopters is named at its field, and nothing runs.
  await page.fill(id('data-retained-0'), '3706');
  await page.click(id('calibrate-run'));
  await page.waitForSelector(id('data-problems'));
  assert.deepEqual(
    (await page.getAttribute(id('data-problems'), 'data-fields')).split(' '),
    ['calibration.observed[0].retained'],
  );
  assert.match(await page.innerText(id('data-problems')), /more retained adopters than adopters/);
  await page.fill(id('data-retained-0'), '2790');
  // What only use reveals can be fitted now: the experienced value.
  await page.check(id('data-fit-product.experience.mean'));
  await page.uncheck(id('data-fit-product.value.mean'));
  await page.click(id('calibrate-run'));
  const shown = await pageFit(page, ['product.experience.mean']);
  assert.equal(shown.retained.length, 1);
  const [kept] = shown.retained;
  assert.equal(kept.observed, 2790 / 6500);
  assert.ok(kept.ci95[0] <= kept.observed && kept.observed <= kept.ci95[1], JSON.stringify(kept));
  assert.match(await page.innerText(id('data-predicted-retained-0')), /who stays: observed 42\.9% still using it \(2,790 of 6,500\)/);

  // The same scenario and block by the command line: number for number.
  const scenario = await pageScenario(page);
  scenario.calibration = {
    fit: ['product.experience.mean'],
    observed: [{ users: 6500, adopters: 3705, retained: 2790, set: {} }],
  };
  const worthit = await freshWorthit();
  const file = await tempJson('calibrate-retained.json', scenario);
  const cli = JSON.parse((await run(worthit, ['calibrate', file, '--json'])).stdout);
  assertSameFit(shown, cli);
  t.diagnostic(`experience mean ${shown.fit[0].estimate} (${shown.fit[0].ci95.join('–')}); retained ${kept.share}`);
  await page.waitForSelector(id('data-check-chart') + ' svg');
  await page.locator(id('data-result')).scrollIntoViewIfNeeded();
  await screenshot(page, 'retention-data-fit-1280x900');
  await axeCheck(page, { include: id('data-panel') });
  await assertNoPanic(page);
});
