import { launchBrowser, startServer } from './helpers.mjs';
const server = await startServer({ root: process.env.WORTHIT_DIST });
const browser = await launchBrowser();
for (const [w, h] of [[1280, 900], [390, 844]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid="adoption-share"][data-adopters]', { timeout: 20000 });
  await page.click('[data-testid="compare-toggle"]');
  await page.waitForSelector('[data-testid="compare-lift"]', { timeout: 20000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/labshots/compare-${w}.png`, fullPage: false });
  await page.screenshot({ path: `/tmp/labshots/compare-full-${w}.png`, fullPage: true });
  console.log(w, await page.getAttribute('[data-testid="compare-lift"]', 'data-lift'));
  await ctx.close();
}
await browser.close();
await server.close();
