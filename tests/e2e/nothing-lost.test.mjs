// Nothing lost, nothing contradictory, tried as a user would:
// compare mode keeps B when it is turned off and on (and across a reload),
// and remembers A's edits for the next visit;
// one 1 MiB limit for files and links, named as the reason; a results file
// or a file with a byte-order mark opened as a scenario; number boxes wide
// enough for the numbers they take; the lift kept in view on a phone; the
// lab's PNG downloads; and axe-core 4.14's label-in-name rule.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeCheck, openPage, raceErrors, screenshot, setup, waitForResult } from './helpers.mjs';
import { alertText, assertNoPanic, downloadFromMenu, downloadText, id } from './page-lib.mjs';

const env = setup();

/** Waits for the verdict of the current inputs; returns the lift. */
async function lift(page) {
  const selector = `${id('verdict')}[data-state="done"][data-stale="false"] ${id('compare-lift')}`;
  await raceErrors(page, page.waitForSelector(selector, { timeout: 60_000 }));
  return page.evaluate(() => document.querySelector('[data-testid="verdict"]').dataset.state);
}

/** The kinds of B's strip, in order. */
function stripB(page) {
  return page.$$eval('[data-testid="strip-b"] li.strip-card', (cards) =>
    cards.map((card) => card.querySelector('.strip-name')?.textContent.trim()),
  );
}

test('turning compare mode off and on keeps B, also across a reload, until it is discarded', async () => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  await page.click(id('compare-toggle'));
  await lift(page);
  await page.click(id('strip-b-0-remove'));
  await lift(page);
  const edited = await stripB(page);
  const paths = await page.getAttribute(id('compare-diff'), 'data-paths');
  assert.ok(paths.length > 0, 'B differs from A');

  // Off: A alone; the toggle says B is kept. On again: the same B.
  await page.click(id('compare-toggle'));
  await waitForResult(page);
  assert.equal(await page.getAttribute(id('compare-toggle'), 'data-b-kept'), 'true');
  await page.click(id('compare-toggle'));
  await lift(page);
  assert.deepEqual(await stripB(page), edited);
  assert.equal(await page.getAttribute(id('compare-diff'), 'data-paths'), paths);

  // Off, then a reload of the single-mode address: B comes back from
  // storage when compare mode is turned on.
  await page.click(id('compare-toggle'));
  await waitForResult(page);
  await page.reload();
  await waitForResult(page);
  await page.click(id('compare-toggle'));
  await lift(page);
  assert.deepEqual(await stripB(page), edited);

  // Discarded knowingly: B is a copy of A again, and stays one.
  await page.click(id('reset-b'));
  await page.waitForSelector(id('compare-same'));
  await page.click(id('compare-toggle'));
  await waitForResult(page);
  assert.equal(await page.getAttribute(id('compare-toggle'), 'data-b-kept'), 'false');
  await page.click(id('compare-toggle'));
  await page.waitForSelector(id('compare-same'));
  await assertNoPanic(page);
});

test('an edit of A in compare mode is remembered: the next visit starts from it', async () => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  await page.click(id('compare-toggle'));
  await lift(page);
  // The screenshots of the scenario stored for the next visit.
  const stored = (p) =>
    p.evaluate(() => JSON.parse(localStorage.getItem('worthit.scenario.v1') ?? 'null')?.product?.screenshots ?? null);
  const shown = await page.$$eval('[data-testid="strip-a"] li.strip-card', (cards) => cards.length);
  await page.click(id('strip-a-0-remove'));
  await lift(page);
  // Written with the address once the run is done (the page's throttle).
  await page.waitForFunction(
    (n) => JSON.parse(localStorage.getItem('worthit.scenario.v1') ?? 'null')?.product?.screenshots?.length === n,
    shown - 1,
  );
  const edited = await stored(page);
  // A new visit of the plain address (no link) opens A as it was left.
  const again = await page.context().newPage();
  await again.goto(page.url().split('#')[0].split('?')[0]);
  await waitForResult(again);
  assert.deepEqual(await stored(again), edited);
  await again.close();
  await assertNoPanic(page);
});

