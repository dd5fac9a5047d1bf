// How the simulation workers start (src/agent/handover.rs, early.rs): the
// page hands each new worker its own compiled WebAssembly, so the
// WebAssembly is downloaded once per page, whether the worker is the
// page's, a lab card's, or in a sandboxed embed under the strict policy;
// and where the hand-over cannot happen, the worker downloads it itself
// and the page still works.
//
// The suite's servers say `Cache-Control: no-store`, so a worker that
// fetched the WebAssembly would show as a second request.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForResult } from './helpers.mjs';
import { openSandboxedEmbed, setupEmbed, startEmbedCspServer } from './embed-lib.mjs';

const env = setupEmbed();

/** How many requests for the WebAssembly `requests` holds from index `from` on. */
const wasmRequests = (requests, from = 0) => requests.slice(from).filter((r) => r.path.endsWith('.wasm')).length;

/** What a worker of `page` did to start: the marks of its loader, and whether it fetched the WebAssembly. */
async function started(worker) {
  return worker.evaluate(() => ({
    marks: performance.getEntriesByType('mark').map((m) => m.name),
    fetchedWasm: performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname.endsWith('.wasm')),
  }));
}

test("the page's worker and a lab card's are handed the compiled WebAssembly", async () => {
  const from = env.server.requests.length;
  const page = await openPage(env.browser, '/');
  const result = await waitForResult(page);
  assert.ok(result.users > 0);
  // A lab card starts a worker of its own (`agent::connect`).
  await page.click('[data-testid="next-toggle"]');
  await page.waitForSelector('[data-testid="next-screenshot"][data-state="done"] [data-testid="next-row"]', { timeout: 60_000 });
  const workers = page.workers();
  assert.ok(workers.length >= 2, `the page's worker and the card's, got ${workers.length}`);
  for (const worker of workers) {
    const seen = await started(worker);
    assert.ok(seen.marks.includes('worthit:worker-module'), `a worker started without the module: ${seen.marks}`);
    assert.ok(seen.marks.includes('worthit:worker-start'), `a worker did not start: ${seen.marks}`);
    assert.equal(seen.fetchedWasm, false, 'a worker fetched the WebAssembly');
  }
  assert.equal(wasmRequests(env.server.requests, from), 1, 'the WebAssembly is downloaded once');
  // The page mounted after its worker had loaded (src/agent/early.rs).
  const order = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { created: at('worthit:worker-created'), mount: at('worthit:mount'), posted: at('worthit:first-post') };
  });
  assert.ok(order.created < order.mount && order.mount < order.posted, JSON.stringify(order));
});

test('a sandboxed embed on another origin, under the strict policy, downloads the WebAssembly once a load', async () => {
  const csp = await startEmbedCspServer(env);
  try {
    const src = `${csp.url}/?embed=1&host=${encodeURIComponent(env.host.url)}`;
    const { frame } = await openSandboxedEmbed(env, 'worker-start-host.html', src);
    assert.ok(Number(await frame.getAttribute('[data-testid="adoption-share"]', 'data-users')) > 0);
    // `openSandboxedEmbed` loads the host page twice (once more after
    // watching for violations): once a load of the frame's page, and no
    // more for its worker.
    const loads = csp.requests.filter((r) => r.path === '/').length;
    assert.ok(loads >= 1);
    assert.equal(wasmRequests(csp.requests), loads, 'the frame downloads the WebAssembly once a load');
  } finally {
    await csp.close();
  }
});

test('where the module cannot be posted, the worker downloads the WebAssembly and the page works', async () => {
  const from = env.server.requests.length;
  const page = await openPage(env.browser, 'about:blank');
  // A browser that refuses to post a `WebAssembly.Module` to a worker.
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message instanceof WebAssembly.Module) throw new DOMException('refused by the test', 'DataCloneError');
      return post.call(this, message, ...rest);
    };
  });
  await page.goto(env.url('/'));
  const result = await waitForResult(page, { timeout: 30_000 });
  assert.ok(result.users > 0);
  // The worker that was refused its module was ended; the one that runs
  // loaded the WebAssembly itself.
  const running = [];
  for (const worker of page.workers()) {
    const seen = await started(worker).catch(() => null);
    if (seen?.marks.includes('worthit:worker-start')) running.push(seen);
  }
  assert.equal(running.length, 1, 'one worker runs');
  assert.ok(!running[0].marks.includes('worthit:worker-module'), `${running[0].marks}`);
  assert.equal(running[0].fetchedWasm, true, 'the worker fetched the WebAssembly itself');
  assert.equal(wasmRequests(env.server.requests, from), 2, 'the page and its worker each downloaded it');
});
