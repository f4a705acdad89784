/**
 * Budgets, from what Chromium actually receives (deterministic bytes, so they are tests): every
 * page's document (its stylesheet and icon inline) and everything it fetches on load — the page
 * script, which loads after the first paint — stays within 12 KiB gzip, but the reading view (the whole
 * resolution, its contents, the documents each unit cites and the document’s record: status line,
 * citation metadata) within 15 KiB. Reading needs no JavaScript, and the search code loads only
 * on first use.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { goTo, launchBrowser, newContext } from '../support/browser.ts';
import { pageTypes, readBuiltSite } from '../support/built-site.ts';
import { scrollIntoRendering } from '../support/rendered.ts';
import { weighLoad, type LoadWeight } from '../support/requests.ts';
import { searchField } from '../support/search-ui.ts';

const BUDGET = 12 * 1024;
/**
 * Pages with a budget of their own, relative to the base. The reading view was 13.4 KiB before
 * the cited documents ("Cites:" under 13 units, 0.78 KiB) and the record's wording of the status
 * line and the footer's every-part navigation came in (measured 14.52 KiB), then each unit's
 * data-name for its tools (14.77 KiB with the stylesheet inline, its hash in the policy included),
 * then the inline loader that holds the page script until the first paint (+0.3 KiB; its largest
 * contentful paint no longer waits for the script), less the styles of pages it does not show
 * (each component now brings its own: −0.1 KiB here, −1.1 KiB on the map, now under 12):
 * 14.93 KiB. Issue 17's 12 KiB is not met: this budget holds today's weight so that nothing grows
 * unseen, it is not the goal.
 */
const PAGE_BUDGETS: Record<string, number> = { '': 15 * 1024 };
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

const kib = (bytes: number) => (bytes / 1024).toFixed(2);

describe('page weight budget', () => {
  const weights = new Map<string, LoadWeight>();

  beforeAll(async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      for (const { path } of site.pages) weights.set(path, await weighLoad(page, new URL(path, origin).href));
    } finally {
      await context.close();
    }
  }, 180_000);

  it(`keeps every page's load — document, CSS, JS, icon — within ${BUDGET / 1024} KiB gzip (the reading view 15)`, () => {
    const rows = [...weights].map(([path, w]) => `${path.padEnd(40)} ${kib(w.total)} KiB (html ${kib(w.byKind.html)}, css ${kib(w.byKind.css)}, js ${kib(w.byKind.js)}, image ${kib(w.byKind.image)}, other ${kib(w.byKind.other)})`);
    console.info(`Page weight on load, gzip (budget ${BUDGET / 1024} KiB), one page of each type:\n${rows.filter((r) => [...types.values()].some((p) => r.startsWith(`${p.path} `))).join('\n')}`);
    expect(weights.size).toBe(site.pages.length);
    const budgetOf = (path: string) => PAGE_BUDGETS[path.slice(site.basePath.length)] ?? BUDGET;
    expect([...weights].filter(([path, w]) => w.total > budgetOf(path)).map(([path, w]) => `${path}: ${kib(w.total)} KiB`)).toEqual([]);
  });

  it('weighs the icon and the stylesheet in the document: no request for either, the weights are what the browser received', () => {
    const home = weights.get(site.basePath)!;
    // The icon is a data: URL in the page (Base.astro), the stylesheet a <style>: both weighed with the document.
    expect(home.paths).toEqual([site.basePath, expect.stringMatching(/\/_astro\/page\.[\w-]+\.js$/)]);
    expect(home.byKind.css).toBe(0);
    expect(home.byKind.image).toBe(0);
    expect(home.byKind.html).toBeGreaterThan(0);
  });

  it("loads no search code on load: nothing of Pagefind in any page's load", () => {
    expect([...weights].flatMap(([path, w]) => w.paths.filter((p) => p.includes('/pagefind/')).map((p) => `${path}: ${p}`))).toEqual([]);
  });
});

