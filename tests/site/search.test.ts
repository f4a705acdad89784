/**
 * Search on the built site, in Chromium, against the real Pagefind index. Every expected
 * answer is computed from the units' own text in the built reading view, never written down.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, siteUrl } from '../support/browser.ts';
import { builtUnits, containsQuery, resemblesQuery, resultsFor, type BuiltUnit } from './search-support.ts';

/** Real queries: people, parties and bodies, places, topics, dates and quoted phrases. */
const QUERIES = [
  // people
  'Bokayev',
  'Semenova',
  'Kozlov',
  'Nazarbayev',
  'Dzhakishev',
  'Yerimbetov',
  'Prado',
  // parties and bodies
  'Nur-Otan',
  'DVK',
  'Alga',
  'OSCE',
  'ODIHR',
  'EIDHR',
  'Commission',
  // places
  'Zhanaozen',
  'Strasbourg',
  '"Central Asia"',
  // topics
  'torture',
  'extremism',
  'trade unions',
  'journalists',
  'elections',
  // dates
  '"27 February 2019"',
  '2011',
  // quoted phrases
  '"human rights defenders"',
  '"civil society"',
  '"political prisoners"',
  '"peaceful assembly"',
];

let browser: Browser;
let context: BrowserContext;
let units: BuiltUnit[];

beforeAll(async () => {
  units = builtUnits();
  browser = await launchBrowser();
  context = await newContext(browser);
});

afterAll(async () => {
  await browser?.close();
});

async function searchPage(path = 'search/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  return page;
}

describe('the index', () => {
  it('holds the units of the reading view, each with its own anchor and title', () => {
    expect(units).toHaveLength(39);
    expect(new Set(units.map((u) => u.id)).size).toBe(39);
  });
});

describe('queries land on every unit that contains them', () => {
  let page: Page;
  beforeAll(async () => {
    page = await searchPage();
  });

  it.each(QUERIES)('%s', async (query) => {
    const expected = units.filter((u) => containsQuery(u.text, query)).map((u) => u.id);
    // A query the text does not contain tests nothing: the list above must stay real.
    expect(expected.length, `no unit contains ${query}`).toBeGreaterThan(0);
    const found = await resultsFor(page, query);
    expect(found).toEqual(expect.arrayContaining(expected));
    // Each text once: no duplicates, and only units of the reading view.
    expect(new Set(found).size).toBe(found.length);
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const id of found) {
      const unit = byId.get(id);
      expect(unit, `${query} landed on "${id}", which is not a unit`).toBeDefined();
      expect(resemblesQuery(unit?.text ?? '', query), `${query} matched ${id} without its words`).toBe(true);
    }
  });

  it('links each result to its unit in the reading view, not to a unit page', async () => {
    await resultsFor(page, 'torture');
    const hrefs = await page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.pathname).toBe(new URL(siteUrl()).pathname);
      expect(url.hash).toMatch(/^#(citation-\d+|recital-[a-z]|paragraph-\d+)$/);
    }
    const titles = await page.$$eval('.search-hit-title', (els) => els.map((el) => el.textContent));
    expect(titles.every((t) => /^(Citation \d+|Recital [A-Z]|Paragraph \d+)$/.test(t ?? ''))).toBe(true);
    expect(await page.locator('.search-hit mark').count()).toBeGreaterThan(0);
  });

  it('never matches a unit by its label', async () => {
    // Spellings the text does not have: their first letter must not pull in recital J or N.
    expect(await resultsFor(page, 'Jakishev')).not.toContain('recital-j');
    expect(await resultsFor(page, 'Nazarbaev')).not.toContain('recital-n');
    expect(await resultsFor(page, 'J')).not.toContain('recital-j');
  });

  it('says what to try when nothing matches', async () => {
    expect(await resultsFor(page, 'Qwxyzzy')).toEqual([]);
    const status = await page.textContent('.search-status');
    expect(status).toMatch(/No results for “Qwxyzzy”\. Try/);
    expect(await page.locator('.search-status a').getAttribute('href')).toBe(new URL(siteUrl()).pathname);
  });
});

