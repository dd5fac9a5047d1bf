// The screenshot lab: compare mode, the verdict, the strip
// editor, "which screenshot next?" and the claim explorer, end to end.
//
// - In the game preset, B's character art is replaced by gameplay and
//   progression with the strip editor (remove, add, keyboard reorder): the
//   lift is positive with its whole 95% interval above zero, and the page's
//   numbers equal those of `worthit compare` on the downloaded comparison.
// - Comparison links and files carry both variants; bad ones are alerts
//   with the problem's path, and the page keeps working.
// - The claim explorer shows a peak strictly inside its range in the
//   finance preset.
// - Screenshots at 1280×900 and 390×844; axe in compare mode.

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
import { freshWorthit, run, tempJson } from './calibrate-lib.mjs';
import { alertText, assertNoPanic, choosePreset, downloadFromMenu, downloadText, id } from './page-lib.mjs';

const env = setup();

/**
 * Waits until the verdict shows the comparison of the current inputs and
 * returns its numbers: both shares' counts and the lift with its interval,
 * as the page holds them (unrounded).
 */
async function verdict(page, { timeout = 60_000 } = {}) {
  await raceErrors(
    page,
    page.waitForSelector(`${id('verdict')}[data-state="done"][data-stale="false"] ${id('compare-lift')}`, {
      timeout,
    }),
  );
  return page.evaluate(() => {
    const get = (testid) => document.querySelector(`[data-testid="${testid}"]`);
    const lift = get('compare-lift');
    const side = (s) => ({
      adopters: Number(get(`compare-${s}-share`).dataset.adopters),
      users: Number(get(`compare-${s}-share`).dataset.users),
      share: Number(get(`compare-${s}-share`).dataset.share),
    });
    return {
      elapsedMs: Number(get('verdict').dataset.elapsedMs),
      a: side('a'),
      b: side('b'),
      lift: Number(lift.dataset.lift),
      lo: Number(lift.dataset.lo),
      hi: Number(lift.dataset.hi),
      p: Number(lift.dataset.p),
      text: lift.innerText,
      sentence: get('compare-sentence').innerText,
    };
  });
}

/** The kinds in variant `side`'s strip, in order. */
function strip(page, side) {
  return page.$$eval(`${id(`strip-${side}`)} li.strip-card`, (cards) => cards.map((c) => c.dataset.kind));
}

/**
 * Waits until the lab's cards have settled: the other cards (the next
 * screenshot's ranking) rerun after each edit and are greyed out
 * meanwhile, so axe checks the settled page, not a card fading back in.
 */
async function labSettled(page) {
  await page.waitForFunction(
    () => !document.querySelector('.lab-card.stale') &&
      [...document.querySelectorAll('.lab-card .next-list, .lab-card .verdict-numbers')]
        .every((e) => getComputedStyle(e).opacity === '1'),
    null,
    { timeout: 60_000 },
  );
}

test(
  'game preset: gameplay and progression in B win over character art, as worthit compare says',
  { timeout: 600_000 },
  async (t) => {
    const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
    await waitForResult(page);
    await choosePreset(page, 'game-character-art');
    await page.click(id('compare-toggle'));
    assert.equal(await page.getAttribute(id('compare-toggle'), 'aria-pressed'), 'true');

    // B starts as a copy of A: no difference, a lift of exactly zero.
    const same = await verdict(page);
    assert.equal(same.lift, 0);
    assert.equal(same.a.adopters, same.b.adopters);
    await page.waitForSelector(id('compare-same'));
    assert.match(page.url(), /#c=/, 'the URL holds the comparison');

    // Replace the four character-art screenshots of B.
    assert.deepEqual(await strip(page, 'b'), ['characters', 'characters', 'characters', 'characters', 'gameplay']);
    for (let i = 0; i < 4; i++) await page.click(id('strip-b-0-remove'));
    await page.selectOption(id('strip-b-kind'), 'progression');
    await page.click(id('strip-b-add'));
    await page.selectOption(id('strip-b-kind'), 'gameplay');
    await page.click(id('strip-b-add'));
    // The last card to the front by keyboard: focus follows it.
    await page.focus(id('strip-b-2'));
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'strip-b-0');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'strip-b-1');
    assert.deepEqual(await strip(page, 'b'), ['gameplay', 'gameplay', 'progression']);
    assert.deepEqual(await strip(page, 'a'), ['characters', 'characters', 'characters', 'characters', 'gameplay']);

    const won = await verdict(page);
    t.diagnostic(`A ${won.a.share}, B ${won.b.share}, lift ${won.lift} (${won.lo}–${won.hi}), P(B>A) ${won.p}`);
    t.diagnostic(`A and B, 100,000 people each, compared in the worker in ${won.elapsedMs} ms`);
    assert.ok(won.lift > 0, `B wins: lift ${won.lift}`);
    assert.ok(won.lo > 0, `the whole 95% interval is above zero: ${won.lo}–${won.hi}`);
    assert.ok(won.lo <= won.lift && won.lift <= won.hi);
    assert.ok(won.p > 0.99);
    assert.equal(won.a.users, 100000);
    assert.equal(won.b.users, 100000);
    assert.match(won.text, /\+\d+\.\d points/);
    assert.match(won.sentence, /B wins by \d+\.\d points \(\d+\.\d–\d+\.\d\); B is better with probability/);

    // What differs is listed and marked.
    const paths = (await page.getAttribute(id('compare-diff'), 'data-paths')).split(' ');
    assert.ok(paths.includes('product.screenshots[0]'), paths.join(' '));
    assert.ok(await page.isVisible(id('diff-screenshots')));
    assert.equal(await page.getAttribute(id('strip-b'), 'data-differs'), 'true');

    await labSettled(page);
    await screenshot(page, 'lab-compare-1280x900');
    // No violation at any level, in compare mode.
    await axeCheck(page, { failOn: ['minor', 'moderate', 'serious', 'critical'] });

    // The downloaded comparison, run by the command line: the same numbers.
    const download = await downloadFromMenu(page, 'scenario-json');
    assert.match(download.suggestedFilename(), /comparison\.json$/);
    const doc = JSON.parse(await downloadText(download));
    assert.equal(doc.kind, 'worthit-comparison');
    assert.deepEqual(doc.b.product.screenshots, ['gameplay', 'gameplay', 'progression']);
    const file = await tempJson('ab.json', doc);
    const cli = JSON.parse((await run(await freshWorthit(), ['compare', file, '--json'])).stdout);
    assert.equal(won.a.adopters, cli.a.adoption.adopters, 'A: page and CLI count the same adopters');
    assert.equal(won.b.adopters, cli.b.adoption.adopters, 'B: page and CLI count the same adopters');
    assert.equal(won.lift, cli.comparison.lift);
    assert.equal(won.lo, cli.comparison.ci95[0]);
    assert.equal(won.hi, cli.comparison.ci95[1]);
    assert.equal(won.p, cli.comparison.p_b_better);
  },
);

