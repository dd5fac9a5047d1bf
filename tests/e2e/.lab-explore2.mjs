import { launchBrowser, startServer } from './helpers.mjs';
const server = await startServer({ root: process.env.WORTHIT_DIST });
const browser = await launchBrowser();
const [w, h] = [390, 844];
const ctx = await browser.newContext({ viewport: { width: w, height: h } });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(server.url + '/?compare=1');
await page.waitForSelector('[data-testid="compare-lift"]', { timeout: 20000 });
await page.click('[data-testid="edit-b"]');
await page.click('[data-testid="strip-b-0-remove"]');
await page.waitForTimeout(4000);
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const sw = await page.evaluate(() => document.documentElement.scrollWidth);
console.log('height', height, 'scrollWidth', sw);
for (let y = 0, i = 0; y < height && i < 12; y += 1400, i++) {
  await page.screenshot({ path: `/tmp/labshots/p390-${i}.png`, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(1400, height - y) } });
}
await ctx.close();
await browser.close();
await server.close();
