import { launchBrowser, startServer } from './helpers.mjs';
const server = await startServer({ root: process.env.WORTHIT_DIST });
const browser = await launchBrowser();
for (const [w, h] of [[1280, 900], [390, 844]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.type(), m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid="adoption-share"][data-adopters]', { timeout: 20000 });
  await page.screenshot({ path: `/tmp/labshots/single-${w}.png` });
  await page.click('[data-testid="compare-toggle"]');
  await page.waitForSelector('[data-testid="compare-lift"]', { timeout: 20000 });
  // B: remove the first character-art card twice, add progression
  await page.click('[data-testid="strip-b-0-remove"]');
  await page.click('[data-testid="strip-b-0-remove"]');
  await page.selectOption('[data-testid="strip-b-kind"]', 'progression');
  await page.click('[data-testid="strip-b-add"]');
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/labshots/compare-${w}.png` });
  await page.evaluate(() => { const s = document.querySelector('.lab-side'); if (s) s.scrollTop = 700; window.scrollTo(0, 0); });
  await page.screenshot({ path: `/tmp/labshots/compare-side-${w}.png` });
  await page.evaluate(() => { const s = document.querySelector('.lab-side'); if (s) s.scrollTop = 1600; });
  await page.screenshot({ path: `/tmp/labshots/compare-side2-${w}.png` });
  await page.screenshot({ path: `/tmp/labshots/compare-full-${w}.png`, fullPage: true });
  console.log(w, await page.getAttribute('[data-testid="compare-lift"]', 'data-lift'), await page.getAttribute('[data-testid="claim-explorer"]', 'data-best-claim'));
  await ctx.close();
}
await browser.close();
await server.close();