test('a comparison link reproduces both variants; bad links are alerts and the page carries on', async () => {
  const page = await openPage(env.browser, '/?compare=1', { width: 1280, height: 900 });
  await verdict(page);
  await page.click(id('strip-b-0-remove'));
  const shown = await verdict(page);
  await page.click(id('share'));
  const link = await page.inputValue(id('share-link'));
  assert.match(link, /#c=[A-Za-z0-9_-]+$/);

  const other = await openPage(env.browser, link, { width: 1280, height: 900 });
  const again = await verdict(other);
  assert.deepEqual(
    [again.a.adopters, again.b.adopters, again.lift, again.lo, again.hi],
    [shown.a.adopters, shown.b.adopters, shown.lift, shown.lo, shown.hi],
  );
  assert.deepEqual(await strip(other, 'b'), await strip(page, 'b'));

  // Cut short: a message, and the page starts normally, with one scenario.
  const cut = await openPage(env.browser, `/${new URL(link).hash.slice(0, -40)}`);
  assert.match(await alertText(cut), /comparison is damaged/);
  await waitForResult(cut);
  await assertNoPanic(cut);

  // A bad variant: the message names it by its path.
  const doc = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
  doc.b.segments = [{ name: 'Everyone', share: -1 }];
  const bad = await openPage(env.browser, `/#comparison=${encodeURIComponent(JSON.stringify(doc))}`);
  const text = await alertText(bad);
  assert.match(text, /comparison is not valid/);
  assert.match(text, /b\.segments\[0\]\.share/);
  await waitForResult(bad);
  await assertNoPanic(bad);
});

test('comparison files open in compare mode; a plain scenario opens as A and B', async () => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  const a = JSON.parse(await downloadText(await downloadFromMenu(page, 'scenario-json')));
  const b = structuredClone(a);
  b.product.screenshots = ['gameplay', 'progression'];
  const doc = { kind: 'worthit-comparison', schema: 1, a, b };
  await page.setInputFiles(id('open-file-input'), {
    name: 'ab.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  await page.waitForSelector(id('compare-mode'));
  const opened = await verdict(page);
  assert.ok(opened.lift > 0);
  assert.deepEqual(await strip(page, 'b'), ['gameplay', 'progression']);

  // A plain scenario in compare mode: both variants, equal again.
  await page.setInputFiles(id('open-file-input'), {
    name: 'a.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(a)),
  });
  await page.waitForSelector(id('compare-same'));
  const equal = await verdict(page);
  assert.equal(equal.lift, 0);

  // A broken comparison file: an alert with the path; nothing changes.
  doc.b.users = 0;
  await page.setInputFiles(id('open-file-input'), {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  assert.match(await alertText(page), /broken\.json[\s\S]*b\.users/);
  assert.deepEqual(await strip(page, 'b'), await strip(page, 'a'));
  await assertNoPanic(page);
});

test('which screenshot next? ranks candidates and adds the chosen one', async (t) => {
  const page = await openPage(env.browser, '/?compare=1', { width: 1280, height: 900 });
  const started = Date.now();
  await verdict(page);
  const card = id('next-screenshot');
  await raceErrors(page, page.waitForSelector(`${card}[data-state="done"][data-stale="false"] ${id('next-row')}`, { timeout: 60_000 }));
  t.diagnostic(`ranking of ${await page.getAttribute(card, 'data-count')} candidates seen ${Date.now() - started} ms after the page loaded`);
  const rows = await page.$$eval(`${card} ${id('next-row')}`, (rows) =>
    rows.map((r) => ({ kind: r.dataset.kind, position: Number(r.dataset.position), lift: Number(r.dataset.lift) })),
  );
  assert.ok(rows.length >= 5, `${rows.length} rows`);
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].lift >= rows[i].lift, 'ranked best first');
  // In the character-art game, real play first is the best addition.
  assert.equal(rows[0].kind, 'gameplay');
  // How sure the ranking is over plausible effect sizes: every draw has
  // one best candidate, and the top one's share is said in words.
  const best = await page.$$eval(`${card} ${id('next-row')}`, (rows) => rows.map((r) => Number(r.dataset.best)));
  assert.ok(best.every((b) => b >= 0 && b <= 1), best.join(' '));
  const robust = await page.$eval(id('next-robust'), (el) => ({ ...el.dataset, text: el.textContent }));
  assert.equal(robust.covers, 'effect_prior_and_monte_carlo');
  assert.equal(Number(robust.best), best[0]);
  assert.match(robust.text, /best in \d+% of plausible effect sizes/);
  t.diagnostic(robust.text);
  await page.locator(card).scrollIntoViewIfNeeded();
  await screenshot(page, 'lab-next-robust-1280x900');
  const before = await strip(page, 'b');
  await page.click(`${card} ${id('next-apply')}`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="strip-b"] li.strip-card').length === n,
    before.length + 1,
  );
  const after = await strip(page, 'b');
  assert.equal(after[rows[0].position - 1], rows[0].kind);
  const won = await verdict(page);
  assert.ok(won.lo > 0, `the recommended screenshot wins: ${won.lo}–${won.hi}`);
});

test('the claim explorer shows a peak inside its range in the finance preset', async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  await choosePreset(page, 'finance-extreme-claim');
  await waitForResult(page);
  const card = id('claim-explorer');
  await page.click(id('claims-toggle'));
  const opened = Date.now();
  await raceErrors(page, page.waitForSelector(`${card}[data-state="done"][data-stale="false"][data-best-claim]`, { timeout: 60_000 }));
  t.diagnostic(`claim curve (41 claims × 20,000 people) shown ${Date.now() - opened} ms after opening the card`);
  const curve = await page.$eval(card, (el) => ({
    best: Number(el.dataset.bestClaim),
    share: Number(el.dataset.bestShare),
    none: Number(el.dataset.noClaimShare),
    lo: Number(el.dataset.lo),
    hi: Number(el.dataset.hi),
    points: Number(el.dataset.points),
  }));
  t.diagnostic(`best claim ${curve.best} of ${curve.lo}–${curve.hi}: ${curve.share} vs ${curve.none} without a claim`);
  assert.equal(curve.points, 41);
  assert.ok(curve.lo < curve.best && curve.best < curve.hi, 'the peak is strictly inside the range');
  assert.ok(curve.share > curve.none, 'a modest claim beats none');
  assert.match(await page.innerText(card), /Adoption peaks at a claim of/);
  assert.ok(await page.isVisible(`${card} svg`));
  await page.locator(card).scrollIntoViewIfNeeded();
  await screenshot(page, 'lab-claims-1280x900');

  // Using the best claim moves the page's answer to it.
  const before = await waitForResult(page);
  await page.click(id('claims-use-best'));
  const after = await waitForResult(page, { differentFrom: before });
  assert.notEqual(after.adopters, before.adopters);
});

