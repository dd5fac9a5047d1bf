// Files: a downloaded scenario opens again (button and drag-and-drop) with
// the same numbers; results download as JSON (results v1) and CSV with the
// headline's counts; each chart downloads as a PNG and shows its data table;
// an invalid file is an alert that names what is wrong.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, setup, waitForResult } from './helpers.mjs';
import { alertText, assertNoPanic, downloadFromMenu, downloadText, id, setNumber } from './page-lib.mjs';

const env = setup();

test('a downloaded scenario opens again with the same numbers', async () => {
  const page = await openPage(env.browser, '/');
  const first = await waitForResult(page);
  await setNumber(page, 'seed', 2024);
  const edited = await waitForResult(page, { differentFrom: first });

  const download = await downloadFromMenu(page, 'scenario-json');
  assert.match(download.suggestedFilename(), /\.json$/);
  const path = await download.path();
  const scenario = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(scenario.schema, 1);
  assert.equal(scenario.seed, 2024);

  // A new browser profile starts from the default preset; opening the file
  // brings back the exact numbers.
  const other = await openPage(env.browser, '/');
  const fresh = await waitForResult(other);
  assert.notEqual(fresh.adopters, edited.adopters);
  await other.setInputFiles(id('open-file-input'), path);
  const opened = await waitForResult(other, { differentFrom: fresh });
  assert.equal(opened.adopters, edited.adopters);
  assert.equal(opened.users, edited.users);
  assert.match(await other.innerText(id('notice')), /Opened/);
  await assertNoPanic(other);
});

test('a scenario file dropped on the page opens', async () => {
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  const scenario = {
    schema: 1,
    title: 'Dropped',
    seed: 5,
    users: 30000,
    product: { name: 'Dropped product', value: { dist: 'normal', mean: 1, sd: 1 } },
  };
  const transfer = await page.evaluateHandle((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return data;
  }, JSON.stringify(scenario));
  await page.dispatchEvent('.page', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.page', 'drop', { dataTransfer: transfer });
  const dropped = await waitForResult(page, { differentFrom: before });
  assert.equal(dropped.users, 30000);
  assert.match(await page.innerText('.column-subtitle'), /Dropped/);
});

for (const [name, content, says] of [
  ['not-json.json', 'this is not JSON', /line 1, column \d+: JSON syntax error/],
  ['missing.json', '{"schema":1,"product":{}}', /product\.value|value/],
  ['future.json', '{"schema":7,"product":{"value":{"dist":"fixed","value":1}}}', /version 7/],
  ['typo.json', '{"schema":1,"product":{"value":{"dist":"fixed","value":1}},"userz":5}', /userz/],
]) {
  test(`an invalid file (${name}) is an alert naming the problem`, async () => {
    const page = await openPage(env.browser, '/');
    const before = await waitForResult(page);
    await page.setInputFiles(id('open-file-input'), {
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
    const text = await alertText(page);
    assert.match(text, new RegExp(name.replace('.', '\\.')));
    assert.match(text, says);
    const after = await waitForResult(page);
    assert.equal(after.adopters, before.adopters, 'the last good scenario is kept');
    await assertNoPanic(page);
  });
}

test('results download as JSON and CSV with the headline counts', async () => {
  const page = await openPage(env.browser, '/');
  const shown = await waitForResult(page);

  const json = JSON.parse(await downloadText(await downloadFromMenu(page, 'results-json')));
  assert.equal(json.schema, 1);
  assert.equal(json.adoption.adopters, shown.adopters);
  assert.equal(json.users, shown.users);
  for (const key of ['choices', 'segments', 'net_value', 'barriers', 'sensitivity', 'elapsed_ms']) {
    assert.ok(key in json, `results v1 has ${key}`);
  }

  const csv = await downloadText(await downloadFromMenu(page, 'results-csv'));
  const lines = csv.trim().split(/\r?\n/);
  assert.ok(lines.length > 10, `${lines.length} CSV lines`);
  assert.ok(
    lines.some((line) => line.includes('adopters') && line.includes(String(shown.adopters))),
    'the CSV has the adopters count',
  );
});

test('each chart downloads as a PNG and shows its data table', async () => {
  const page = await openPage(env.browser, '/');
  await waitForResult(page);
  // The what-if tornado comes with the run's second pass: wait for the end.
  await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')?.dataset.state === 'done');
  const charts = await page.locator('.chart-card').evaluateAll((cards) => cards.map((c) => c.dataset.testid));
  assert.ok(charts.length >= 6, `charts: ${charts.join(', ')}`);
  for (const chart of ['net-value', 'choices', 'barriers', 'tornado', 'segments']) {
    assert.ok(charts.includes(`chart-${chart}`), `chart ${chart} is shown`);
    const card = page.locator(id(`chart-${chart}`));
    assert.ok((await card.locator('svg').count()) >= 1, `${chart} is drawn`);
    // The drawing is one image named by its title; the figure's caption is
    // its text alternative.
    const svg = card.locator('svg[role="img"]');
    assert.equal(await svg.count(), 1, `${chart} is one image`);
    assert.ok((await svg.locator('title').textContent()).length > 5);
    const caption = await card.locator('figcaption').textContent();
    assert.ok(caption.length > 20, `${chart} has a text alternative: ${caption}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(id(`download-png-${chart}`)),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`${chart}\\.png$`));
    const png = await readFile(await download.path());
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
    assert.ok(png.length > 2000, `${chart}: ${png.length} bytes`);

    await page.click(id(`table-toggle-${chart}`));
    const rows = await card.locator('table tbody tr').count();
    assert.ok(rows >= 1, `${chart}: ${rows} table rows`);
    assert.equal(await page.getAttribute(id(`table-toggle-${chart}`), 'aria-expanded'), 'true');
  }
});

test('a product called "none" is shown as the product, not as the no-choice option', async () => {
  // The choices are told apart by their place in the results (product,
  // alternatives, then the no-choice option), never by the name "none".
  const page = await openPage(env.browser, '/');
  const before = await waitForResult(page);
  const scenario = {
    schema: 1,
    title: 'Named none',
    seed: 5,
    users: 20000,
    product: { name: 'none', value: { dist: 'normal', mean: 2, sd: 1 } },
    alternatives: [{ name: 'Leader', value: { dist: 'normal', mean: 1, sd: 1 } }],
    decision: { rule: 'beat_alternatives' },
  };
  await page.setInputFiles(id('open-file-input'), {
    name: 'named-none.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await waitForResult(page, { differentFrom: before });
  await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')?.dataset.state === 'done');

  await page.click(id('table-toggle-choices'));
  const rows = await page
    .locator(`${id('chart-choices')} table tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => tr.querySelector('th, td').textContent.trim()));
  assert.deepEqual(rows, ['none', 'Leader', 'None']);
  const texts = await page
    .locator(`${id('chart-choices')} svg text`)
    .evaluateAll((ts) => ts.map((t) => t.textContent.trim()));
  assert.equal(texts.filter((t) => t === 'none').length, 1, texts.join(' | '));
  assert.equal(texts.filter((t) => t === 'None').length, 1, texts.join(' | '));
  const caption = await page.locator(`${id('chart-choices')} figcaption`).textContent();
  assert.match(caption, /none: \d/);
  assert.match(caption, /None: \d/);

  // The results file keeps the format: "none" names the last row.
  const json = JSON.parse(await downloadText(await downloadFromMenu(page, 'results-json')));
  assert.deepEqual(json.choices.map((c) => c.option), ['none', 'Leader', 'none']);
  await assertNoPanic(page);
});