describe('the page script waits for the first paint', () => {
  it.each([...types.keys()])('the %s paints before it asks for any script', async (type) => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await goTo(page, new URL(types.get(type)!.path, origin).href);
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' && entry.name.endsWith('.js'))
          .map((entry) => entry.startTime),
      }));
      expect(timing.paint, 'a first contentful paint').toBeTypeOf('number');
      // The page script; on the 404 page also the forgiving-address code that the page script
      // imports (src/scripts/forgiving-boot.ts), listed once it has arrived, which may be later.
      expect(timing.scripts.length).toBeGreaterThanOrEqual(1);
      expect(timing.scripts.length).toBeLessThanOrEqual(type === '404.html' ? 2 : 1);
      expect(timing.scripts.filter((start) => start <= timing.paint), 'script requests before the first contentful paint').toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** Visible text of the source and visible links in <main>: what a reader needs. */
async function readable(page: Page) {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const source: { text: string; shown: boolean }[] = [];
  // Each passage as a reader who scrolls to it sees it: the reading view lays out only what is
  // near the screen (content-visibility: auto), so a unit far below has no rendered text until then.
  for (const passage of await page.locator('[data-source-text]').all()) {
    await scrollIntoRendering(passage);
    source.push(await passage.evaluate((el: HTMLElement) => ({ text: el.textContent ?? '', shown: el.checkVisibility() && el.innerText.replace(/\s+/g, ' ').trim() === (el.textContent ?? '').replace(/\s+/g, ' ').trim() })));
  }
  const links = await page.evaluate(() =>
    [...(document.querySelector('main')?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])]
      .filter((a) => a.checkVisibility())
      .map((a) => `${a.getAttribute('href')} ${a.innerText.replace(/\s+/g, ' ').trim()}`),
  );
  return { source: source.map((s) => ({ ...s, text: norm(s.text) })), links };
}

describe('reading without JavaScript', () => {
  it.each([...types.keys()])('shows all the text and links of the %s with JavaScript off', async (type) => {
    const url = new URL(types.get(type)!.path, origin).href;
    const withJs = await newContext(browser);
    const withoutJs = await newContext(browser, { javaScriptEnabled: false });
    try {
      const on = await withJs.newPage();
      await goTo(on, url);
      const off = await withoutJs.newPage();
      await goTo(off, url);
      const [a, b] = [await readable(on), await readable(off)];
      expect(b.source.filter((s) => !s.shown).map((s) => s.text), 'source text hidden without JavaScript').toEqual([]);
      expect(b.source.map((s) => s.text)).toEqual(a.source.map((s) => s.text));
      // Every address a link leads to with JavaScript, a link leads to without it too (the reading
      // view's tools row is made by script; without it each unit's label leads to the same page).
      const targets = (links: string[]) => new Set(links.map((link) => link.split(' ')[0]));
      const without = targets(b.links);
      expect([...targets(a.links)].filter((href) => !without.has(href)), 'addresses only linked with JavaScript').toEqual([]);
    } finally {
      await withJs.close();
      await withoutJs.close();
    }
  });
});

/** The page types that have a search field (the search page has its own; 404 and all others the header's). */
const searchable = [...types.keys()];

describe('search code loads on first use', () => {
  it.each(searchable)('requests nothing of Pagefind while the %s loads, then loads it on first search', async (type) => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await goTo(page, new URL(types.get(type)!.path, origin).href, { waitUntil: 'networkidle' });
      expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
      const field = await searchField(page);
      expect(field, `a search field on the ${type}`).toBeDefined();
      const firstUse = page.waitForRequest((request) => new URL(request.url()).pathname.includes('/pagefind/'), { timeout: 15_000 });
      await field!.fill('Kazakhstan');
      await field!.press('Enter');
      await firstUse;
    } finally {
      await context.close();
    }
  });
});
