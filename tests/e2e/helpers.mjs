// Shared helpers for the end-to-end tests: one place that knows how to start
// Debian's Chromium, open the built page, wait for a simulation result, take
// screenshots and run axe. Every spec file builds on these (see README.md).

import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer } from './server.mjs';

export { startServer, REPORT_PATH } from './server.mjs';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
/** The trunk build under test; `run.mjs` and `cargo xtask test` build it first. */
export const DIST_DIR = resolve(process.env.WORTHIT_DIST ?? join(E2E_DIR, '..', '..', 'dist'));
/** Where `screenshot()` writes; the README names this folder. */
export const SCREENSHOT_DIR = join(E2E_DIR, 'screenshots');
export const CHROMIUM_PATH = process.env.WORTHIT_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The same switches as `webdriver.json` uses for wasm-bindgen-test. The
 * network ones matter: this machine's network is closed, and without them
 * Chromium keeps trying to reach Google's services and logs the failures.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The selector of the headline adoption figure once a run has finished. */
export const RESULT_SELECTOR = '[data-testid="adoption-share"][data-adopters]';

// The state of every page `openPage` opened, by page: the errors seen so far
// and a promise that rejects at the first one, so waits fail at once instead
// of timing out.
const pageStates = new WeakMap();
// Pages opened during the current test; `setup()` checks and closes them
// after each test.
const openPages = new Set();
// The server each browser from `setup()` serves, so `openPage` can take a
// plain path.
const baseUrls = new WeakMap();

/** Starts headless Debian Chromium (Playwright never downloads a browser here). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Registers the hooks of a spec file: before all tests it serves `root`
 * (the built page by default) and starts a browser; after each test it fails
 * the test if any page it opened logged an error, and closes those pages;
 * after all tests it stops both. Call it once at the top of a spec file and
 * use the returned object's `browser` and `server` inside tests.
 */
