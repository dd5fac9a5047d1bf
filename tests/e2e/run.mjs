// Runs the end-to-end suite: every `*.test.mjs` here (or those whose names
// contain one of the arguments), one file at a time so the timings a spec
// prints are not skewed by another browser on the same cores.
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

const result = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    `--test-concurrency=${process.env.E2E_CONCURRENCY ?? 1}`,
    // A hung page must fail its test, not stall CI. Node applies the limit
    // to each spec file as a whole too, and a long file on a loaded 2-core
    // machine can pass 2 minutes. A CI run of a clean clone at load 18
    // (other builds on the same 2 cores) took 163 s for one test of
    // time.test.mjs and cancelled the file at 5 minutes, so the guard is
    // 10 minutes: still a bound on a hang, well inside CI's time.
    `--test-timeout=${process.env.E2E_TEST_TIMEOUT_MS ?? 600_000}`,
    ...files.map((name) => join(E2E_DIR, name)),
  ],
  { stdio: 'inherit', cwd: E2E_DIR },
);
process.exit(result.status ?? 1);
