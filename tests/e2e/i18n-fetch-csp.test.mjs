// The page fetches a language's translations (`locales/<code>.ftl`) at
// start-up. That fetch must pass docs/embedding.md's strict policy
// (`connect-src 'self'`) both on the page's own origin and inside a frame
// sandboxed without `allow-same-origin`, whose requests are CORS requests
// from an opaque origin.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForResult } from './helpers.mjs';
import {
  assertNoViolations,
  openSandboxedEmbed,
  setupEmbed,
  startEmbedCspServer,
  watchViolations,
} from './embed-lib.mjs';
import { FTL } from './i18n-lib.mjs';

const env = setupEmbed();

test('a fetched language passes the strict policy, alone and sandboxed', async () => {
  const csp = await startEmbedCspServer(env);
  try {
    const page = await openPage(env.browser, `${csp.url}/?lang=en`, { width: 1280, height: 900 });
    await watchViolations(page.context());
    await page.goto(`${csp.url}/?lang=ko`);
    await waitForResult(page, { timeout: 30_000 });
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.equal((await page.textContent('#editor-title')).trim(), FTL.ko.get('app-scenario-title'));

    const src = `${csp.url}/?embed=1&lang=zh-TW&host=${encodeURIComponent(env.host.url)}`;
    const { host, frame } = await openSandboxedEmbed(env, 'csp-lang-host.html', src);
    assert.equal(await frame.getAttribute('html', 'lang'), 'zh-TW');

    await assertNoViolations(csp, [page, host]);
  } finally {
    await csp.close();
  }
});
