// Sharing: the copied link reproduces the exact numbers in a new page, a
// hand-written `#scenario=` link works, the last scenario comes back on the
// next visit (a link wins over it), and a broken link is a clear alert while
// the page keeps working — never a panic.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, setup, waitForResult, axeCheck } from './helpers.mjs';
import { HAND_WRITTEN, alertText, assertNoPanic, id, setNumber } from './page-lib.mjs';

const env = setup();

test('a copied share link reproduces the exact numbers in a new page', async (t) => {
  const page = await openPage(env.browser, '/', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const first = await waitForResult(page);
  await setNumber(page, 'seed', 4242);
  const reseeded = await waitForResult(page, { differentFrom: first });
  await setNumber(page, 'users', 54321);
  const edited = await waitForResult(page, { differentFrom: reseeded });
  assert.equal(edited.users, 54321);

  await page.click(id('share'));
  const field = page.locator(id('share-link'));
  await field.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="share-link"]').dataset.copied === 'true');
  const link = await field.inputValue();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, link, 'the clipboard holds the link shown');
  assert.match(link, /#s=[A-Za-z0-9_-]+$/);
  t.diagnostic(`share link: ${link.length} characters`);
  await screenshot(page, 'share-panel-1280x900');
  await axeCheck(page);

  const other = await openPage(env.browser, link);
  const opened = await waitForResult(other);
  assert.equal(opened.adopters, edited.adopters);
  assert.equal(opened.users, 54321);
  assert.equal(await other.inputValue(id('seed')), '4242');
  await assertNoPanic(other);
});

test('a hand-written #scenario= link is read', async () => {
  const scenario = HAND_WRITTEN;
  const page = await openPage(env.browser, `/#scenario=${encodeURIComponent(JSON.stringify(scenario))}`);
  const result = await waitForResult(page);
  assert.equal(result.users, 20000);
  // Threshold rule, N(2,1) − 1.5: about Φ(0.5) = 69% adopt.
  assert.ok(Math.abs(result.adopters / result.users - 0.6915) < 0.01, result.text);
  assert.match(await page.innerText('.column-subtitle'), /Hand-written/);
  // The page rewrites the hash in its compact form.
  assert.match(await page.evaluate(() => location.hash), /^#s=/);
});

test('the last scenario comes back on the next visit; a link wins over it', async () => {
  const page = await openPage(env.browser, '/');
  const first = await waitForResult(page);
  await setNumber(page, 'seed', 777);
  const edited = await waitForResult(page, { differentFrom: first });
  const link = page.url();

  // Same browser profile, no hash: storage brings the scenario back.
  await page.goto(env.url('/'));
  const restored = await waitForResult(page);
  assert.equal(restored.adopters, edited.adopters);
  assert.equal(await page.inputValue(id('seed')), '777');

  // A link to another scenario wins over storage.
  const other = await openPage(env.browser, '/');
  const fresh = await waitForResult(other);
  assert.notEqual(fresh.adopters, edited.adopters, 'a new profile starts from the default');
  const freshHash = await other.evaluate(() => location.hash);
  await page.goto('about:blank');
  await page.goto(env.url(`/${freshHash}`));
  const linked = await waitForResult(page);
  assert.equal(linked.adopters, fresh.adopters);
  assert.ok(link.includes('#s='));
});

const BAD_LINKS = [
  { hash: '#s=AAAA-broken', says: /damaged/ },
  { hash: '#s=', says: /damaged/ },
  { hash: '#scenario=%7B%22schema%22%3A2%7D', says: /version 2/ },
  {
    hash:
      '#scenario=' +
      encodeURIComponent('{"schema":1,"product":{"value":{"dist":"normal","mean":1,"sd":-1}},"users":0}'),
    says: /product\.value\.sd[\s\S]*users|users[\s\S]*product\.value\.sd/,
  },
  { hash: '#scenario=%E0%A4%A', says: /URI encoding/ },
];

for (const { hash, says } of BAD_LINKS) {
  test(`a bad link (${hash.slice(0, 24)}…) is an alert and the page still works`, async () => {
    const page = await openPage(env.browser, `/${hash}`);
    const result = await waitForResult(page);
    assert.ok(result.users > 0, 'results are shown');
    const text = await alertText(page);
    assert.match(text, says);
    assert.match(text, /previous scenario is kept/);
    await assertNoPanic(page);
    // The page keeps working: an edit re-runs.
    await setNumber(page, 'seed', 99);
    await waitForResult(page, { differentFrom: result });
    await assertNoPanic(page);
  });
}

test('a bad link pasted into an open page is an alert, the scenario stays', async () => {
  const page = await openPage(env.browser, '/', { width: 390, height: 844 });
  const before = await waitForResult(page);
  await page.evaluate(() => {
    location.hash = '#s=%%%';
  });
  const text = await alertText(page);
  assert.match(text, /damaged/);
  const after = await waitForResult(page);
  assert.equal(after.adopters, before.adopters);
  await screenshot(page, 'bad-link-390x844');
  await axeCheck(page);
  await page.click('[aria-label="Dismiss message"]');
  assert.equal(await page.locator('[role="alert"]').count(), 0);
});
