// Helpers shared by the embedding specs (embed-*.test.mjs): worthit's own
// server plus a second server for host pages (another port is another
// origin), and what a host page sees of an embedded worthit.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_DIR, openPage, setup, startServer, waitForResult } from './helpers.mjs';
import { startCspServer, strictPolicy } from './csp-server.mjs';

/** Every axe impact level: embed mode must be clean at all of them. */
export const ALL_LEVELS = ['minor', 'moderate', 'serious', 'critical'];
/** The headline figure once a run has finished. */
export const RESULT = '[data-testid="adoption-share"][data-adopters]';

/**
 * Registers the servers and the browser of a spec file. worthit's server
 * answers with `Access-Control-Allow-Origin: *`: a frame sandboxed without
 * allow-same-origin has an opaque origin, so its script, WebAssembly and
 * stylesheet requests are CORS requests from "null" (docs/embedding.md).
 * `env.host` is the host pages' server, another port and so another
 * origin. It serves a folder of its own, holding the example host page
 * from the build and whatever course pages the tests write
 * ([`openHostPage`]). They are real files on a real server because
 * Chromium's local-network checks refuse a 127.0.0.1 frame in a page that
 * Playwright's routing made up.
 */
export function setupEmbed() {
  const env = setup({ headers: { 'Access-Control-Allow-Origin': '*' } });
  before(async () => {
    env.hostDir = await mkdtemp(join(tmpdir(), 'worthit-host-'));
    for (const name of ['host-example.html', 'host-example.js', 'host-example.css']) {
      await copyFile(join(DIST_DIR, name), join(env.hostDir, name));
    }
    env.host = await startServer({ root: env.hostDir });
  });
  after(async () => {
    await env.host?.close();
    if (env.hostDir) await rm(env.hostDir, { recursive: true, force: true });
  });
  return env;
}

/** The example host page (on the host server) embedding worthit with `query`. */
export function hostExample(env, query) {
  const worthit = `${env.server.url}/?${query}`;
  return `${env.host.url}/host-example.html?worthit=${encodeURIComponent(worthit)}`;
}

/**
 * Writes a course page `name` whose main content is `body` to the host
 * server and opens it.
 */
export async function openHostPage(env, name, body, options) {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title>' +
    `<link rel="icon" href="data:,"></head><body><main><h1>Lesson</h1>${body}</main></body></html>`;
  await writeFile(join(env.hostDir, name), html);
  return openPage(env.browser, `${env.host.url}/${name}`, options);
}

/** The messages the example host page has received so far. */
export function messages(page) {
  return page.evaluate(() => window.worthitMessages ?? []);
}

/** Waits until the host page has received `count` messages of `type`; returns them. */
export async function waitForMessages(page, type, count = 1, timeout = 30_000) {
  await page.waitForFunction(
    ({ type, count }) => (window.worthitMessages ?? []).filter((m) => m.type === type).length >= count,
    { type, count },
    { timeout },
  );
  return (await messages(page)).filter((m) => m.type === type);
}

/** The frame showing worthit inside a host page. */
export async function worthitFrame(page, selector = 'iframe') {
  const handle = await page.waitForSelector(selector);
  return handle.contentFrame();
}

/** The adopters a frame shows, once it shows a finished result. */
export async function frameAdopters(frame) {
  const element = await frame.waitForSelector(RESULT, { timeout: 30_000 });
  return Number(await element.getAttribute('data-adopters'));
}

/** The adopters worthit computes for `scenarioJson` on a page of its own. */
export async function adoptersOf(env, scenarioJson) {
  const page = await openPage(env.browser, `/?embed=1#scenario=${encodeURIComponent(scenarioJson)}`);
  const result = await waitForResult(page, { timeout: 30_000 });
  await page.context().close();
  return result.adopters;
}

/** Records CSP violations in every frame of pages of this context. */
export async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** Every violation seen in any frame of `page`. */
export async function violations(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => window.__violations ?? []).catch(() => [])));
  }
  return all;
}


/**
 * Starts a server for worthit under docs/embedding.md's strict policy, a
 * fresh nonce per response, framable by itself and by `env.host`, with
 * violation reports going back to it (`csp.reports`). Like `setupEmbed`'s
 * server it allows any origin, for a sandboxed frame's CORS requests.
 */
export async function startEmbedCspServer(env) {
  const csp = await startCspServer({
    root: DIST_DIR,
    headers: { 'Access-Control-Allow-Origin': '*' },
    policy: (nonce) =>
      strictPolicy(nonce, { frameAncestors: ["'self'", env.host.url], reportUri: csp.reportUrl }),
  });
  return csp;
}

/**
 * Embeds `src` in a frame sandboxed to `allow-scripts` on a course page
 * `name` of the host server, watching for CSP violations; returns the host
 * page and worthit's frame once the frame shows a result.
 */
export async function openSandboxedEmbed(env, name, src) {
  const host = await openHostPage(
    env,
    name,
    `<iframe title="worthit" sandbox="allow-scripts" width="800" height="600" src="${src}"></iframe>`,
    { width: 900, height: 800 },
  );
  await watchViolations(host.context());
  await host.reload();
  const frame = await worthitFrame(host);
  await frameAdopters(frame);
  return { host, frame };
}

/**
 * Gives violation reports time to arrive (they travel separately from the
 * page), then asserts that no page in `pages` saw a violation and the CSP
 * server `csp` got no report.
 */
export async function assertNoViolations(csp, pages) {
  await pages[0].waitForTimeout(1_000);
  const seen = (await Promise.all(pages.map(violations))).flat();
  assert.deepEqual(seen, [], 'securitypolicyviolation events');
  assert.deepEqual(csp.reports, [], 'violation reports');
}
