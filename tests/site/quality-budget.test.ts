/**
 * Budgets, from the build's bytes (deterministic, so they are tests): every page's HTML + the
 * CSS and JS it loads on load stays within 12 KiB gzip. Reading needs no JavaScript, and the
 * search code loads only on first use.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, newContext } from '../support/browser.ts';
import { pageTypes, readBuiltSite } from '../support/built-site.ts';
import { pageWeight, weightTable } from '../support/page-weight.ts';
import { searchField } from '../support/search-ui.ts';

const BUDGET = 12 * 1024;
const site = readBuiltSite(inject('siteDir'));
const origin = new URL(inject('siteUrl')).origin;
const types = pageTypes(site);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('page weight budget', () => {
  it(`keeps every page's HTML + CSS + JS on load within ${BUDGET / 1024} KiB gzip`, () => {
    const weights = site.pages.map((page) => pageWeight(site, page));
    const over = weights.filter((w) => w.total > BUDGET);
    const table = weightTable(weights);
    console.info(`Page weight on load, KiB gzip (budget ${BUDGET / 1024} KiB):\n${weightTable(weights.filter((w) => [...types.values()].some((p) => p.path === w.path)))}`);
    expect(over.map((w) => w.path), `Over the ${BUDGET / 1024} KiB budget:\n${table}`).toEqual([]);
  });

  it('loads no search code on load: nothing of Pagefind in any page\'s on-load files', () => {
    const eager = site.pages.flatMap((page) => pageWeight(site, page).files.filter((f) => f.includes('/pagefind/')).map((f) => `${page.path}: ${f}`));
    expect(eager).toEqual([]);
  });
});

/** Visible text of the source and visible links in <main>: what a reader needs. */
async function readable(page: Page) {
  return page.evaluate(() => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const main = document.querySelector('main');
    const source = [...document.querySelectorAll<HTMLElement>('[data-source-text]')].map((el) => ({
      text: norm(el.textContent ?? ''),
      shown: el.checkVisibility() && norm(el.innerText) === norm(el.textContent ?? ''),
    }));
    const links = [...(main?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])]
      .filter((a) => a.checkVisibility())
      .map((a) => `${a.getAttribute('href')} ${norm(a.innerText)}`);
    return { source, links };
  });
}

describe('reading without JavaScript', () => {
  it.each([...types.keys()])('shows all the text and links of the %s with JavaScript off', async (type) => {
    const url = new URL(types.get(type)!.path, origin).href;
    const withJs = await newContext(browser);
    const withoutJs = await newContext(browser, { javaScriptEnabled: false });
    try {
      const on = await withJs.newPage();
      await on.goto(url);
      const off = await withoutJs.newPage();
      await off.goto(url);
      const [a, b] = [await readable(on), await readable(off)];
      expect(b.source.filter((s) => !s.shown).map((s) => s.text), 'source text hidden without JavaScript').toEqual([]);
      expect(b.source.map((s) => s.text)).toEqual(a.source.map((s) => s.text));
      expect(a.links.filter((link) => !b.links.includes(link)), 'links only there with JavaScript').toEqual([]);
    } finally {
      await withJs.close();
      await withoutJs.close();
    }
  });
});

describe('search code loads on first use', () => {
  it.each([...types.keys()])('requests nothing of Pagefind while the %s loads', async (type) => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(new URL(types.get(type)!.path, origin).href, { waitUntil: 'networkidle' });
      expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
      const field = await searchField(page);
      if (!field || !existsSync(join(site.dir, 'pagefind'))) return; // no search on this page: nothing to load on use
      const firstUse = page.waitForRequest((request) => new URL(request.url()).pathname.includes('/pagefind/'), { timeout: 15_000 });
      await field.fill('Kazakhstan');
      await field.press('Enter');
      await firstUse;
    } finally {
      await context.close();
    }
  });
});