test('compare mode on a phone: one variant at a time, no sideways scrolling, axe clean', async () => {
  const page = await openPage(env.browser, '/?compare=1', { width: 390, height: 844 });
  await verdict(page);
  // B first (the variant to change), A one tap away.
  assert.equal(await page.getAttribute(id('edit-b'), 'aria-pressed'), 'true');
  assert.ok(await page.isVisible(id('variant-b')));
  assert.ok(!(await page.isVisible(id('variant-a'))));
  await page.click(id('edit-a'));
  assert.equal(await page.getAttribute(id('edit-a'), 'aria-pressed'), 'true');
  assert.ok(await page.isVisible(id('variant-a')));
  assert.ok(!(await page.isVisible(id('variant-b'))));
  await page.click(id('edit-b'));
  assert.ok(await page.isVisible(id('variant-b')));
  await page.click(id('strip-b-0-remove'));
  await verdict(page);
  await assertNoHorizontalScroll(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'lab-compare-390x844');
  await page.locator(id('strip-b')).scrollIntoViewIfNeeded();
  await screenshot(page, 'lab-strip-390x844');
  await labSettled(page);
  // No violation at any level, in compare mode.
  await axeCheck(page, { failOn: ['minor', 'moderate', 'serious', 'critical'] });
  // Back to one scenario: the plain page with A.
  await page.click(id('compare-toggle'));
  await waitForResult(page);
  assert.match(page.url(), /#s=/);
});