describe('the URL of the search page', () => {
  it('round-trips the query and the filters, and the back button restores them', async () => {
    const page = await searchPage('search/?q=torture&kind=recital');
    await page.waitForSelector('.search-hit');
    expect(await page.inputValue('#search-page-q')).toBe('torture');
    expect(await page.isChecked('input[name="kind"][value="recital"]')).toBe(true);
    expect(await page.isChecked('input[name="kind"][value="paragraph"]')).toBe(false);
    const recitals = await page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLElement).dataset['unit']));
    const expected = units.filter((u) => u.id.startsWith('recital-') && containsQuery(u.text, 'torture')).map((u) => u.id);
    expect(recitals).toEqual(expect.arrayContaining(expected));
    expect(recitals.every((id) => id?.startsWith('recital-'))).toBe(true);
    expect(await page.textContent('.search-status')).toMatch(/more without the filters/);

    // A filter is a step in history.
    await page.check('input[name="kind"][value="paragraph"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('kind').join() === 'recital,paragraph');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.search-hit')].some((h) => h.dataset['unit']?.startsWith('paragraph-')));

    // Typing keeps the URL in step without adding steps.
    await page.fill('#search-page-q', 'journalists');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'journalists');
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['recital', 'paragraph']);

    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('kind').join() === 'recital');
    await page.waitForFunction(() => (document.querySelector('#search-page-q') as HTMLInputElement).value === 'torture');
    expect(await page.isChecked('input[name="kind"][value="paragraph"]')).toBe(false);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.search-hit')].every((h) => h.dataset['unit']?.startsWith('recital-')));

    // The same URL opened afresh gives the same state.
    const again = await searchPage(new URL(page.url()).href.slice(siteUrl().length));
    await again.waitForSelector('.search-hit');
    expect(await again.inputValue('#search-page-q')).toBe('torture');
    expect(await again.isChecked('input[name="kind"][value="recital"]')).toBe(true);
  });
});