export function setup({ root = DIST_DIR, headers } = {}) {
  const env = {
    browser: null,
    server: null,
    /** The absolute URL of `path` on this file's server. */
    url: (path) => new URL(path, env.server.url).href,
  };
  before(async () => {
    if (!existsSync(join(root, 'index.html'))) {
      throw new Error(
        `${root}/index.html is missing: build the page first ` +
          '(`trunk build --release --offline`, which `cargo xtask test` runs)',
      );
    }
    env.server = await startServer({ root, headers });
    env.browser = await launchBrowser();
    baseUrls.set(env.browser, env.server.url);
  });
  afterEach(async () => {
    const pages = [...openPages];
    openPages.clear();
    const errors = pages.flatMap((page) => pageStates.get(page)?.errors ?? []);
    await Promise.all(pages.map((page) => page.context().close().catch(() => {})));
    assert.deepEqual(errors, [], 'the page logged errors during this test');
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Opens `path` (a path on the server of `setup()`, or a full URL) in a fresh
 * browser context with a `width`×`height` viewport and waits for the load
 * event. Any uncaught page error, crash or `console.error` — in the page or
 * in its workers — fails the test, except console messages matching one of
 * `allowConsole` (regular expressions, for tests that provoke an error on
 * purpose). Other options go to `browser.newContext`.
 */
export async function openPage(
  browser,
  path = '/',
  { width = 1280, height = 900, allowConsole = [], ...contextOptions } = {},
) {
  const context = await browser.newContext({ viewport: { width, height }, ...contextOptions });
  const page = await context.newPage();
  watchErrors(page, allowConsole);
  openPages.add(page);
  const base = baseUrls.get(browser);
  if (!/^[a-z]+:/i.test(path) && !base) {
    throw new Error(`openPage got the path ${path} but this browser has no server: pass a full URL`);
  }
  await page.goto(/^[a-z]+:/i.test(path) ? path : new URL(path, base).href);
  return page;
}

/** Records a page's errors; `openPage` calls it, tests may for other pages. */
export function watchErrors(page, allowConsole = []) {
  let reject;
  const state = { errors: [], failed: new Promise((_, r) => (reject = r)) };
  // Nothing may await `failed` at the moment it rejects; the error is kept
  // in `errors` and checked after the test either way.
  state.failed.catch(() => {});
  pageStates.set(page, state);
  const fail = (message) => {
    state.errors.push(message);
    const error = new Error(message);
    // Where the listener ran says nothing; the message names the source.
    error.stack = `Error: ${message}`;
    reject(error);
  };
  page.on('pageerror', (error) => fail(`page error: ${error.stack ?? error.message}`));
  page.on('crash', () => fail('the page crashed'));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (allowConsole.some((pattern) => pattern.test(text))) return;
    const { url, lineNumber } = message.location();
    const where = message.worker() ? `worker ${message.worker().url()}` : `${url}:${lineNumber}`;
    fail(`console error (${where}): ${text}`);
  });
  return state;
}

/** The errors a page has logged so far (an empty list when clean). */
export function pageErrors(page) {
  return [...(pageStates.get(page)?.errors ?? [])];
}

/** Fails at once if the page has logged an error. */
export function assertNoPageErrors(page) {
  assert.deepEqual(pageErrors(page), [], 'the page logged errors');
}

/**
 * Waits until the page shows a finished result, failing early on any page
 * error, and returns it: `{ text, share, adopters, users, seenAtMs }`, where
 * `share` is the first percentage in the text and `seenAtMs` the time since
 * navigation at which the result was first seen. With `differentFrom` (an
 * earlier result) it waits for a result that differs from that one.
 */
export async function waitForResult(page, { timeout = 20_000, differentFrom } = {}) {
  const previous = differentFrom
    ? { text: differentFrom.text, adopters: String(differentFrom.adopters), users: String(differentFrom.users) }
    : null;
  const handle = await raceErrors(
    page,
    page.waitForFunction(
      ({ selector, previous }) => {
        const element = document.querySelector(selector);
        if (!element) return false;
        const now = {
          text: element.textContent.trim(),
          adopters: element.getAttribute('data-adopters'),
          users: element.getAttribute('data-users'),
        };
        if (previous && now.text === previous.text && now.adopters === previous.adopters && now.users === previous.users) {
          return false;
        }
        return { ...now, seenAtMs: performance.now() };
      },
      { selector: RESULT_SELECTOR, previous },
      { timeout, polling: 'raf' },
    ),
  );
  const seen = await handle.jsonValue();
  return {
    text: seen.text,
    share: parsePercent(seen.text),
    adopters: parseCount(seen.adopters, 'data-adopters'),
    users: parseCount(seen.users, 'data-users'),
    seenAtMs: seen.seenAtMs,
  };
}

/** Races `promise` against the page's first error. */
export function raceErrors(page, promise) {
  const state = pageStates.get(page);
  return state ? Promise.race([promise, state.failed]) : promise;
}

function parseCount(value, name) {
  assert.match(String(value), /^\d+$/, `${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return Number(value);
}

function parsePercent(text) {
  const match = /(\d+(?:[.,]\d+)?)\s*%/.exec(text);
  return match ? Number(match[1].replace(',', '.')) : null;
}

/**
 * Saves a PNG of the viewport (or the whole page with `fullPage: true`) as
 * `tests/e2e/screenshots/<name>.png` and returns its path.
 */
export async function screenshot(page, name, { fullPage = false } = {}) {
  assert.match(name, /^[\w.-]+$/, 'a screenshot name is letters, digits, dots and dashes');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  console.log(`screenshot: ${relative(join(E2E_DIR, '..', '..'), path)}`);
  return path;
}

/**
 * Runs axe-core on the page and fails on any violation whose impact is in
 * `failOn` (serious and critical by default; pass all four levels for a
 * zero-violation check). Every violation is reported, failing or not.
 * `include`/`exclude` are CSS selectors; returns axe's results.
 */
export async function axeCheck(
  page,
  { failOn = ['serious', 'critical'], include, exclude, disableRules = [] } = {},
) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  if (disableRules.length) builder = builder.disableRules(disableRules);
  const results = await raceErrors(page, builder.analyze());
  const report = results.violations.map(
    (violation) =>
      `  [${violation.impact}] ${violation.id}: ${violation.help} — ` +
      violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(', ') +
      (violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : ''),
  );
  if (report.length) console.log(`axe on ${page.url()}:\n${report.join('\n')}`);
  const failing = results.violations.filter((violation) => failOn.includes(violation.impact));
  assert.equal(
    failing.length,
    0,
    `axe found ${failing.length} violation(s) at level ${failOn.join('/')}:\n${report.join('\n')}`,
  );
  return results;
}

/**
 * Fails if the page scrolls sideways, naming the elements that stick out of
 * the viewport so the culprit is easy to find.
 */
export async function assertNoHorizontalScroll(page) {
  const layout = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (element) =>
      element.tagName.toLowerCase() +
      (element.id ? `#${element.id}` : '') +
      (element.getAttribute('data-testid') ? `[data-testid="${element.getAttribute('data-testid')}"]` : '') +
      [...element.classList].map((name) => `.${name}`).join('');
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 8)
      .map((element) => `${describe(element)} (right edge ${Math.round(element.getBoundingClientRect().right)}px)`);
    return { scrollWidth: root.scrollWidth, width, overflowing };
  });
  assert.ok(
    layout.scrollWidth <= layout.width,
    `the page scrolls sideways: ${layout.scrollWidth}px of content in a ${layout.width}px viewport; ` +
      `sticking out: ${layout.overflowing.join(', ') || 'nothing visible'}`,
  );
}
