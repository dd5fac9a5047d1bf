// The LMS package (issue 16, docs/embedding.md "The LMS package"), tried
// as an LMS runs it: the Embed dialog's "Download for LMS" builds the
// SCORM 1.2 zip in the browser; the test unzips it into a folder served by
// a second server (the "LMS"), whose course page provides the SCORM 1.2
// run-time API from the `scorm-again` npm package and frames the package's
// launch page. Storage is refused to the worthit page (as a browser that
// blocks it in third-party frames would). A scripted student predicts by
// keyboard, sees the reveal, then meets the exercise's goal; the test
// reads `cmi.core.lesson_status`, `cmi.core.score.raw`, the session time
// and that LMSCommit and LMSFinish happened, from the API. The package
// `cargo xtask lms` writes (crates/lms's binary) is compared with it. A
// comparison's package (compare mode) opens in compare mode and records
// the lift prediction's score.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeCheck, DIST_DIR, E2E_DIR, openPage, raceErrors, screenshot, startServer } from './helpers.mjs';
import { setupEmbed } from './embed-lib.mjs';
import { gameComparison, id } from './page-lib.mjs';
import { openFold, tabTo } from './predict-lib.mjs';
import { FTL } from './i18n-lib.mjs';

const env = setupEmbed();
const lms = {};

/**
 * Writes the course page of the "LMS" into `lms.dir`: scorm-again's run-time
 * for one SCORM edition on its window as `global`, as an LMS provides it,
 * with a record of every set value, the commits (`commitFields` names what
 * each commit records, read from the API's `cmi`) and the finish. The two
 * editions differ only in these names.
 */
