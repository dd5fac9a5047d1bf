// The page's own parts at phone and desktop width: no sideways scrolling
// with the menus, the share panel or an alert open, and no serious or
// critical axe violations in those states.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoHorizontalScroll, axeCheck, openPage, screenshot, setup, waitForResult } from './helpers.mjs';
import { id } from './page-lib.mjs';

const env = setup();

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  const size = `${viewport.width}x${viewport.height}`;

  test(`menus and panels fit at ${size} and pass axe`, async () => {
    const page = await openPage(env.browser, '/#s=broken', viewport);
    await waitForResult(page);
    await page.locator('[role="alert"]').waitFor();

    await page.click(id('presets'));
    await page.locator(id('presets-panel')).waitFor();
    await assertNoHorizontalScroll(page);
    await screenshot(page, `presets-open-${size}`);
    await axeCheck(page);
    await page.keyboard.press('Escape');

    await page.click(id('download'));
    await assertNoHorizontalScroll(page);
    await axeCheck(page);
    await page.keyboard.press('Escape');

    await page.click(id('share'));
    await page.locator(id('share-link')).waitFor();
    await assertNoHorizontalScroll(page);
    await axeCheck(page);
    await page.keyboard.press('Escape');

    await page.click(id('table-toggle-net-value'));
    await assertNoHorizontalScroll(page);
    await axeCheck(page);
    await screenshot(page, `page-full-${size}`, { fullPage: true });
  });
}

// At the narrowest phone width every toolbar label fits its button, in
// the language with the longest labels and in one with short ones.
for (const lang of ['en', 'ko']) {
  test(`toolbar labels fit their buttons at 320 px (${lang})`, async () => {
    const page = await openPage(env.browser, `/?lang=${lang}`, { width: 320, height: 640 });
    await waitForResult(page);
    await assertNoHorizontalScroll(page);
    const cut = await page.$$eval('.toolbar .button', (buttons) =>
      buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent.trim()),
    );
    assert.deepEqual(cut, [], `labels wider than their buttons: ${cut.join(', ')}`);
    await screenshot(page, `toolbar-320-${lang}`);
  });
}

// At phone widths no editor label breaks inside a word (the seed's label
// once stood one letter a line beside its wide number box and the "New
// seed" button; "Emotional" broke in a segment's weights), and no control
// sticks out of its field.
for (const [lang, width, compare] of [['en', 320, false], ['ko', 320, false], ['en', 390, true]]) {
  const where = compare ? ' in compare mode' : '';
  test(`editor labels keep their words whole at ${width} px${where} (${lang})`, async () => {
    const page = await openPage(env.browser, `/?lang=${lang}`, { width, height: 640 });
    await waitForResult(page);
    if (compare) {
      await page.click(id('compare-toggle'));
      await page.locator('.lab-variant .ed-field:visible').first().waitFor();
    }
    // Every folded part open too: a segment's cost weights sit in a grid.
    await page.$$eval('.ed details', (all) => all.forEach((d) => { d.open = true; }));
    const problems = await page.$$eval('.ed-field', (fields) =>
      fields.flatMap((field) => {
        const out = [];
        // The variant not being worked on is hidden on a phone.
        if (field.getBoundingClientRect().width === 0) return out;
        const label = field.querySelector('.ed-field__label');
        if (label && label.textContent.trim()) {
          const range = document.createRange();
          range.selectNodeContents(label);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          const words = label.textContent.trim().split(/\s+/).length;
          if (lines > words) out.push(`"${label.textContent.trim()}" takes ${lines} lines`);
        }
        const box = field.getBoundingClientRect();
        for (const control of field.querySelectorAll('input, button, select')) {
          const r = control.getBoundingClientRect();
          if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
            out.push(`${control.dataset.testid ?? control.tagName} sticks out of "${label?.textContent.trim()}"`);
          }
        }
        return out;
      }),
    );
    assert.deepEqual(problems, []);
  });
}
