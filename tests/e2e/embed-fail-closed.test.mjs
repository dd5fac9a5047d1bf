// Embedding when something is wrong: a `?host=` that is not an
// origin sends nothing and obeys nothing (it used to send everything to
// "*"), an internationalised host is obeyed, and a server without
// `Access-Control-Allow-Origin` gets a message in the frame, in the page's
// language, instead of "Loading the simulator…" forever.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screenshot } from './helpers.mjs';
import { frameAdopters, hostExample, messages, setupEmbed, worthitFrame } from './embed-lib.mjs';
import { openPage } from './helpers.mjs';

const env = setupEmbed();

test('an invalid ?host= sends no message and obeys none', async () => {
  for (const bad of ['*', 'null', 'javascript:alert(1)', 'http://a.example/path', 'http://user@127.0.0.1']) {
    const page = await openPage(env.browser, hostExample(env, `embed=1&host=${encodeURIComponent(bad)}`));
    const frame = await worthitFrame(page);
    await frameAdopters(frame);
    // The notice says why, in the frame.
    await frame.waitForSelector('[role="alert"], [data-testid="notice"]');
    // A run has finished: by now ready, resize and result would have come.
    await page.waitForTimeout(500);
    assert.deepEqual(await messages(page), [], `host=${bad}: nothing reaches the host page`);
    await page.context().close();
  }
});

test('a frame whose files the server does not share says what the server must send', async () => {
  env.server.setHeaders({});
  try {
    for (const [lang, words] of [
      ['en', /Access-Control-Allow-Origin: \*/],
      ['ko', /헤더를 보내야 합니다/],
    ]) {
      const name = `no-cors-${lang}.html`;
      const src = `${env.server.url}/?embed=1&lang=${lang}`;
      await writeFile(
        join(env.hostDir, name),
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title>' +
          `<link rel="icon" href="data:,"></head><body><main><h1>Lesson</h1><iframe title="worthit" sandbox="allow-scripts" width="800" height="600" src="${src}"></iframe></main></body></html>`,
      );
      // The frame's failed loads are logged as errors on purpose here, so
      // this page is opened without the helpers' error watch.
      const context = await env.browser.newContext({ viewport: { width: 900, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${env.host.url}/${name}`);
      const frame = await worthitFrame(page);
      const message = await frame.waitForSelector('[data-testid="boot-failed"]', { timeout: 30_000 });
      const text = await message.innerText();
      assert.match(text, words);
      assert.match(text, /Access-Control-Allow-Origin/);
      assert.equal(await message.getAttribute('lang'), lang);
      await screenshot(page, `embed-no-cors-${lang}`);
      await context.close();
    }
  } finally {
    env.server.setHeaders({ 'Access-Control-Allow-Origin': '*' });
  }
});
