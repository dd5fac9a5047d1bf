// The header's Embed dialog writes a snippet, and the snippet, pasted into
// a course page on another origin, shows the same scenario with the
// chosen options.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoHorizontalScroll, axeCheck, openPage, screenshot, waitForResult } from './helpers.mjs';
import { ALL_LEVELS, frameAdopters, messages, openHostPage, setupEmbed, waitForMessages, worthitFrame } from './embed-lib.mjs';

const env = setupEmbed();

test('the Embed dialog writes a snippet that embeds this scenario', async () => {
  const page = await openPage(env.browser, '/', {
    width: 1280,
    height: 900,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const shown = await waitForResult(page, { timeout: 30_000 });
  await page.click('[data-testid="embed"]');
  const dialog = page.getByRole('dialog', { name: 'Embed this simulation' });
  await dialog.waitFor();
  // Only value and costs: every other group's box is cleared.
  for (const box of await page.$$('[data-testid^="embed-group-"]')) {
    const testid = await box.getAttribute('data-testid');
    if (!/-(value|costs)$/.test(testid)) await box.uncheck();
  }
  await page.check('[data-testid="embed-lock-all"]');
  await page.check('[data-testid="embed-compare"]');
  await page.selectOption('[data-testid="embed-lang"]', 'zh-TW');
  await page.fill('[data-testid="embed-host"]', 'https://lms.example.edu/course/1');
  assert.equal(await page.getAttribute('[data-testid="embed-host"]', 'aria-invalid'), 'true');
  await page.fill('[data-testid="embed-host"]', env.host.url);
  assert.equal(await page.getAttribute('[data-testid="embed-host"]', 'aria-invalid'), 'false');
  await screenshot(page, 'embed-dialog-1280x900');
  await axeCheck(page, { failOn: ALL_LEVELS, include: '[data-testid="embed-dialog"]' });

  const code = await page.inputValue('[data-testid="embed-code"]');
  assert.match(code, /^<iframe id="worthit-frame" src="[^"]+\?embed=1&amp;controls=value,costs&amp;lock=\*&amp;lang=zh-TW&amp;compare=1&amp;host=/);
  assert.match(code, /sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"/);
  assert.match(code, /worthit:resize/);
  await page.click('[data-testid="embed-copy"]');
  await page.waitForSelector('[data-testid="embed-copy-status"]:has-text("Copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);

  // Pasted into a course page on another origin, it starts in compare mode.
  const compare = await openHostPage(env, 'snippet-compare.html', code, { width: 1000, height: 800 });
  const compareFrame = await worthitFrame(compare, '#worthit-frame');
  await compareFrame.waitForSelector('[data-testid="compare-mode"]', { timeout: 30_000 });
  await compare.context().close();

  // Without compare mode, it shows the same answer as this page.
  await page.uncheck('[data-testid="embed-compare"]');
  const plain = await page.inputValue('[data-testid="embed-code"]');
  assert.equal(plain, code.replace('&amp;compare=1', ''));
  const host = await openHostPage(env, 'snippet-host.html', plain, { width: 1000, height: 800 });
  const frame = await worthitFrame(host, '#worthit-frame');
  assert.equal(await frameAdopters(frame), shown.adopters, 'the same scenario, the same numbers');
  assert.equal(await frame.getAttribute('html', 'lang'), 'zh-TW');
  assert.equal(await frame.$$eval('[data-testid="group-costs"]', (e) => e.length), 1);
  assert.equal(await frame.$$eval('[data-testid="group-audience"]', (e) => e.length), 0);
  assert.equal(await frame.isDisabled('[data-testid="value-mean"]'), true, 'everything is locked');
  // The snippet's script sizes the frame to its content.
  await host.waitForFunction(() => {
    const frame = document.getElementById('worthit-frame');
    return frame.style.height && frame.style.height !== '720px';
  });
  await screenshot(host, 'embed-snippet-host-1000x800', { fullPage: true });
});

test('in compare mode the snippet carries both variants', async () => {
  const page = await openPage(env.browser, '/?compare=1', { width: 1280, height: 900 });
  const verdict = '[data-testid="verdict"][data-state="done"][data-stale="false"] [data-testid="compare-lift"]';
  await page.waitForSelector(verdict, { timeout: 60_000 });
  await page.click('[data-testid="strip-b-0-remove"]');
  await page.waitForSelector(verdict, { timeout: 60_000 });
  const bStrip = () => page.$$eval('[data-testid^="strip-b-"][data-kind]', (cards) => cards.map((c) => c.dataset.kind));
  const shownB = await bStrip();
  const lift = await page.getAttribute('[data-testid="compare-lift"]', 'data-lift');
  await page.click('[data-testid="embed"]');
  const code = await page.inputValue('[data-testid="embed-code"]');
  assert.match(code, /#c=[A-Za-z0-9_-]+"/, 'a comparison link, not a single scenario');

  const host = await openHostPage(env, 'snippet-ab.html', code, { width: 1000, height: 800 });
  const frame = await worthitFrame(host, '#worthit-frame');
  await frame.waitForSelector(verdict, { timeout: 60_000 });
  assert.deepEqual(
    await frame.$$eval('[data-testid^="strip-b-"][data-kind]', (cards) => cards.map((c) => c.dataset.kind)),
    shownB,
  );
  assert.equal(await frame.getAttribute('[data-testid="compare-lift"]', 'data-lift'), lift, 'the same A vs. B verdict');
  await host.context().close();

  // The example host page hears the comparison: both results and the lift.
  const snippetUrl = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  const example = await openPage(
    env.browser,
    `${env.host.url}/host-example.html?worthit=${encodeURIComponent(snippetUrl)}`,
    { width: 1000, height: 900 },
  );
  const [message] = await waitForMessages(example, 'worthit:comparison', 1, 60_000);
  assert.equal(message.a.schema, 1);
  assert.equal(message.b.schema, 1);
  assert.equal(message.comparison.lift, Number(lift), 'the lift the page shows');
  assert.equal(message.b.users, message.a.users);
  assert.ok(message.comparison.ci95[0] <= message.comparison.lift && message.comparison.lift <= message.comparison.ci95[1]);
  assert.equal((await messages(example)).filter((m) => m.type === 'worthit:result').length, 0);
});

test('the Embed dialog fits a phone', async () => {
  const page = await openPage(env.browser, '/', { width: 390, height: 844 });
  await waitForResult(page, { timeout: 30_000 });
  await page.click('[data-testid="embed"]');
  await page.waitForSelector('[data-testid="embed-dialog"]');
  await assertNoHorizontalScroll(page);
  const box = await page.$eval('[data-testid="embed-dialog"]', (d) => d.getBoundingClientRect().toJSON());
  assert.ok(box.left >= 0 && box.right <= 390, `the dialog spans ${box.left}–${box.right}px`);
  await screenshot(page, 'embed-dialog-390x844');
  await axeCheck(page, { failOn: ALL_LEVELS, include: '[data-testid="embed-dialog"]' });
  // Escape closes it.
  await page.press('[data-testid="embed-code"]', 'Escape');
  assert.equal(await page.$$eval('[data-testid="embed-dialog"]', (e) => e.length), 0);
});
