// Helpers shared by the calibrate specs: the `worthit` binary
// built from the current sources, temporary files, and the "Your data"
// panel's fit as the page shows it, compared with the command line's.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, raceErrors } from './helpers.mjs';
import { ROOT, id } from './page-lib.mjs';
export const ALL_LEVELS = { failOn: ['minor', 'moderate', 'serious', 'critical'] };
export const run = (command, args, options = {}) =>
  promisify(execFile)(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });

/** The `worthit` binary built from the current sources (see lab.test.mjs). */
export async function freshWorthit() {
  const { stdout } = await run(
    'cargo',
    ['build', '--quiet', '-p', 'worthit-cli', '--bin', 'worthit', '--message-format=json'],
    { cwd: ROOT },
  );
  const exe = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .filter((m) => m.reason === 'compiler-artifact' && m.executable)
    .map((m) => m.executable)
    .find((path) => /worthit$/.test(path));
  assert.ok(exe && existsSync(exe), 'cargo built the worthit binary');
  return exe;
}

/** Writes `json` to a temporary file and returns its path. */
export async function tempJson(name, json) {
  const dir = await mkdtemp(join(tmpdir(), 'worthit-cal-'));
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(json));
  return file;
}

/** A selector for the element of a fitted input. */
export const fitted = (path) => id(`calibrated-${path}`);

/** Waits for the panel's fit to be done and returns what it shows. */
export async function pageFit(page, paths, { timeout = 240_000 } = {}) {
  await raceErrors(
    page,
    page.waitForSelector(`${id('data-status')}[data-state="done"]`, { timeout }),
  );
  for (const p of paths) await page.waitForSelector(fitted(p));
  return page.evaluate((paths) => {
    const fit = paths.map((p) => {
      const el = document.querySelector(`[data-testid="calibrated-${p}"]`);
      return {
        input: p,
        estimate: Number(el.dataset.estimate),
        ci95: [Number(el.dataset.ciLow), Number(el.dataset.ciHigh)],
      };
    });
    const line = (el) => ({
      share: Number(el.dataset.share),
      ci95: [Number(el.dataset.ciLow), Number(el.dataset.ciHigh)],
      outside: el.dataset.outside === 'true',
      observed: el.dataset.observed === undefined ? undefined : Number(el.dataset.observed),
    });
    const predicted = [
      ...document.querySelectorAll('[data-testid^="data-predicted-"]:not([data-testid^="data-predicted-retained-"])'),
    ].map(line);
    // Who stays, one line an observation when the scenario has retention.
    const retained = [...document.querySelectorAll('[data-testid^="data-predicted-retained-"]')].map(line);
    return { fit, predicted, retained };
  }, paths);
}

/** Asserts the page's fit equals the CLI's, number for number. */
export function assertSameFit(shown, cli) {
  assert.equal(shown.fit.length, cli.fit.length);
  for (const [i, f] of shown.fit.entries()) {
    assert.equal(f.input, cli.fit[i].input);
    assert.equal(f.estimate, cli.fit[i].estimate, `${f.input}: page and CLI estimate`);
    assert.deepEqual(f.ci95, cli.fit[i].ci95, `${f.input}: page and CLI interval`);
  }
  assert.equal(shown.predicted.length, cli.predicted.length);
  for (const [i, p] of shown.predicted.entries()) {
    assert.equal(p.share, cli.predicted[i].share, `observation ${i + 1}: predicted share`);
    assert.deepEqual(p.ci95, cli.predicted[i].ci95, `observation ${i + 1}: predictive interval`);
  }
  const cliRetained = cli.predicted.filter((p) => p.retained_share !== undefined);
  assert.equal(shown.retained.length, cliRetained.length, 'a who-stays line per observation with retention');
  for (const [i, p] of shown.retained.entries()) {
    assert.equal(p.share, cliRetained[i].retained_share, `observation ${i + 1}: predicted retained share`);
    assert.deepEqual(p.ci95, cliRetained[i].retained_ci95, `observation ${i + 1}: retained interval`);
    assert.equal(p.observed, cliRetained[i].observed_retained_share, `observation ${i + 1}: observed retained`);
  }
}

/**
 * Compare mode where B shows gameplay in place of A's first screenshot,
 * with the verdict done: the start of the compare-mode calibration specs.
 * Checks that the "Your data" panel is in variants mode with the value
 * mean and the effect of the kind B adds fitted by default, and that the
 * verdict's caveat names that kind. Returns the page.
 */
export async function compareWithGameplay(browser) {
  const page = await openPage(browser, '/?compare=1', { width: 1280, height: 900 });
  await page.waitForSelector(`${id('verdict')}[data-state="done"]`, { timeout: 60_000 });
  // B shows gameplay where A shows its first screenshot.
  await page.click(id('strip-b-0-remove'));
  await page.selectOption(id('strip-b-kind'), 'gameplay');
  await page.click(id('strip-b-add'));
  await page.waitForSelector(`${id('verdict')}[data-state="done"][data-stale="false"]`, { timeout: 60_000 });
  assert.equal(await page.getAttribute(id('data-panel'), 'data-mode'), 'variants');
  assert.ok(await page.isChecked(id('data-fit-product.value.mean')));
  assert.ok(
    await page.isChecked(id('data-fit-product.screenshot_effects.gameplay.value')),
    'the effect of the kind B adds is fitted by default',
  );
  // The caveat beside the verdict names the kinds on built-in effects.
  const kinds = (await page.getAttribute(id('verdict-caveat'), 'data-kinds')).split(' ');
  assert.ok(kinds.includes('gameplay'), kinds.join(' '));
  return page;
}
