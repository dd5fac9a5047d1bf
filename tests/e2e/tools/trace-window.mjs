// Where the page's time goes between two start-up marks: a tool run by
// hand, not a test (run.mjs reads only `*.test.mjs` in the folder above).
//
//   trunk build --release --offline
//   node tests/e2e/tools/trace-window.mjs
//
// Opens the page in headless Chromium with a CPU slowdown, records a
// Chromium trace and a CPU profile, and prints for the window between two
// `performance.mark`s (the page's `worthit:…` start-up marks, see
// src/agent/clock.rs): the main thread's trace events by total time, its
// long tasks, the worker threads' events, and the functions by self and
// total time. Settings, all optional, through the environment:
//
//   RATE=4                  CPU slowdown (Chromium's throttling rate)
//   FROM=worthit:first-answer TO=worthit:handover   the window
//   AFTER=0                 milliseconds to add after TO
//   SLIDER=1                after start-up, move the value slider 12 times
//                           between marks worthit:zz-a and worthit:zz-b
//                           (use FROM=worthit:zz-a TO=worthit:zz-b)
//   THREADS=1               also print the other threads' events
//   CATS=a,b                more trace categories (for instance
//                           disabled-by-default-v8.wasm.detailed: V8's
//                           compilation of each WebAssembly function at
//                           its first call, wasm.CompileLazy)
//   SELF=30 TOTAL=70        how many functions to list
//   Q=?lang=ko              appended to the page's address
//   PROF_DIST=/tmp/distn    the build to serve (default dist/)
//
// The page's WebAssembly has no function names (profile.web strips them).
// For names: build with `CARGO_PROFILE_WEB_STRIP=false cargo build --target
// wasm32-unknown-unknown --profile web --bin app`, run wasm-bindgen
// (`--target web --out-name <dist's app-hash>`) on it into a copy of dist/,
// remove the copy's .br/.gz files and the `integrity` attributes from its
// index.html, and point PROF_DIST at it.

import { launchBrowser, startServer, DIST_DIR } from '../helpers.mjs';
import { sliderSteps } from '../page-lib.mjs';

const env = process.env;
const root = env.PROF_DIST ?? DIST_DIR;
const FROM = env.FROM ?? 'worthit:first-answer';
const TO = env.TO ?? 'worthit:handover';

const server = await startServer({ root });
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(env.RATE ?? 4) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await browser.startTracing(page, {
  categories: [
    'devtools.timeline',
    'blink.user_timing',
    'v8.execute',
    'disabled-by-default-devtools.timeline',
    ...(env.CATS ? env.CATS.split(',') : []),
  ],
});
await page.goto(`${server.url}/${env.Q ?? ''}`);
await page.waitForFunction(
  () => !document.getElementById('prerender') && document.querySelector('[data-testid="adoption-share"][data-adopters]'),
  null,
  { timeout: 60_000 },
);
await new Promise((resolve) => setTimeout(resolve, 1500));
if (env.SLIDER) {
  const steps = await sliderSteps(page, { marks: true });
  console.log('slider (ms in all / in the worker):', steps.map((s) => `${Math.round(s.total)}/${s.sim}`).join(' '));
}
const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

const marks = trace.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('worthit:'));
const mainTid = marks.find((m) => m.name === 'worthit:mount')?.tid;
const mainPid = marks.find((m) => m.name === 'worthit:mount')?.pid;
const t0 = trace.find((e) => e.name === 'navigationStart')?.ts ?? Math.min(...marks.map((m) => m.ts));
const ms = (us) => (us / 1000).toFixed(1).padStart(8);
for (const m of marks.filter((m) => m.tid === mainTid)) console.log(m.name, ((m.ts - t0) / 1000).toFixed(0));
const markAt = (name) => {
  const mark = marks.find((m) => m.name === name);
  if (!mark) throw new Error(`no mark ${name}`);
  return mark.ts;
};
const start = markAt(FROM);
const end = markAt(TO) + Number(env.AFTER ?? 0) * 1000;
const inWindow = (e) => e.ph === 'X' && e.dur && e.ts >= start - 1 && e.ts <= end;

console.log(`window ${((end - start) / 1000).toFixed(0)} ms; main thread:`);
const main = trace.filter((e) => e.pid === mainPid && e.tid === mainTid && inWindow(e));
printTop(sumBy(main, (e) => e.name, (e) => e.dur), 25, sumBy(main, (e) => e.name, () => 1));
const long = main.filter((e) => e.name === 'RunTask' && e.dur > 8000);
console.log('long tasks (start+duration, ms):', long.map((e) => `${((e.ts - t0) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(0)}`).join(' '));

if (env.THREADS) {
  const names = new Map(trace.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}/${e.tid}`, e.args?.name]));
  const others = trace.filter((e) => inWindow(e) && e.tid !== mainTid);
  console.log('other threads:');
  printTop(sumBy(others, (e) => `${names.get(`${e.pid}/${e.tid}`) ?? e.tid} :: ${e.name}`, (e) => e.dur), 25);
}

// The CPU profile's samples in the window (its clock is the trace's).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop().slice(0, 12)}`;
const self = new Map();
const total = new Map();
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  if (t < start || t > end) continue;
  const us = profile.timeDeltas[i + 1] ?? 0;
  let id = profile.samples[i];
  add(self, label(byId.get(id)), us);
  const counted = new Set();
  for (; id !== undefined; id = parent.get(id)) {
    const name = label(byId.get(id));
    if (!counted.has(name)) {
      counted.add(name);
      add(total, name, us);
    }
  }
}
console.log('-- functions, self time');
printTop(self, Number(env.SELF ?? 30));
console.log('-- functions, total time');
printTop(total, Number(env.TOTAL ?? 70));
process.exit(0);

function add(map, key, value) {
  map.set(key, (map.get(key) ?? 0) + value);
}

function sumBy(events, key, value) {
  const out = new Map();
  for (const e of events) add(out, key(e), value(e));
  return out;
}

function printTop(map, n, counts) {
  for (const [k, us] of [...map].sort((x, y) => y[1] - x[1]).slice(0, n)) {
    console.log(ms(us), k, counts ? `(${counts.get(k)}×)` : '');
  }
}
