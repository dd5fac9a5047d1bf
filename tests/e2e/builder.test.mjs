// "Build an activity" (issue 16, docs/exercises.md): the form composes a
// link whose page shows exactly the previewed controls, locks and
// language; the preview is an iframe of that very link; out come the link,
// the iframe snippet and a QR code. Axe clean in every language,
// screenshots at 1280×900 and 390×844.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeCheck, openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { alertText, assertNoPanic, id } from './page-lib.mjs';
import { ALL_LEVELS, FTL, LANGS } from './i18n-lib.mjs';

// The preview frame is sandboxed like the snippet, so its files are fetched
// with `Origin: null` and need the header docs/embedding.md asks for.
const env = setup({ headers: { 'Access-Control-Allow-Origin': '*' } });
const GROUPS = ['value', 'costs', 'screenshots', 'audience', 'alternatives', 'decision', 'time', 'retention', 'simulation'];
const RESULT = '[data-testid="adoption-share"][data-adopters]';

/** The frame of `page` that loaded `url` (the preview), once it has. */
async function frameOf(page, url) {
  // The preview's own frame, once it has navigated to `url`'s query (its
  // `src` is checked to be the link itself). The page in it may rewrite
  // its hash as it takes the scenario up, so the hash is not compared.
  const preview = await page.$(id('builder-preview'));
  const search = new URL(url).search;
  for (let i = 0; i < 600; i++) {
    const frame = await preview.contentFrame();
    const at = frame?.url() ?? '';
    if (at.startsWith('http') && new URL(at).search === search) return frame;
    await page.waitForTimeout(100);
  }
  return null;
}

/** Which editor groups a page or frame shows, and its language. */
async function shown(target) {
  // A link with `predict=1` asks for the student's estimate before any
  // result shows (and locks the controls until then): give one.
  await target.waitForSelector(`${RESULT}, ${id('predict-input')}`, { timeout: 30_000 });
  const asked = (await target.$$(id('predict-input'))).length > 0;
  if (asked) {
    await target.fill(id('predict-input'), '30');
    await target.press(id('predict-input'), 'Enter');
  }
  await target.waitForSelector(RESULT, { timeout: 30_000 });
  const groups = [];
  for (const group of GROUPS) {
    if ((await target.$$(id(`group-${group}`))).length) groups.push(group);
  }
  return {
    asked,
    groups,
    lang: await target.getAttribute('html', 'lang'),
    trustLocked: await target.isDisabled(id('cost-trust-mean')),
    trust: await target.inputValue(id('cost-trust-mean')),
    moneyLocked: await target.isDisabled(id('cost-money-mean')),
    exercise: (await target.innerText(id('exercise-title'))).trim(),
  };
}