describe('from the keyboard alone, on any page', () => {
  it('opens with "/" and Ctrl-K, moves with the arrows, opens with Enter, closes with Esc', async () => {
    const page = await searchPage('about/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('torture');
    await page.waitForSelector('.search-panel-popup .search-hit');
    const input = page.locator('#site-search-q');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const listId = await input.getAttribute('aria-controls');
    expect(await page.getAttribute(`#${listId}`, 'role')).toBe('listbox');
    expect(await page.textContent('.search-panel-popup [role="status"]')).toMatch(/^\d+ results? for “torture”/);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const active = await input.getAttribute('aria-activedescendant');
    const first = page.locator('.search-panel-popup [role="option"]').first();
    expect(active).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const unitId = (await first.getAttribute('data-unit')) ?? '';

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');

    await Promise.all([page.waitForURL(/#/), page.keyboard.press('Enter')]);
    // Arrival: the terms are marked in the unit, the unit is in view, the address is the permalink.
    await page.waitForSelector(`#${unitId} mark.search-mark`);
    const marks = await page.$$eval(`#${unitId} mark.search-mark`, (els) => els.map((el) => el.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^tortur/i.test(m))).toBe(true);
    expect(await page.locator('mark.search-mark').count()).toBe(marks.length);
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe(`#${unitId}`);
    // In view: its top between the sticky header and the bottom of the window.
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
      const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
      return top >= header - 1 && top < window.innerHeight / 2;
    }, unitId);
    // Wrapping only: the unit's words are untouched.
    const built = units.find((u) => u.id === unitId)?.text;
    const shown = await page.$eval(`#${unitId}`, (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-pagefind-ignore]').forEach((n) => n.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    expect(shown).toBe(built);
  });

  it('has no accessibility violations, results open or on the search page', async () => {
    const page = await searchPage('about/');
    await page.keyboard.press('/');
    await page.keyboard.type('journalists');
    await page.waitForSelector('.search-panel-popup .search-hit');
    await page.keyboard.press('ArrowDown');
    const popup = await new AxeBuilder({ page }).analyze();
    expect(popup.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    const full = await searchPage('search/?q=journalists&kind=paragraph');
    await full.waitForSelector('.search-hit');
    const results = await new AxeBuilder({ page: full }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe('loading', () => {
  const isSearchCode = (request: Request) => /\/pagefind\/|search-ui|search\/facets\.json|search\.[^/]*\.css/.test(request.url());

  it('fetches no search code before the reader starts to search, and keeps the CSP', async () => {
    for (const path of ['', 'about/', 'recitals/j/', 'search/']) {
      const page = await context.newPage();
      const fetched: string[] = [];
      const cspErrors: string[] = [];
      page.on('request', (request) => {
        if (isSearchCode(request)) fetched.push(request.url());
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
      });
      await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
      expect(fetched, path).toEqual([]);

      const field = path === 'search/' ? '#search-page-q' : '#site-search-q';
      await page.focus(field);
      await page.keyboard.type('Zhanaozen');
      // Typed key by key on a cold page: the results are those of the whole word, not of "Z".
      await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('“Zhanaozen”'));
      const found = await page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLElement).dataset['unit']));
      expect(found.sort(), path).toEqual(units.filter((u) => containsQuery(u.text, 'Zhanaozen')).map((u) => u.id).sort());
      expect(fetched.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
      expect(fetched.some((url) => url.includes('search/facets.json'))).toBe(path === 'search/');
      expect(cspErrors, path).toEqual([]);
      await page.close();
    }
  });

  it('serves the facets file the interface renders', async () => {
    const page = await context.newPage();
    const response = await page.goto(siteUrl('search/facets.json'));
    const body = (await response?.json()) as { facets: { id: string; values: { value: string; units: string[] }[] }[] };
    const kind = body.facets.find((f) => f.id === 'kind');
    expect(kind?.values.map((v) => v.value)).toEqual(['citation', 'recital', 'paragraph']);
    expect(kind?.values.flatMap((v) => v.units).sort()).toEqual(units.map((u) => u.id).sort());
  });
});

describe('on a narrow screen', () => {
  it('offers a link to the search page instead of the field, and "/" goes there', async () => {
    const narrow = await newContext(browser, { viewport: { width: 390, height: 700 } });
    const page = await narrow.newPage();
    await page.goto(siteUrl('about/'));
    expect(await page.isVisible('#site-search-q')).toBe(false);
    const link = page.locator('.site-search-link');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(new URL(siteUrl('search/')).pathname);
    await Promise.all([page.waitForURL(/\/search\/$/), page.keyboard.press('/')]);

    // Arriving from a result: the unit is marked and below the sticky header, not under it.
    const unit = units.find((u) => containsQuery(u.text, 'journalists'));
    await page.goto(siteUrl(`?highlight=journalists#${unit?.id}`));
    await page.waitForSelector(`#${unit?.id} mark.search-mark`);
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
      const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
      return top >= header - 1 && top < window.innerHeight / 2;
    }, unit?.id ?? '');
    await narrow.close();
  });
});

describe('without JavaScript', () => {
  it('says that search needs JavaScript and links to the contents; no dead field', async () => {
    const noJs = await newContext(browser, { javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(siteUrl('about/'));
    expect(await page.isVisible('#site-search-q')).toBe(false);
    const headerLink = page.locator('.site-search noscript a');
    expect(await headerLink.textContent()).toMatch(/Search needs JavaScript/);
    expect(await headerLink.getAttribute('href')).toBe(new URL(siteUrl()).pathname);

    await page.goto(siteUrl('search/?q=torture'));
    expect(await page.isVisible('#search-page-q')).toBe(false);
    expect(await page.textContent('main')).toMatch(/Search needs JavaScript/);
    const links = await page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(links).toEqual(expect.arrayContaining(['#citations', '#recitals', '#paragraphs']));
    await noJs.close();
  });
});
