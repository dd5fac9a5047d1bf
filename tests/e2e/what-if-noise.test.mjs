// The what-ifs' precision on the page (docs/model.md, "what-ifs"): each
// bar carries its paired 95% interval of simulation noise as ±, the data
// table has it in a column, and the note under the chart says what it
// covers (the simulation's noise alone) and quotes the largest ±, in every
// language. Screenshots at 1280×900 and 390×844; axe on the card.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeCheck, openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';
import { ALL_LEVELS, FTL, LANGS } from './i18n-lib.mjs';

const env = setup();

/** The ± beside each what-if bar, in points, as drawn. */
async function barNoise(page) {
  const texts = await page.locator(`${id('chart-tornado')} svg text`).allTextContents();
  return texts.flatMap((t) => {
    const m = t.trim().match(/ ±(\d+[.,]\d+)$/);
    return m ? [Number(m[1].replace(',', '.'))] : [];
  });
}

for (const [width, height] of [[1280, 900], [390, 844]]) {
  test(`a normal run's what-if bars carry their ± and the note says what it covers (${width}×${height})`, async () => {
    const page = await openPage(env.browser, '/?lang=en', { width, height });
    await waitForResult(page, { timeout: 30_000 });
    const note = page.locator(id('what-if-noise'));
    await note.waitFor({ timeout: 60_000 });
    // A run of 1,000,000 people or fewer: every person in the what-ifs.
    assert.equal(await page.locator(id('what-if-people')).count(), 0);

    const bars = await barNoise(page);
    const rows = await page.locator(`${id('chart-tornado')} svg text`).allTextContents();
    assert.ok(bars.length >= 3, `the bars carry their ±: ${rows.join(' | ')}`);
    const text = await note.innerText();
    assert.match(text, /simulation noise alone/);
    assert.match(text, /does not cover what is uncertain about the inputs/);
    const quoted = Number(text.match(/at most ±(\d+\.\d+) points/)[1]);
    assert.equal(quoted, Math.max(...bars), text);
    // The attribute holds the unrounded half width (a share).
    const noise = Number(await note.getAttribute('data-noise'));
    assert.ok(Math.abs(noise * 100 - quoted) <= 0.5 * 10 ** -(text.match(/±\d+\.(\d+)/)[1].length) + 1e-9, `${noise} vs ${quoted}`);

    // The data table has the same ± in its own column.
    await page.click(id('table-toggle-tornado'));
    const head = await page.locator('#chart-tornado-table th').allInnerTexts();
    assert.ok(head.some((h) => h.includes('Simulation noise')), head.join(' | '));
    const cells = await page.locator('#chart-tornado-table td').allInnerTexts();
    assert.ok(cells.some((c) => c === `±${quoted.toFixed(text.match(/±\d+\.(\d+)/)[1].length)}`), cells.join(' | '));

    // The note is set like the caption under it, not in body type.
    const size = (sel) => page.locator(`${id('chart-tornado')} ${sel}`).first().evaluate((e) => getComputedStyle(e).fontSize);
    assert.equal(await size('.chart-note'), await size('.chart-caption'));

    await page.locator(id('chart-tornado')).scrollIntoViewIfNeeded();
    await screenshot(page, `what-if-noise-${width}x${height}`);
    await axeCheck(page, { include: id('chart-tornado'), ...ALL_LEVELS });
  });
}

for (const lang of LANGS.filter((l) => l !== 'en')) {
  test(`the what-if note is in ${lang}`, async () => {
    const page = await openPage(env.browser, `/?lang=${lang}`, { width: 1280, height: 900 });
    await waitForResult(page, { timeout: 30_000 });
    const note = page.locator(id('what-if-noise'));
    await note.waitFor({ timeout: 60_000 });
    const text = await note.innerText();
    // The message's fixed words, around the number it quotes.
    const [before] = FTL[lang].get('what-if-noise').split('{');
    assert.ok(text.startsWith(before.trim()), `${text} / ${before}`);
    assert.match(text, /±\d/);
    assert.ok(!/simulation noise/.test(text), 'no English left');
  });
}
