// e2e: alone (a 10,000,000-person run in the browser; run.mjs runs this
// file by itself so it does not share the cores with another browser).
// The same numbers everywhere, for every draw: the page (WebAssembly, in
// its worker) and the command line (native, in parallel) give identical
// counts for 10,000,000 people on a scenario that exercises the tails of
// the normal draws. A log-normal with a spread ten times its mean turns
// the rare draws far out in the tail (those that leave the ziggurat's fast
// path and use `exp` and `ln`) into large values, so a last-bit
// difference in the platform's maths there would change whom the logit
// rule's choice picks; with 10,000,000 people about 120,000 draws take
// that slow path, so a difference would show in the counts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setup, waitForResult } from './helpers.mjs';
import { assertNoPanic, downloadFromMenu, downloadText, openScenarioFile } from './page-lib.mjs';
import { freshWorthit, run, tempJson } from './calibrate-lib.mjs';

const env = setup();
const BIG = 10_000_000;

const SCENARIO = {
  schema: 1,
  title: 'Tails: a wide log-normal value and a logit choice',
  users: BIG,
  seed: 20261207,
  product: {
    name: 'Ours',
    value: { dist: 'lognormal', mean: 2.0, sd: 20.0 },
    costs: {
      money: { dist: 'lognormal', mean: 1.0, sd: 5.0 },
      time: { dist: 'normal', mean: 0.5, sd: 1.5 },
      trust: { dist: 'normal', mean: 0.3, sd: 0.8 },
    },
  },
  alternatives: [
    { name: 'Rival', value: { dist: 'lognormal', mean: 1.5, sd: 12.0 } },
  ],
  decision: { rule: 'logit', temperature: 0.7 },
};

test('the page and worthit run give identical counts for 10,000,000 people in the tails', { timeout: 600_000 }, async (t) => {
  const exe = await freshWorthit();
  const file = await tempJson('tails.json', SCENARIO);
  const { stdout } = await run(exe, ['run', file, '--json', '--no-sensitivity']);
  const cli = JSON.parse(stdout);
  assert.equal(cli.users, BIG);

  const page = await openPage(env.browser, '/');
  await waitForResult(page);
  // The answer pass is what the counts come from; the what-ifs follow and
  // do not change them.
  const shown = await openScenarioFile(page, SCENARIO, { name: 'tails.json', users: BIG, timeout: 540_000, polling: 1000 });
  const results = JSON.parse(await downloadText(await downloadFromMenu(page, 'results-json')));
  t.diagnostic(`page ${shown.adopters}/${shown.users}, worthit run ${cli.adoption.adopters}/${cli.users}`);

  assert.equal(shown.users, BIG);
  assert.equal(shown.adopters, cli.adoption.adopters);
  assert.equal(results.adoption.adopters, cli.adoption.adopters);
  // Every choice's share (a count over the same people), the
  // alternative's and no-one's included, and the net value's histogram.
  assert.deepEqual(
    results.choices.map((c) => [c.option, c.share]),
    cli.choices.map((c) => [c.option, c.share]),
  );
  assert.deepEqual(results.net_value.histogram.counts, cli.net_value.histogram.counts);
  // And the net value's mean, a sum over every person's draws: equal to
  // the last bit, since totals are added in the same order everywhere.
  assert.equal(results.net_value.mean, cli.net_value.mean);
  await assertNoPanic(page);
});
