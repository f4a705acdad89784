import { chromium } from 'playwright-core';
const [,, base, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const spec of paths) {
  const [path, w, scheme, scrollY, name] = spec.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (scrollY) await page.evaluate((y) => window.scrollTo(0, Number(y)), scrollY);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png` });
  await ctx.close();
}
await browser.close();
