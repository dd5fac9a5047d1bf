// A result prints as a one-page handout (www/print.css).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOT_DIR, openPage, screenshot, setup, waitForResult } from './helpers.mjs';

const env = setup();

test('a result prints as a one-page handout', async (t) => {
  const page = await openPage(env.browser, '/', { width: 1280, height: 900 });
  await waitForResult(page, { timeout: 30_000 });
  await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.editor-column [data-testid="editor"]', '.toolbar', '.chart-actions', '.footer'].map((selector) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).display : 'none';
    }),
  );
  assert.deepEqual(hidden, ['none', 'none', 'none', 'none'], 'no editor, buttons or footer on paper');
  for (const selector of ['[data-testid="adoption-share"]', '[data-testid="summary"]', '[data-testid="chart-tornado"]']) {
    assert.ok(await page.isVisible(selector), `${selector} is printed`);
  }
  await screenshot(page, 'embed-print-1280x900', { fullPage: true });
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    await writeFile(join(SCREENSHOT_DIR, `embed-print-${format}.pdf`), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
    t.diagnostic(`${format}: ${pages} page(s), ${pdf.length} bytes`);
    assert.equal(pages, 1, `the handout fits one ${format} page`);
  }
});
