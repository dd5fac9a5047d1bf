// A result prints as a one-page handout (www/print.css): the headline, the
// summary and key charts, no editor or buttons, on one A4 and one US
// Letter page, for a plain scenario and for one with adoption over time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOT_DIR, openPage, screenshot, setup, waitForResult } from './helpers.mjs';

const env = setup();

/** The number of pages of a PDF that Chromium wrote. */
function pdfPages(pdf) {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

for (const { name, path, key } of [
  { name: 'default', path: '/', key: 'chart-tornado' },
  { name: 'game-launch-year', path: '/?preset=game-launch-year', key: 'funnel' },
]) {
  test(`the ${name} scenario prints as a one-page handout`, async (t) => {
    const page = await openPage(env.browser, path, { width: 1280, height: 900 });
    await waitForResult(page, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['[data-testid="editor"]', '.toolbar', '.chart-actions', '.footer', '[data-testid="run-status"]']) {
      assert.equal(await page.isVisible(selector), false, `${selector} is not printed`);
    }
    for (const selector of ['[data-testid="adoption-share"]', '[data-testid="summary"]', `[data-testid="${key}"]`]) {
      assert.equal(await page.isVisible(selector), true, `${selector} is printed`);
    }
    // What the paper shows: A4's printable width at 12 mm margins.
    await page.setViewportSize({ width: 703, height: 1032 });
    await screenshot(page, `embed-print-${name}-703x1032`, { fullPage: true });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      await writeFile(join(SCREENSHOT_DIR, `embed-print-${name}-${format}.pdf`), pdf);
      const pages = pdfPages(pdf);
      t.diagnostic(`${format}: ${pages} page(s), ${pdf.length} bytes`);
      assert.equal(pages, 1, `the handout fits one ${format} page`);
    }
  });
}