async function writeCourse({ page, script, global, api, events, commitFields, content }) {
  await copyFile(join(E2E_DIR, 'node_modules', 'scorm-again', 'dist', script), join(lms.dir, script));
  const commit = Object.entries(commitFields).map(([field, path]) => `${field}: window.${global}.cmi.${path},`).join('\n      ');
  await writeFile(
    join(lms.dir, page),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title>
<link rel="icon" href="data:,"><script src="${script}"></script>
<script>
  window.${global} = new ${api}({ logLevel: 5, autocommit: false });
  window.lmsLog = { commits: [], sets: [], finished: false, initialized: false };
  window.${global}.on('${events.set}.cmi.*', (element, value) => { window.lmsLog.sets.push([element, value]); });
  window.${global}.on('${events.initialize}', () => { window.lmsLog.initialized = true; });
  window.${global}.on('${events.commit}', () => {
    window.lmsLog.commits.push({
      ${commit}
    });
  });
  window.${global}.on('${events.finish}', () => { window.lmsLog.finished = true; });
</script></head>
<body><main><h1>Lesson</h1>
<iframe id="sco" src="${content}/launch.html" title="Activity" width="1200" height="860"></iframe>
</main></body></html>`,
  );
}

/** scorm-again's SCORM 1.2 run-time as an LMS provides it: `API`. */
const SCORM12 = {
  script: 'scorm12.js',
  global: 'API',
  api: 'Scorm12API',
  events: { set: 'LMSSetValue', initialize: 'LMSInitialize', commit: 'LMSCommit', finish: 'LMSFinish' },
  commitFields: { status: 'core.lesson_status', raw: 'core.score.raw' },
};

/** The same for SCORM 2004: scorm-again's Scorm2004API as `API_1484_11`. */
const SCORM2004 = {
  script: 'scorm2004.js',
  global: 'API_1484_11',
  api: 'Scorm2004API',
  events: { set: 'SetValue', initialize: 'Initialize', commit: 'Commit', finish: 'Terminate' },
  commitFields: { completion: 'completion_status', success: 'success_status' },
};

before(async () => {
  lms.dir = await mkdtemp(join(tmpdir(), 'worthit-lms-'));
  await writeCourse({
    page: 'course.html',
    ...SCORM12,
    content: 'content',
  });
  await writeCourse({
    page: 'course2004.html',
    ...SCORM2004,
    content: 'content2004',
  });
  lms.server = await startServer({ root: lms.dir });
});

after(async () => {
  await lms.server?.close();
  if (lms.dir) await rm(lms.dir, { recursive: true, force: true });
});

/** The files of a zip (names and bytes), through Debian's `unzip`. */
async function unzipTo(zip, dir) {
  execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  const out = new Map();
  async function walk(sub) {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else out.set(path, await readFile(join(dir, path)));
    }
  }
  await walk('');
  return out;
}

/** The launch page's configuration in a package's files. */
function launchConfig(files) {
  return JSON.parse(/id="worthit-lms-config">(.*?)<\/script>/s.exec(files.get('launch.html').toString())[1]);
}

/**
 * The package `cargo xtask lms`'s binary writes of `document` (JSON text)
 * with `args` has the files of `files`, byte for byte. `name` names its
 * input file, zip and folder in the LMS's directory.
 */
async function assertCommandLineWritesTheSame(name, document, args, files) {
  const input = join(lms.dir, `${name}.json`);
  await writeFile(input, document);
  const zip = join(lms.dir, `${name}.zip`);
  execFileSync(
    'cargo',
    ['run', '--quiet', '--release', '-p', 'worthit-lms', '--', input, '--dist', DIST_DIR, '--out', zip, ...args],
    { cwd: join(E2E_DIR, '..', '..'), stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const cliFiles = await unzipTo(zip, join(lms.dir, name));
  assert.deepEqual([...cliFiles.keys()].sort(), [...files.keys()].sort());
  for (const [file, bytes] of files) assert.ok(bytes.equals(cliFiles.get(file)), `${file} differs`);
}

/**
 * The student: a page whose worthit frame is refused storage, with the
 * page's errors collected.
 */
async function studentPage() {
  const context = await noStorageContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, errors };
}

/** Opens the LMS's course page `course` and waits for its run-time to start. */
async function enterCourse(page, course) {
  await page.goto(`${lms.server.url}/${course}`);
  await page.waitForFunction(() => window.lmsLog.initialized);
}

/** The frame of the worthit page of the package unzipped in `content`. */
async function worthitFrame(page, content) {
  const find = () => page.frames().find((f) => f.url().includes(`/${content}/page/index.html`));
  await raceErrors(page, (async () => {
    while (!find()) await new Promise((r) => setTimeout(r, 100));
  })());
  return find();
}

/**
 * The student leaves the activity (the LMS removes its frame): the launch
 * script finishes the session, and the worthit page had no errors.
 */
async function leaveCourse(page, errors) {
  await page.evaluate(() => document.getElementById('sco').remove());
  await page.waitForFunction(() => window.lmsLog.finished, null, { timeout: 10_000 });
  assert.deepEqual(errors, []);
}

test('the package from the page runs in an LMS: completion, pass, score, time, commit, finish', async () => {
  // 1. The teacher: the preset's exercise, a prediction first, Download for LMS.
  const author = await openPage(env.browser, '/?preset=game-gameplay&lang=en', { width: 1280, height: 900 });
  await raceErrors(author, author.locator(id('exercise-start')).waitFor());
  await author.click(id('exercise-start'));
  await raceErrors(author, author.locator(`${id('exercise')}[data-active="true"]`).waitFor());
  await author.click(id('embed'));
  await author.check(id('embed-predict'));
  assert.equal(await author.innerText(id('embed-intro')), FTL.en.get('embed-intro'));
  await screenshot(author, 'lms-embed-dialog-1280x900');
  const [download] = await Promise.all([author.waitForEvent('download'), author.click(id('embed-lms'))]);
  await raceErrors(author, author.locator(id('embed-lms-status')).filter({ hasText: 'downloaded' }).waitFor());
  console.log('lms: the page built the package');
  const zip = join(lms.dir, 'package.zip');
  await download.saveAs(zip);
  const files = await unzipTo(zip, join(lms.dir, 'content'));
  for (const name of ['imsmanifest.xml', 'launch.html', 'scorm-launch.js', 'page/index.html', 'page/locales/ko.ftl']) {
    assert.ok(files.has(name), `${name} is in the package`);
  }
  assert.ok([...files.keys()].some((n) => /^page\/app-.*_bg\.wasm$/.test(n)), 'the WebAssembly is in the package');
  const manifest = files.get('imsmanifest.xml').toString();
  for (const name of files.keys()) {
    if (name !== 'imsmanifest.xml') assert.ok(manifest.includes(`<file href="${name}"/>`), `${name} is listed`);
  }

  // 2. The same package from the command line (`cargo xtask lms`'s binary):
  //    the same files, the page byte for byte.
  const config = launchConfig(files);
  assert.equal(config.predict, true);
  await assertCommandLineWritesTheSame('cli', config.scenario, ['--lang', 'en', '--predict'], files);
  console.log('lms: the command line built the package');

  // 3. The student, in the LMS, with storage refused to the page.
  const { context, page, errors } = await studentPage();
  try {
    await enterCourse(page, 'course.html');
    assert.equal(await page.evaluate(() => window.API.cmi.core.lesson_status), 'incomplete');
    const frame = await worthitFrame(page, 'content');
    await frame.locator(`${id('predict')}[data-step="asking"]`).waitFor({ timeout: 30_000 });
    // Storage really is refused in the page's frame.
    assert.equal(await frame.evaluate(() => { try { return typeof localStorage; } catch (e) { return e.name; } }), 'SecurityError');
    await page.waitForTimeout(1500);
    // Nothing is reported while the answer is hidden.
    assert.equal(await page.evaluate(() => window.API.cmi.core.lesson_status), 'incomplete');

    console.log('lms: the student predicts');
    await tabTo(page, frame, 'predict-input');
    await page.keyboard.type('70');
    await page.keyboard.press('Enter');
    await frame.locator(`${id('predict')}[data-step="revealed"]`).waitFor({ timeout: 30_000 });
    const score = Number(await frame.getAttribute(id('predict-score'), 'data-score'));
    // Revealed, the goal not met yet: failed so far, with the score.
    await page.waitForFunction(() => window.API.cmi.core.lesson_status === 'failed', null, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.API.cmi.core.score.raw), String(Math.round(score * 100)));
    await screenshot(page, 'lms-revealed-1280x900');

    // The documented solution (docs/exercises.md), typed into the boxes.
    // The package opens the compact embed, whose groups start folded.
    await openFold(page, frame, 'costs');
    for (const [testid, value] of [['cost-time-mean', '0.6'], ['cost-learning-mean', '0.4']]) {
      await tabTo(page, frame, testid, 200);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => window.API.cmi.core.lesson_status === 'passed', null, { timeout: 60_000 });
    const state = await page.evaluate(() => ({
      status: window.API.cmi.core.lesson_status,
      raw: window.API.cmi.core.score.raw,
      min: window.API.cmi.core.score.min,
      max: window.API.cmi.core.score.max,
      // Write-only in SCORM 1.2: read from the log of LMSSetValue calls.
      session: window.lmsLog.sets.filter(([e]) => e === 'cmi.core.session_time').map(([, v]) => v).pop(),
      commits: window.lmsLog.commits,
    }));
    assert.equal(state.status, 'passed');
    // The score is the prediction's, not the goal's: it stays.
    assert.equal(state.raw, String(Math.round(score * 100)));
    assert.equal([state.min, state.max].join(), '0,100');
    assert.match(state.session, /^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    assert.ok(state.commits.some((c) => c.status === 'passed'), JSON.stringify(state.commits));
    await screenshot(page, 'lms-passed-1280x900');

    // Leaving the activity finishes the session.
    await leaveCourse(page, errors);
  } finally {
    await context.close();
  }
});

/** A browser context whose worthit page (under `/content…/page/`) is refused storage. */
async function noStorageContext() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    if (/\/content[^/]*\/page\//.test(location.pathname)) {
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('storage is not allowed here', 'SecurityError');
          },
        });
      }
    }
  });
  return context;
}

test('the SCORM 2004 package runs in a 2004 run-time: completion, success, scaled and raw score, ISO 8601 time', async () => {
  // The teacher chooses SCORM 2004 beside Download for LMS.
  const author = await openPage(env.browser, '/?preset=game-gameplay&lang=en', { width: 1280, height: 900 });
  await raceErrors(author, author.locator(id('exercise-start')).waitFor());
  await author.click(id('exercise-start'));
  await raceErrors(author, author.locator(`${id('exercise')}[data-active="true"]`).waitFor());
  await author.click(id('embed'));
  await author.check(id('embed-predict'));
  await author.selectOption(id('embed-lms-standard'), '2004');
  await axeCheck(author, { include: '.embed-lms', failOn: ['minor', 'moderate', 'serious', 'critical'] });
  await screenshot(author, 'lms-embed-dialog-2004-1280x900');
  const [download] = await Promise.all([author.waitForEvent('download'), author.click(id('embed-lms'))]);
  assert.match(download.suggestedFilename(), /-scorm2004\.zip$/);
  const zip = join(lms.dir, 'package2004.zip');
  await download.saveAs(zip);
  const files = await unzipTo(zip, join(lms.dir, 'content2004'));
  const manifest = files.get('imsmanifest.xml').toString();
  assert.match(manifest, /<schemaversion>2004 4th Edition<\/schemaversion>/);
  assert.match(manifest, /adlcp:scormType="sco"/);
  const config = launchConfig(files);
  assert.equal(config.scorm, '2004');

  // The command line's 2004 package is the same, byte for byte.
  await assertCommandLineWritesTheSame('cli2004', config.scenario, ['--lang', 'en', '--predict', '--scorm', '2004'], files);

  // The student, storage refused.
  const { context, page, errors } = await studentPage();
  const api = (expr) => page.evaluate(expr);
  try {
    await enterCourse(page, 'course2004.html');
    assert.equal(await api(() => window.API_1484_11.cmi.completion_status), 'incomplete');
    const frame = await worthitFrame(page, 'content2004');
    await frame.locator(`${id('predict')}[data-step="asking"]`).waitFor({ timeout: 30_000 });
    assert.equal(await frame.evaluate(() => { try { return typeof localStorage; } catch (e) { return e.name; } }), 'SecurityError');
    await page.waitForTimeout(1500);
    assert.equal(await api(() => window.API_1484_11.cmi.completion_status), 'incomplete');

    await tabTo(page, frame, 'predict-input');
    await page.keyboard.type('70');
    await page.keyboard.press('Enter');
    await frame.locator(`${id('predict')}[data-step="revealed"]`).waitFor({ timeout: 30_000 });
    const score = Number(await frame.getAttribute(id('predict-score'), 'data-score'));
    await page.waitForFunction(() => window.API_1484_11.cmi.success_status === 'failed', null, { timeout: 30_000 });
    assert.equal(await api(() => window.API_1484_11.cmi.completion_status), 'completed');
    assert.equal(Number(await api(() => window.API_1484_11.cmi.score.scaled)), score);
    assert.equal(await api(() => window.API_1484_11.cmi.score.raw), String(Math.round(score * 100)));
    await screenshot(page, 'lms-2004-revealed-1280x900');

    await openFold(page, frame, 'costs');
    for (const [testid, value] of [['cost-time-mean', '0.6'], ['cost-learning-mean', '0.4']]) {
      await tabTo(page, frame, testid, 200);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => window.API_1484_11.cmi.success_status === 'passed', null, { timeout: 60_000 });
    const state = await api(() => ({
      completion: window.API_1484_11.cmi.completion_status,
      success: window.API_1484_11.cmi.success_status,
      raw: window.API_1484_11.cmi.score.raw,
      min: window.API_1484_11.cmi.score.min,
      max: window.API_1484_11.cmi.score.max,
      session: window.lmsLog.sets.filter(([e]) => e === 'cmi.session_time').map(([, v]) => v).pop(),
      commits: window.lmsLog.commits,
    }));
    assert.equal(state.completion, 'completed');
    assert.equal(state.raw, String(Math.round(score * 100)));
    assert.equal([state.min, state.max].join(), '0,100');
    // An ISO 8601 duration, as SCORM 2004's timeinterval requires.
    assert.match(state.session, /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
    assert.ok(state.commits.some((c) => c.success === 'passed'), JSON.stringify(state.commits));
    await leaveCourse(page, errors);
  } finally {
    await context.close();
  }
});

test('a comparison\'s package opens in compare mode and records the lift prediction', async () => {
  // The teacher: two presets as A and B in compare mode, a prediction first.
  const doc = gameComparison();
  const author = await openPage(env.browser, `/?lang=en#comparison=${encodeURIComponent(JSON.stringify(doc))}`, { width: 1280, height: 900 });
  await raceErrors(author, author.locator(id('compare-lift')).waitFor({ timeout: 60_000 }));
  await author.click(id('embed'));
  await author.check(id('embed-predict'));
  assert.match(await author.innerText('#embed-lms-help'), /package of this comparison \(A vs\. B\)/);
  assert.match(await author.innerText(id('embed-intro')), /shows this comparison \(A vs\. B\)/);
  // A comparison always opens in compare mode: the dialog says so and does
  // not offer it as a choice; the frame is named after both variants.
  assert.ok(await author.isChecked(id('embed-compare')), 'compare mode is shown as on');
  assert.ok(await author.isDisabled(id('embed-compare')), 'and is not a choice');
  const snippet = await author.inputValue(id('embed-code'));
  assert.ok(snippet.includes(`title="worthit simulation: ${doc.a.title} vs. ${doc.b.title}"`), snippet.slice(0, 400));
  await axeCheck(author, { include: '.embed-lms', failOn: ['minor', 'moderate', 'serious', 'critical'] });
  await screenshot(author, 'lms-embed-dialog-compare-1280x900');
  const [download] = await Promise.all([author.waitForEvent('download'), author.click(id('embed-lms'))]);
  assert.match(download.suggestedFilename(), /-comparison-scorm\.zip$/);
  const zip = join(lms.dir, 'package-compare.zip');
  await download.saveAs(zip);
  const files = await unzipTo(zip, join(lms.dir, 'content-compare'));
  const manifest = files.get('imsmanifest.xml').toString();
  assert.ok(manifest.includes(`<title>${doc.a.title} vs. ${doc.b.title}</title>`), manifest);
  const config = launchConfig(files);
  assert.equal(config.scenario, undefined);
  const packaged = JSON.parse(config.comparison);
  assert.equal(packaged.kind, 'worthit-comparison');
  assert.equal(packaged.a.title, doc.a.title);
  assert.equal(packaged.b.title, doc.b.title);
  assert.equal(config.predict, true);

  // The command line takes the comparison file and writes the same bytes.
  await assertCommandLineWritesTheSame('cli-compare', config.comparison, ['--lang', 'en', '--predict'], files);

  // The student, in a SCORM 1.2 LMS, storage refused.
  await writeCourse({
    page: 'course-compare.html',
    ...SCORM12,
    content: 'content-compare',
  });
  const { context, page, errors } = await studentPage();
  try {
    await enterCourse(page, 'course-compare.html');
    const frame = await worthitFrame(page, 'content-compare');
    // Compare mode asks for the lift of B over A.
    await frame.locator(`${id('predict')}[data-step="asking"][data-metric="lift"]`).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => window.API.cmi.core.lesson_status), 'incomplete');

    await tabTo(page, frame, 'predict-input');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await frame.locator(`${id('predict')}[data-step="revealed"]`).waitFor({ timeout: 60_000 });
    await frame.locator(id('compare-lift')).waitFor();
    const score = Number(await frame.getAttribute(id('predict-score'), 'data-score'));
    assert.ok(score >= 0 && score <= 1, String(score));
    // No exercise goal in a comparison: completed, with the prediction's score.
    await page.waitForFunction(() => window.API.cmi.core.lesson_status === 'completed', null, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.API.cmi.core.score.raw), String(Math.round(score * 100)));
    const commits = await page.evaluate(() => window.lmsLog.commits);
    assert.ok(commits.some((c) => c.status === 'completed' && c.raw === String(Math.round(score * 100))), JSON.stringify(commits));
    await screenshot(page, 'lms-compare-revealed-1280x900');

    await leaveCourse(page, errors);
  } finally {
    await context.close();
  }
});

