/**
 * Sub-path deploys: the build made with BASE_PATH=/motion/ (npm run build:base ->
 * dist-base/, or BASE_SITE_DIR) passes the same link check, every page works served under
 * its base, and its search works in the browser.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, launchBrowser } from '../support/browser.ts';
import { readBuiltSite, sitemapUrls } from '../support/built-site.ts';
import { checkLinks } from '../support/link-check.ts';
import { RESULT_LINK, searchField } from '../support/search-ui.ts';
import { serveDirectory, type ServedSite } from '../support/serve-site.ts';

const dir = resolve(process.env['BASE_SITE_DIR'] ?? 'dist-base');
if (!existsSync(join(dir, 'index.html'))) {
  throw new Error(`No sub-path build in ${dir}: run "npm run build:base" first (npm test does).`);
}
const site = readBuiltSite(dir);
let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  served = await serveDirectory(dir, site.basePath);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe(`the build under a sub-path (${dir})`, () => {
  it('is built for a sub-path', () => {
    expect(site.basePath, 'the canonical URL of its home page has a sub-path').not.toBe('/');
  });

  it('has every internal link and #anchor resolve, within the base path', () => {
    const report = checkLinks(site);
    expect(report.checked).toBeGreaterThan(site.pages.length);
    expect(report.problems, report.problems.join('\n')).toEqual([]);
  });

  it('lists every page but 404 in its sitemap, under the base path', () => {
    const pages = site.pages.filter((p) => !/(^|\/)404\.html$/.test(p.path)).map((p) => new URL(p.path, site.root).href);
    expect(sitemapUrls(site).sort()).toEqual(pages.sort());
  });

  it('loads every page, with its styles and scripts, served under the base path', { timeout: 120_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('response', (r) => void (r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`)));
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    try {
      for (const built of site.pages.filter((p) => !p.path.endsWith('404.html'))) {
        await goTo(page, new URL(built.path, served.url).href, { waitUntil: 'load' });
        const styled = await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0));
        if (!styled) problems.push(`${built.path}: no stylesheet applied`);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  // Search is being built on another branch: runs once the sub-path build has a Pagefind index.
  it('finds text with search, and its results stay under the base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await goTo(page, served.url);
      const field = await searchField(page);
      expect(field, 'the home page has a search field').toBeDefined();
      await page.evaluate(() => document.querySelectorAll('a').forEach((a) => a.setAttribute('data-before-search', '')));
      await field!.fill('Zhanaozen');
      await field!.press('Enter');
      await page.waitForFunction(
        (source) => [...document.querySelectorAll('a[href]:not([data-before-search])')].some((a) => new RegExp(source).test((a as HTMLAnchorElement).href)),
        RESULT_LINK.source,
        { timeout: 15_000 },
      );
      const results = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('a[href]:not([data-before-search])')].map((a) => a.href));
      const units = results.filter((href) => RESULT_LINK.test(href));
      expect(units.length).toBeGreaterThan(0);
      expect(units.filter((href) => !href.startsWith(served.url)), 'results outside the base path').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
