// Helpers shared by the embedding specs (embed-*.test.mjs): worthit's own
// server plus a second server for host pages (another port is another
// origin), and what a host page sees of an embedded worthit.

import { after, before } from 'node:test';
import { DIST_DIR, openPage, setup, startServer, waitForResult } from './helpers.mjs';

/** Every axe impact level: embed mode must be clean at all of them. */
export const ALL_LEVELS = ['minor', 'moderate', 'serious', 'critical'];
/** The headline figure once a run has finished. */
export const RESULT = '[data-testid="adoption-share"][data-adopters]';

/**
 * Registers the servers and the browser of a spec file. worthit's server
 * answers with `Access-Control-Allow-Origin: *`: a frame sandboxed without
 * allow-same-origin has an opaque origin, so its script, WebAssembly and
 * stylesheet requests are CORS requests from "null" (docs/embedding.md).
 * `env.host` is the host pages' server.
 */
export function setupEmbed() {
  const env = setup({ headers: { 'Access-Control-Allow-Origin': '*' } });
  before(async () => {
    env.host = await startServer({ root: DIST_DIR });
  });
  after(async () => {
    await env.host?.close();
  });
  return env;
}

/** The example host page (on the host server) embedding worthit with `query`. */
export function hostExample(env, query) {
  const worthit = `${env.server.url}/?${query}`;
  return `${env.host.url}/host-example.html?worthit=${encodeURIComponent(worthit)}`;
}

/**
 * Opens a page on the host server whose body is `body` (served by the
 * test through Playwright's routing, so each test writes its own course
 * page).
 */
export async function openHostPage(env, name, body, options) {
  const page = await openPage(env.browser, 'about:blank', options);
  const url = `${env.host.url}/${name}`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Course</title><main><h1>Lesson</h1>${body}</main></html>`,
    }),
  );
  await page.goto(url);
  return page;
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