test('the builder makes a link whose page shows exactly the preview', async (t) => {
  const page = await openPage(env.browser, '/?build=1', { width: 1280, height: 900 });
  await page.waitForSelector(id('builder'));
  await page.selectOption(id('builder-source'), 'finance-modest-claim');
  for (const group of GROUPS) {
    if (group !== 'costs' && group !== 'audience') await page.uncheck(id(`builder-group-${group}`));
  }
  await page.check(id('builder-lock-product.costs.trust'));
  await page.fill(id('builder-lock-product.costs.trust-value'), '0.9');
  await page.selectOption(id('builder-lang'), 'ko');
  await page.check(id('builder-predict'));
  await page.check(id('builder-exercise'));
  // The preset's own exercise fills the goal; the teacher sets the target.
  assert.equal(await page.inputValue(id('builder-title')), FTL.en.get('preset-finance-modest-claim-exercise-title'));
  await page.fill(id('builder-target'), '45');

  const link = await page.inputValue(id('builder-link'));
  t.diagnostic(link.slice(0, 160));
  const url = new URL(link);
  assert.equal(url.searchParams.get('embed'), '1');
  assert.equal(url.searchParams.get('controls'), 'costs,audience');
  assert.equal(url.searchParams.get('lock'), 'product.costs.trust');
  assert.equal(url.searchParams.get('lang'), 'ko');
  assert.equal(url.searchParams.get('predict'), '1');
  assert.match(url.hash, /^#s=/, 'a changed scenario travels in the hash');
  assert.equal(await page.getAttribute(id('builder-preview'), 'src'), link, 'the preview is the link');
  assert.ok(await page.isVisible(`${id('builder-qr')} svg[role="img"]`));
  const code = await page.inputValue(id('builder-code'));
  assert.ok(code.includes(`src="${link.replaceAll('&', '&amp;')}"`), code.slice(0, 200));
  await screenshot(page, 'builder-1280x900');
  await screenshot(page, 'builder-1280x900-full', { fullPage: true });

  // The preview frame and the link opened by a student show the same.
  const frame = await frameOf(page, link);
  assert.ok(frame, 'the preview frame loaded the link');
  const inPreview = await shown(frame);
  const student = await openPage(env.browser, link, { width: 1280, height: 900 });
  const opened = await shown(student);
  assert.deepEqual(opened, inPreview);
  assert.deepEqual(opened.groups, ['costs', 'audience']);
  assert.equal(opened.asked, true, 'the link asks for a prediction first');
  assert.equal(opened.lang, 'ko');
  assert.equal(opened.trustLocked, true);
  assert.equal(Number(opened.trust), 0.9);
  assert.equal(opened.moneyLocked, false, 'the costs group is open; only the trust cost is locked');
  assert.equal(opened.exercise, FTL.ko.get('preset-finance-modest-claim-exercise-title'));
  assert.ok((await student.innerText(id('exercise-goal'))).includes('45'));
});

test('the builder is reachable from the page and starts from its scenario', async () => {
  const page = await openPage(env.browser, '/?preset=content-account', { width: 1280, height: 900 });
  await waitForResult(page, { timeout: 30_000 });
  await page.click(id('build-activity'));
  await page.waitForSelector(id('builder'));
  assert.equal(await page.inputValue(id('builder-source')), 'current');
  const link = await page.inputValue(id('builder-link'));
  const student = await openPage(env.browser, link, { width: 1280, height: 900 });
  await waitForResult(student, { timeout: 30_000 });
  assert.equal(
    (await student.innerText('.embed-title')).trim(),
    FTL.en.get('preset-content-account-name'),
  );
});

// A broken link says so, as on the main page (the same typed error, put
// into the same words), then what the builder does instead: it starts
// from the default preset and keeps working. It writes neither the
// address nor storage, so the scenario the page had saved is still there
// when the teacher goes back.
const BROKEN = [
  { hash: '#s=AAAA-broken', says: /This link's scenario is damaged \(.+\); was the link cut short\?/ },
  { hash: '#c=AAAA-broken', says: /This link's comparison is damaged; was the link cut short\?/ },
];
for (const [i, { hash, says }] of BROKEN.entries()) {
  test(`a broken link (${hash}) in the builder is said, the builder starts from the default preset, the page's saved scenario stays`, async () => {
    const page = await openPage(env.browser, '/?preset=content-account&lang=en', { width: 1280, height: 900 });
    const saved = await waitForResult(page, { timeout: 30_000 });
    await page.waitForFunction(() => localStorage.getItem('worthit.scenario.v1') !== null);
    const stored = await page.evaluate(() => localStorage.getItem('worthit.scenario.v1'));

    await page.goto(new URL(`/?build=1&lang=en${hash}`, page.url()).href);
    await page.waitForSelector(id('builder'));
    const text = await alertText(page);
    assert.match(text, says);
    assert.match(text, /The activity starts from the default preset instead\./);
    assert.doesNotMatch(text, /previous scenario is kept/, 'the builder has no previous scenario to keep');
    await assertNoPanic(page);
    if (i === 0) {
      await screenshot(page, 'builder-bad-link-1280x900');
      await axeCheck(page, { include: id('notice') });
    }
    // It works on the default preset: a link, a preview, and the form
    // still changes the link.
    assert.equal(await page.locator(`${id('builder-source')} option[value="current"]`).count(), 0);
    assert.equal(await page.inputValue(id('builder-source')), 'game-character-art');
    const link = await page.inputValue(id('builder-link'));
    assert.ok(link.includes('embed=1'), link);
    await page.check(id('builder-compare'));
    assert.match(await page.inputValue(id('builder-link')), /compare=1/);
    assert.ok(page.url().endsWith(hash), 'the address is left as it came');
    await page.click('[aria-label="Dismiss message"]');
    // The notice goes with the page's next render, which can come after
    // the click returns on a loaded machine: wait for it (a notice that
    // stayed would fail here after the timeout).
    await page.locator('[role="alert"]').waitFor({ state: 'detached', timeout: 10_000 });

    // Back on the page, the scenario it had saved is still the one shown.
    assert.equal(await page.evaluate(() => localStorage.getItem('worthit.scenario.v1')), stored);
    await page.click('.builder-back');
    const back = await waitForResult(page, { timeout: 30_000 });
    assert.equal(back.adopters, saved.adopters);
    assert.equal(back.users, saved.users);
  });
}

test('in compare mode the builder asks what students predict, and the link asks exactly that', async () => {
  const page = await openPage(env.browser, '/?build=1&lang=en', { width: 1280, height: 900 });
  await page.waitForSelector(id('builder'));
  // The metric's choice appears only with compare mode and a prediction.
  await page.check(id('builder-predict'));
  assert.equal(await page.locator(id('builder-predict-metric')).count(), 0);
  await page.check(id('builder-compare'));
  assert.equal(await page.inputValue(id('builder-predict-metric')), 'lift');
  assert.equal(new URL(await page.inputValue(id('builder-link'))).searchParams.get('predict'), 'lift');
  // On a preset B starts as a copy of A, so what students predict is a
  // tie: the choice says so and what to do, tied to it for screen readers.
  const hint = await page.innerText(id('builder-predict-copy'));
  assert.ok(hint.startsWith(FTL.en.get('builder-predict-copy')), hint);
  assert.equal(await page.getAttribute(id('builder-predict-metric'), 'aria-describedby'), 'builder-predict-copy');
  const fix = await page.getAttribute(id('builder-predict-copy-open'), 'href');
  assert.match(fix, /\?preset=game-character-art&compare=1$/);
  await page.selectOption(id('builder-predict-metric'), 'winner');
  assert.equal(await page.locator(id('builder-predict-copy')).count(), 1, 'a winner of B = A is a tie too');
  const link = await page.inputValue(id('builder-link'));
  assert.equal(new URL(link).searchParams.get('predict'), 'winner');
  assert.equal(new URL(link).searchParams.get('compare'), '1');
  await axeCheck(page, { include: '.builder-modes', failOn: ['minor', 'moderate', 'serious', 'critical'] });
  await screenshot(page, 'builder-compare-predict-1280x900');
  // The preview and a student's page ask for the winner.
  const frame = await frameOf(page, link);
  await frame.waitForSelector(`${id('predict')}[data-metric="winner"]`, { timeout: 30_000 });
  const student = await openPage(env.browser, link, { width: 1280, height: 900 });
  await student.waitForSelector(`${id('predict')}[data-metric="winner"] ${id('predict-choice-b')}`, { timeout: 30_000 });
  // The hint's link opens the preset in compare mode, where B is changed
  // before coming back.
  await student.goto(fix);
  await student.waitForSelector(id('verdict'), { timeout: 60_000 });
  assert.equal(await student.isVisible(id('build-activity')), true);
  // Without a prediction there is nothing to warn about.
  await page.uncheck(id('builder-predict'));
  assert.equal(await page.locator(id('builder-predict-copy')).count(), 0);
});

test('from compare mode the builder takes the comparison, so students compare the same two variants', async () => {
  const page = await openPage(env.browser, '/?compare=1&lang=en', { width: 1280, height: 900 });
  const verdict = `[data-testid="verdict"][data-state="done"][data-stale="false"] ${id('compare-lift')}`;
  await page.waitForSelector(verdict, { timeout: 60_000 });
  // B now differs from A: one screenshot fewer.
  await page.click(id('strip-b-0-remove'));
  await page.waitForSelector(verdict, { timeout: 60_000 });
  const lift = await page.getAttribute(id('compare-lift'), 'data-lift');
  await page.click(id('build-activity'));
  await page.waitForSelector(id('builder'));
  assert.equal(await page.inputValue(id('builder-source')), 'current');
  assert.equal(await page.isChecked(id('builder-compare')), true, 'a comparison starts in compare mode');
  // The teacher's own B: predicting it is not a tie, so no hint.
  await page.check(id('builder-predict'));
  await page.waitForSelector(id('builder-predict-metric'));
  assert.equal(await page.locator(id('builder-predict-copy')).count(), 0);
  await page.uncheck(id('builder-predict'));
  const link = await page.inputValue(id('builder-link'));
  assert.match(link, /compare=1/);
  assert.match(link, /#c=[A-Za-z0-9_-]+$/, 'the comparison travels whole');
  const student = await openPage(env.browser, link, { width: 1280, height: 900 });
  await student.waitForSelector(verdict, { timeout: 60_000 });
  assert.equal(await student.getAttribute(id('compare-lift'), 'data-lift'), lift, 'the teacher\'s A vs. B, not B = A');
  // Turned off, the link is the single scenario A again.
  await page.uncheck(id('builder-compare'));
  assert.doesNotMatch(await page.inputValue(id('builder-link')), /#c=|compare=1/);
});

test('the builder at 390×844', async () => {
  const page = await openPage(env.browser, '/?build=1', { width: 390, height: 844 });
  await page.waitForSelector(`${id('builder-qr')} svg`);
  await screenshot(page, 'builder-390x844');
  await screenshot(page, 'builder-390x844-full', { fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
});

for (const lang of LANGS) {
  test(`the builder and its preview are axe clean in ${lang}`, async () => {
    const page = await openPage(env.browser, `/?build=1&lang=${lang}`, { width: 1280, height: 900 });
    await page.waitForSelector(id('builder'));
    await page.check(id('builder-exercise'));
    await page.selectOption(id('builder-lang'), lang);
    const link = await page.inputValue(id('builder-link'));
    const frame = await frameOf(page, link);
    assert.ok(frame);
    await frame.waitForSelector(RESULT, { timeout: 30_000 });
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    // axe-core checks the preview frame too (the compact embed).
    await axeCheck(page, ALL_LEVELS);
  });
}
