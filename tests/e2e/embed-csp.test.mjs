// worthit under the strict Content-Security-Policy of docs/embedding.md,
// with a fresh nonce per response: zero violations, on its own and
// embedded in a sandboxed frame on another origin.

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

const env = setupEmbed();

test('the page runs under a strict Content-Security-Policy', async (t) => {
  const csp = await startEmbedCspServer(env);
  try {
    // The harness can fail: an inline script is a violation it reports.
    const probe = await openPage(env.browser, `${csp.url}/?probe`, {
      allowConsole: [/Content Security Policy/],
    });
    await watchViolations(probe.context());
    await probe.reload();
    await probe.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
    });
    await probe.waitForFunction(() => window.__violations.length > 0);
    assert.equal(await probe.evaluate(() => window.__inline), undefined);
    for (let i = 0; i < 50 && csp.reports.length === 0; i++) await probe.waitForTimeout(100);
    assert.ok(csp.reports.length > 0, 'the browser posts reports to report-uri');
    csp.reports.length = 0;
    await probe.context().close();

    // The page itself: load, run, and use what touches the policy (the
    // worker, the charts, a data table, the PNG download, the dialogs).
    const page = await openPage(env.browser, `${csp.url}/`, { width: 1280, height: 900, acceptDownloads: true });
    await watchViolations(page.context());
    await page.reload();
    const result = await waitForResult(page, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });
    await page.click('[data-testid="table-toggle-barriers"]');
    const download = page.waitForEvent('download');
    await page.click('[data-testid="download-png-barriers"]');
    await download;
    await page.click('[data-testid="embed"]');
    await page.click('[data-testid="embed-group-value"]');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    t.diagnostic(`under the policy: ${result.adopters} adopt`);
    await page.keyboard.press('Escape');

    // The lab's cards in single mode, then compare mode: the verdict's
    // barrier bars, the strip's reach bars and the next-screenshot lifts
    // are sized without style attributes (they once gave 22 to 26
    // style-src-attr violations here).
    await page.click('[data-testid="next-toggle"]');
    await page.click('[data-testid="claims-toggle"]');
    await page.waitForSelector('[data-testid="next-screenshot"][data-state="done"] [data-testid="next-row"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="claim-explorer"][data-state="done"]', { timeout: 60_000 });
    await page.click('[data-testid="compare-toggle"]');
    await page.click('[data-testid="strip-b-0-remove"]');
    await page.waitForSelector('[data-testid="verdict"][data-state="done"][data-stale="false"]', { timeout: 60_000 });
    await page.waitForSelector('.barrier-bar', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="next-screenshot"][data-state="done"] [data-testid="next-row"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="claim-explorer"][data-state="done"]', { timeout: 60_000 });
    // The bars have their sizes (a blocked style attribute leaves 0 px).
    const widths = await page.$$eval('.barrier-bar > span, .strip-reach-bar > span, .next-bar > span', (bars) =>
      bars.map((bar) => bar.getBoundingClientRect().width),
    );
    assert.ok(widths.length > 10 && widths.some((w) => w > 0), `bar widths ${widths}`);

    // And embedded, sandboxed, on another origin.
    const src = `${csp.url}/?embed=1&host=${encodeURIComponent(env.host.url)}`;
    const { host, frame } = await openSandboxedEmbed(env, 'csp-host.html', src);
    await frame.waitForSelector('[data-testid="chart-tornado"]', { timeout: 30_000 });

    await assertNoViolations(csp, [page, host]);
    assert.ok(new Set(csp.nonces).size === csp.nonces.length && csp.nonces.length >= 3, 'a fresh nonce per response');
  } finally {
    await csp.close();
  }
});