test('a comparison\'s package in every language: the dialog says so, the package is titled A vs. B in it', async () => {
  const doc = gameComparison();
  for (const code of ['zh-CN', 'zh-TW', 'ko']) {
    const phone = code === 'ko';
    const author = await openPage(env.browser, `/?lang=${code}#comparison=${encodeURIComponent(JSON.stringify(doc))}`,
      phone ? { width: 390, height: 844 } : { width: 1280, height: 900 });
    await raceErrors(author, author.locator(id('compare-lift')).waitFor({ timeout: 60_000 }));
    await author.click(id('embed'));
    await author.locator('#embed-lms-help').scrollIntoViewIfNeeded();
    assert.equal(await author.innerText('#embed-lms-help'), FTL[code].get('embed-lms-help-compare'), code);
    // The dialog's first line says it embeds the comparison, not one scenario.
    assert.equal(await author.innerText(id('embed-intro')), FTL[code].get('embed-intro-compare'), code);
    await axeCheck(author, { include: '.embed-lms', failOn: ['minor', 'moderate', 'serious', 'critical'] });
    await screenshot(author, `lms-embed-dialog-compare-${code}-${phone ? '390x844' : '1280x900'}`);
    // The package is in the dialog's language (the page's, here).
    const [download] = await Promise.all([author.waitForEvent('download'), author.click(id('embed-lms'))]);
    assert.match(download.suggestedFilename(), /-comparison-scorm\.zip$/);
    const zip = join(lms.dir, `package-compare-${code}.zip`);
    await download.saveAs(zip);
    const files = await unzipTo(zip, join(lms.dir, `content-compare-${code}`));
    const title = FTL[code].get('lms-comparison-title').replace('{ $a }', doc.a.title).replace('{ $b }', doc.b.title);
    assert.ok(files.get('imsmanifest.xml').toString().includes(`<title>${title}</title>`), `${code}: ${title}`);
    const launch = files.get('launch.html').toString();
    assert.ok(launch.includes(`<html lang="${code}">`), code);
  }
});

test('the launch page outside an LMS says that nothing is recorded', async () => {
  const page = await openPage(env.browser, `${lms.server.url}/content/launch.html`, { width: 390, height: 844 });
  await raceErrors(page, page.locator('#worthit-lms-status').filter({ hasText: 'No learning platform' }).waitFor());
  const frame = page.frameLocator('#worthit-lms-frame');
  await frame.locator(`${id('predict')}[data-step="asking"]`).waitFor({ timeout: 30_000 });
  // The launch page and the page it frames: nothing serious or critical.
  // (axe reports one moderate finding, landmark-unique: the launch page's
  // <main> and the framed page's are not told apart by a label.)
  await axeCheck(page);
  await screenshot(page, 'lms-launch-alone-390x844');
});
