// Small helpers shared by the page's specs (share, files, presets, big runs,
// budgets). The harness itself (browser, server, error checks) is
// helpers.mjs; this file only knows the page's test ids.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { E2E_DIR, raceErrors, waitForResult } from './helpers.mjs';

/** A CSS selector for a `data-testid`. */
export const id = (testid) => `[data-testid="${testid}"]`;

/** The repository root. */
export const ROOT = resolve(E2E_DIR, '..', '..');

/** A bundled preset's scenario, as its file holds it, without its exercise. */
export function presetScenario(name) {
  const scenario = JSON.parse(readFileSync(join(ROOT, 'crates', 'engine', 'presets', `${name}.json`), 'utf8'));
  delete scenario.exercise;
  return scenario;
}

/** A comparison document: the character-art preset as A, the gameplay one as B. */
export function gameComparison() {
  return { kind: 'worthit-comparison', schema: 1, a: presetScenario('game-character-art'), b: presetScenario('game-gameplay') };
}

/**
 * Types `value` into the editor's number box `testid` and commits it with
 * Enter (the editor applies typed values on commit).
 */
export async function setNumber(page, testid, value) {
  await page.fill(id(testid), String(value));
  await page.press(id(testid), 'Enter');
}

/** The id of the run the headline shows (it grows with every input). */
export async function shownRun(page) {
  return Number(await page.getAttribute('.headline[data-run]', 'data-run'));
}

/**
 * Sets the editor's number box and waits for the result of that input:
 * one whose `data-users` is `users` (when given) and that differs from
 * `before`.
 */
export async function setAndWait(page, testid, value, before, { timeout = 60_000 } = {}) {
  await setNumber(page, testid, value);
  return waitForResult(page, { differentFrom: before, timeout });
}

/** The error alert's text, waiting for it to appear. */
export async function alertText(page) {
  const alert = page.locator('[role="alert"]').first();
  await raceErrors(page, alert.waitFor({ timeout: 10_000 }));
  return (await alert.innerText()).trim();
}

/** Fails if the panic banner is on the page: bad input must never panic. */
export async function assertNoPanic(page) {
  assert.equal(await page.locator(id('panic')).count(), 0, 'the page panicked');
}

/** Picks a preset from the header's presets menu. */
export async function choosePreset(page, presetId) {
  await page.click(id('presets'));
  await page.click(`${id('presets-panel')} [data-item="${presetId}"]`);
}

/** Opens the download menu and saves `item`; returns Playwright's download. */
export async function downloadFromMenu(page, item) {
  await page.click(id('download'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`${id('download-panel')} [data-item="${item}"]`),
  ]);
  return download;
}

/** The text of a Playwright download. */
export async function downloadText(download) {
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return readFile(path, 'utf8');
}

/**
 * The `worthit` command line, built if need be, for comparing numbers with
 * the page: `$WORTHIT_BIN`, else a release or debug build in target/.
 */
export function worthitBinary() {
  // Cargo honours CARGO_TARGET_DIR, so the binary lives wherever it points.
  const target = process.env.CARGO_TARGET_DIR || join(ROOT, 'target');
  const candidates = [
    process.env.WORTHIT_BIN,
    join(target, 'release', 'worthit'),
    join(target, 'debug', 'worthit'),
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  execFileSync('cargo', ['build', '--quiet', '-p', 'worthit-cli'], { cwd: ROOT, stdio: 'inherit' });
  const built = join(target, 'debug', 'worthit');
  assert.ok(existsSync(built), `cargo build did not produce ${built}`);
  return built;
}

/** Runs `worthit run - --json` on a scenario and returns its results. */
export function worthitRun(scenario) {
  const output = execFileSync(worthitBinary(), ['run', '-', '--json'], {
    input: JSON.stringify(scenario),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return JSON.parse(output);
}

/**
 * A small scenario written by hand (not a preset): a threshold rule on
 * N(2, 1) − 1.5, so about Φ(0.5) = 69% adopt. Links that carry it must
 * show it, never the default page.
 */
export const HAND_WRITTEN = {
  schema: 1,
  title: 'Hand-written',
  seed: 3,
  users: 20000,
  product: {
    name: 'Thing',
    value: { dist: 'normal', mean: 2, sd: 1 },
    costs: { money: { dist: 'fixed', value: 1.5 } },
  },
  decision: { rule: 'threshold' },
};

/**
 * Opens `scenario` from a file on `page` (the page's own file input, as a
 * user does) and waits until the headline shows its answer pass for
 * `users` people; returns the shown run. Big runs pass a longer timeout.
 */
export async function openScenarioFile(page, scenario, { name = 'scenario.json', users = scenario.users, timeout = 300_000, polling = 100 } = {}) {
  await page.setInputFiles(id('open-file-input'), {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await raceErrors(
    page,
    page.waitForFunction(
      (n) => document.querySelector('[data-testid="adoption-share"][data-adopters]')
        ?.getAttribute('data-users') === String(n),
      users,
      { timeout, polling },
    ),
  );
  return waitForResult(page);
}

/**
 * The budget spec's slider steps: sets the value slider `steps` times
 * (alternately up and down), each time from the input event to the frame
 * after the new result is in the DOM (charts included). Returns, per step,
 * the time in all and the worker's time as the headline says it. With
 * `compare`, the page is in compare mode: a step ends when the verdict's
 * lift changes, and the worker's time is the pair's (the verdict's
 * `data-elapsed-ms`). With `marks`, the steps lie between performance
 * marks `worthit:zz-a` and `worthit:zz-b` (for
 * tests/e2e/tools/trace-window.mjs).
 */
export function sliderSteps(page, { steps = 12, marks = false, compare = false } = {}) {
  return page.evaluate(async ({ steps, marks, compare }) => {
    if (marks) performance.mark('worthit:zz-a');
    const slider = document.querySelector('[data-testid="value-mean-range"]');
    const result = compare
      ? () => document.querySelector('[data-testid="compare-lift"]')?.getAttribute('data-lift')
      : () => document.querySelector('.headline[data-run]')?.getAttribute('data-run');
    const sim = compare
      ? () => Number(document.querySelector('[data-testid="verdict"]')?.getAttribute('data-elapsed-ms'))
      : () => Number(document.querySelector('.headline-meta').textContent.match(/in ([\d.]+) ms/)?.[1]);
    const out = [];
    const start = Number(slider.value);
    for (let i = 1; i <= steps; i++) {
      const before = result();
      const t0 = performance.now();
      slider.value = String(start + (i % 2 ? 0.5 : -0.5) * Math.ceil(i / 2) * 0.1);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (result() !== before ? requestAnimationFrame(() => resolve()) : setTimeout(check, 1));
        check();
      });
      out.push({ total: performance.now() - t0, sim: sim() });
    }
    if (marks) performance.mark('worthit:zz-b');
    return out;
  }, { steps, marks, compare });
}
