// The example host page embeds worthit from another origin: it hears
// ready and results, loads a scenario by message, and requests from any
// origin but the one named by ?host= are ignored.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot } from './helpers.mjs';
import {
  RESULT,
  adoptersOf,
  frameAdopters,
  hostExample,
  messages,
  setupEmbed,
  waitForMessages,
  worthitFrame,
} from './embed-lib.mjs';

const env = setupEmbed();

test('the host page hears ready and results, and loads a scenario by message', async (t) => {
  const page = await openPage(env.browser, hostExample(env, `embed=1&host=${encodeURIComponent(env.host.url)}`), {
    width: 1000,
    height: 900,
  });
  const [ready] = await waitForMessages(page, 'worthit:ready');
  assert.equal(ready.protocol, 1);
  const [first] = await waitForMessages(page, 'worthit:result');
  assert.equal(first.results.schema, 1);
  assert.ok(first.results.sensitivity.length > 0, 'a result is posted once the what-ifs are in');
  const frame = await worthitFrame(page);
  assert.equal(await frameAdopters(frame), first.results.adoption.adopters);
  const statement = first.statement;
  assert.equal(statement.verb.id, 'http://adlnet.gov/expapi/verbs/experienced');
  assert.equal(statement.result.score.scaled, first.results.adoption.share);
  assert.equal(statement.object.definition.name.en, first.results.title);
  assert.match(statement.object.id, /#s=/);

  // worthit:load: the result changes to that scenario's own adopters.
  const scenarioJson = await page.inputValue('#scenario');
  const expected = await adoptersOf(env, scenarioJson);
  await page.click('#send-load');
  const loaded = (await waitForMessages(page, 'worthit:result', 2)).at(-1);
  assert.equal(loaded.results.title, JSON.parse(scenarioJson).title);
  assert.equal(loaded.results.adoption.adopters, expected);
  await frame.waitForSelector(`${RESULT}[data-adopters="${expected}"]`);
  t.diagnostic(`loaded by message: ${expected} of ${loaded.results.users} adopt`);

  // worthit:run: the same scenario again, the same numbers.
  await page.click('#send-run');
  const rerun = (await waitForMessages(page, 'worthit:result', 3)).at(-1);
  assert.equal(rerun.results.adoption.adopters, expected);

  // A scenario worthit cannot use is answered, naming the problem.
  await page.fill('#scenario', JSON.stringify({ schema: 1, title: 'x', seed: 1, users: 0, product: {} }));
  await page.click('#send-load');
  const [error] = await waitForMessages(page, 'worthit:error');
  assert.match(error.message, /worthit:load/);
  assert.equal(await frameAdopters(frame), expected, 'the last good scenario stays');

  // The host sized the frame from worthit:resize.
  const resizes = await waitForMessages(page, 'worthit:resize');
  const last = resizes.at(-1).height;
  const frameHeight = await page.$eval('#worthit', (f) => f.getBoundingClientRect().height);
  assert.ok(last > 300, `content height ${last}`);
  assert.ok(Math.abs(frameHeight - last) <= 2, `frame ${frameHeight}px for content ${last}px`);
  await screenshot(page, 'embed-host-example-1000x900', { fullPage: true });
});

test('requests from any other origin are ignored', async () => {
  // worthit is told its host is http://localhost:<port>, but the host page
  // is http://127.0.0.1:<port>: same server, another origin.
  const otherOrigin = env.host.url.replace('127.0.0.1', 'localhost');
  const page = await openPage(env.browser, hostExample(env, `embed=1&host=${encodeURIComponent(otherOrigin)}`), {
    width: 1000,
    height: 900,
    // worthit posts to the origin it was told; Chromium logs that the
    // recipient is another one, and delivers nothing.
    allowConsole: [/does not match the recipient window's origin/],
  });
  const frame = await worthitFrame(page);
  const before = await frameAdopters(frame);
  await page.click('#send-load');
  await page.click('#send-run');
  await page.waitForTimeout(2_000);
  assert.equal(await frameAdopters(frame), before, 'the load was ignored');
  assert.deepEqual(await messages(page), [], 'nothing reaches an origin that is not the host');
});

test('without ?host= worthit talks but obeys nobody', async () => {
  const page = await openPage(env.browser, hostExample(env, 'embed=1'), { width: 1000, height: 900 });
  await waitForMessages(page, 'worthit:ready');
  const [first] = await waitForMessages(page, 'worthit:result');
  await page.click('#send-load');
  await page.click('#send-run');
  await page.waitForTimeout(2_000);
  const results = (await messages(page)).filter((m) => m.type === 'worthit:result');
  assert.equal(results.length, 1, 'no run was started by the host');
  const frame = await worthitFrame(page);
  assert.equal(await frameAdopters(frame), first.results.adoption.adopters);
});

