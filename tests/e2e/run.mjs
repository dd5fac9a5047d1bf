// Runs the end-to-end suite: every `*.test.mjs` here (or those whose names
// contain one of the arguments). The specs that print timings run first,
// one at a time, so no other browser shares the cores with them; the rest
// run two files at a time (`E2E_CONCURRENCY`), which on the 2-core machine
// takes the suite from ~15 to ~11 minutes (the specs wait on pages and
// workers as much as they compute).
//
//   node run.mjs                 # all specs
//   node run.mjs first-load      # specs whose file name contains "first-load"

import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

if (!existsSync(join(dirname(fileURLToPath(import.meta.url)), 'node_modules', 'playwright-core'))) {
  console.error('the e2e packages are missing: run `npm ci` in tests/e2e (`cargo xtask test` does)');
  process.exit(1);
}
const { CHROMIUM_PATH, DIST_DIR, E2E_DIR, SCREENSHOT_DIR } = await import('./helpers.mjs');

const filters = process.argv.slice(2);
const files = readdirSync(E2E_DIR)
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(`no spec matches ${filters.join(', ')}`);
  process.exit(1);
}

const playwright = createRequire(import.meta.url)('playwright-core/package.json').version;
const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`e2e: Playwright ${playwright} driving headless ${chromium} (${CHROMIUM_PATH})`);
console.log(`e2e: page under test ${DIST_DIR}; screenshots in ${SCREENSHOT_DIR}`);
console.log(`e2e: specs ${files.join(', ')}`);

// A full run starts from an empty screenshot folder, so nothing stale is left
// next to this run's pictures.
if (filters.length === 0) rmSync(SCREENSHOT_DIR, { recursive: true, force: true });

// The specs whose printed numbers (BUDGET, BENCH lines) a second browser
// on the same cores would skew.
const TIMED = new Set(['page-budgets.test.mjs', 'wasm-vs-js.test.mjs']);
const timed = files.filter((name) => TIMED.has(name));
const rest = files.filter((name) => !TIMED.has(name));
let status = 0;
for (const [group, concurrency] of [
  [timed, 1],
  [rest, process.env.E2E_CONCURRENCY ?? 2],
]) {
  if (group.length === 0) continue;
  const result = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      `--test-concurrency=${concurrency}`,
      // A hung page must fail its test, not stall CI. Node applies the
      // limit to each spec file as a whole too, and a long file on a
      // loaded 2-core machine can pass 2 minutes. A CI run of a clean
      // clone at load 18 (other builds on the same 2 cores) took 163 s for
      // one test of time.test.mjs and cancelled the file at 5 minutes, so
      // the guard is 10 minutes: still a bound on a hang, well inside
      // CI's time.
      `--test-timeout=${process.env.E2E_TEST_TIMEOUT_MS ?? 600_000}`,
      ...group.map((name) => join(E2E_DIR, name)),
    ],
    { stdio: 'inherit', cwd: E2E_DIR },
  );
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