test('every way in refuses a document over 1 MiB as too large, and names a results file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'worthit-limits-'));
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  const first = await waitForResult(page);

  // A file with a 2 MB title: refused unread, with the reason.
  const big = {
    schema: 1,
    title: 'x'.repeat(2 << 20),
    product: { value: { dist: 'fixed', value: 1 } },
  };
  const bigPath = join(dir, 'big.json');
  await writeFile(bigPath, JSON.stringify(big));
  await page.setInputFiles(id('open-file-input'), bigPath);
  assert.match(await alertText(page), /too large: over 1 MiB/);
  assert.doesNotMatch(page.url(), /x{100}/);

  // The page's own results download, opened as a scenario.
  const results = await downloadFromMenu(page, 'results-json');
  const resultsPath = join(dir, 'results.json');
  await writeFile(resultsPath, await downloadText(results));
  await page.setInputFiles(id('open-file-input'), resultsPath);
  const said = await alertText(page);
  assert.match(said, /results file/);
  assert.match(said, /Open the scenario file/);
  assert.doesNotMatch(said, /unknown field/);

  // A scenario saved with a byte-order mark opens.
  const scenario = await downloadFromMenu(page, 'scenario-json');
  const bomPath = join(dir, 'bom.json');
  await writeFile(bomPath, `\u{feff}${(await downloadText(scenario)).replace('"seed": ', '"seed": 9')}`);
  await page.setInputFiles(id('open-file-input'), bomPath);
  const opened = await waitForResult(page, { differentFrom: first });
  assert.match(await page.innerText(id('notice')), /Opened/);
  assert.ok(opened.adopters > 0);

  // A link whose scenario inflates past the limit: "too large", not
  // "damaged … cut short".
  const hugeLink = `/#scenario=${encodeURIComponent(JSON.stringify(big))}`;
  const linked = await openPage(env.browser, hugeLink.slice(0, 2_000_000));
  await waitForResult(linked);
  const linkSaid = await alertText(linked);
  assert.match(linkSaid, /too large: over 1 MiB/);
  assert.doesNotMatch(linkSaid, /cut short/);
  await assertNoPanic(page);
});

test('number boxes show the whole of the longest numbers they take', async () => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page);
  await page.click(id('compare-toggle'));
  await lift(page);
  // The measure itself can fail: a box too narrow for "1e308" is caught.
  const probe = await page.evaluate(() => {
    const box = document.createElement('input');
    box.type = 'number';
    box.style.width = '30px';
    document.body.append(box);
    box.value = '1e308';
    const caught = box.scrollWidth > box.clientWidth;
    box.remove();
    return caught;
  });
  assert.ok(probe, 'a narrow box is detected');
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // Written into each box without an input event, so nothing runs: only
    // whether the text fits is measured.
    const clipped = await page.$$eval('input[type="number"]', (boxes) =>
      boxes
        .filter((box) => box.offsetParent !== null)
        .filter((box) => {
          const before = box.value;
          box.value = '1e308';
          const fits = box.scrollWidth <= box.clientWidth;
          box.value = before;
          return !fits;
        })
        .map((box) => box.id || box.dataset.testid),
    );
    assert.deepEqual(clipped, [], `at ${width} px these boxes cut "1e308" short`);
  }
});

test('a phone in compare mode keeps the lift in view, and the lab charts download as PNG', async () => {
  const page = await openPage(env.browser, '/?compare=1', { width: 390, height: 844, acceptDownloads: true });
  await lift(page);
  await page.click(id('strip-b-0-remove'));
  await lift(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForSelector(id('lift-pill'), { state: 'detached' });
  // Down to B's editor, under the strip: the verdict is out of sight.
  await page.evaluate(() =>
    document.querySelector('[data-testid="variant-b"] [data-testid="editor"]').scrollIntoView(),
  );
  await page.waitForSelector(id('lift-pill'), { state: 'visible' });
  const pill = await page.innerText(id('lift-pill'));
  assert.match(pill, /B vs\. A/);
  await screenshot(page, 'nothing-lost-lift-pill-390x844');
  await axeCheck(page, { failOn: ['minor', 'moderate', 'serious', 'critical'] });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const [testid, name] of [
    ['download-png-overlay', /-a-vs-b\.png$/],
    ['download-png-claims', /-claim-curve\.png$/],
  ]) {
    await page.waitForSelector(`${id(testid)}:not([disabled])`, { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(id(testid))]);
    assert.match(download.suggestedFilename(), name);
  }
  // axe-core 4.14 checks WCAG 2.5.3 (label in name) on every button.
  await axeCheck(page, { failOn: ['minor', 'moderate', 'serious', 'critical'] });
  await screenshot(page, 'nothing-lost-compare-1280x900');
});
