/**
 * Search on the built site, in Chromium, against the real Pagefind index. Every expected
 * answer is computed from the units' own text in the built reading view, never written down.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexMentions, spellingsOf } from '../../src/lib/editorial/names.ts';
import { siteContent, units as modelUnits } from '../support/content.ts';
import { unitAliases } from '../../src/lib/editorial/names-links.ts';
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
/** unit id -> the spellings of the names it mentions that its text lacks (its alias record). */
let aliases: Map<string, string>;
/** What search may find a unit by: its text, and the spellings its text lacks. */
const findable = (id: string) => `${units.find((u) => u.id === id)?.text ?? ''} ${aliases.get(id) ?? ''}`;

beforeAll(async () => {
  units = builtUnits();
  aliases = new Map(unitAliases(siteContent.registry, modelUnits).map((a) => [a.unitId, a.spellings.join(' ')]));
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
      // Found by its words, or by a spelling of a name it mentions (alias record).
      expect(resemblesQuery(findable(id), query), `${query} matched ${id} without its words`).toBe(true);
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
    // A single letter or a label-like prefix: every unit it finds has a word beginning so in
    // its text or in the spellings of the names it mentions — never just its label ("J.").
    for (const query of ['J', 'M.', 'N', 'Q.']) {
      const letter = query.slice(0, 1);
      const found = (await resultsFor(page, query)).filter((id) => id !== ''); // "": the text before the units, no label
      for (const id of found) {
        expect(new RegExp(`(?<![\\p{L}\\p{N}])${letter}`, 'iu').test(findable(id)), `"${query}" found ${id} by its label`).toBe(true);
      }
    }
    // Recitals none of whose words begins with their own letter: their label alone never finds them.
    const labelOnly = units.filter((u) => u.id.startsWith('recital-') && !new RegExp(`(?<![\\p{L}\\p{N}])${u.id.slice(-1)}`, 'iu').test(findable(u.id)));
    expect(labelOnly.length).toBeGreaterThan(0);
    for (const unit of labelOnly) {
      const letter = unit.id.slice(-1).toUpperCase();
      expect(await resultsFor(page, letter), letter).not.toContain(unit.id);
      expect(await resultsFor(page, `${letter}.`), `${letter}.`).not.toContain(unit.id);
    }
  });

  it('says what to try when nothing matches', async () => {
    expect(await resultsFor(page, 'Qwxyzzy')).toEqual([]);
    const status = await page.textContent('.search-status');
    expect(status).toMatch(/No results for “Qwxyzzy”\. Try/);
    expect(await page.locator('.search-status a').getAttribute('href')).toBe(new URL(siteUrl()).pathname);
  });
});

describe('names: every spelling finds the units that mention the entity', () => {
  let page: Page;
  const registry = siteContent.registry;
  const entityOf = (spelling: string) => registry.find((e) => spellingsOf(e).includes(spelling))!;
  /** The units that mention the entity a spelling belongs to, from the registry and the built text. */
  const mentioning = (spelling: string) => (indexMentions(registry, modelUnits).get(entityOf(spelling).slug) ?? []).map((m) => m.unitId);

  beforeAll(async () => {
    page = await searchPage();
  });

  // Spellings the text lacks (the text writes Dzhakishev, Nazarbayev, the Covenant in full).
  it.each(['Jakishev', 'Nazarbaev', 'Назарбаев', 'ICCPR', 'Бокаев'])('%s', async (spelling) => {
    const expected = mentioning(spelling);
    expect(expected.length, `${spelling} names an entity the text mentions`).toBeGreaterThan(0);
    expect(units.filter((u) => containsQuery(u.text, spelling)), `the text lacks ${spelling}`).toEqual([]);
    const found = await resultsFor(page, spelling);
    expect([...found].sort()).toEqual([...expected].sort());
    // A name result for the entity's page.
    const names = await page.$$eval('.search-name', (links) => links.map((a) => ({ href: (a as HTMLAnchorElement).pathname, text: a.textContent })));
    const entity = entityOf(spelling);
    expect(names).toContainEqual({ href: new URL(siteUrl(`names/${entity.slug}/`)).pathname, text: `${entity.name} · ${entity.kind}` });
  });

  it('finds what the brief names: Jakishev in recital J and paragraph 4, Nazarbaev in paragraph 10', async () => {
    expect(mentioning('Jakishev')).toEqual(expect.arrayContaining(['recital-j', 'paragraph-4']));
    expect(await resultsFor(page, 'Jakishev')).toEqual(expect.arrayContaining(['recital-j', 'paragraph-4']));
    expect(await resultsFor(page, 'Nazarbaev')).toContain('paragraph-10');
    expect(await resultsFor(page, 'Назарбаев')).toContain('paragraph-10');
  });

  it('intersects alias words with words of the text, and keeps quoted spellings', async () => {
    // "Jakishev" only through the aliases, "parole" only in the text.
    const withParole = mentioning('Jakishev').filter((id) => containsQuery(units.find((u) => u.id === id)?.text ?? '', 'parole'));
    expect(withParole.length).toBeGreaterThan(0);
    expect((await resultsFor(page, 'Jakishev parole')).sort()).toEqual(withParole.sort());
    expect((await resultsFor(page, '"Maks Bokaev"')).sort()).toEqual(mentioning('Maks Bokaev').sort());
    expect(await resultsFor(page, '"Bokaev Maks"')).toEqual([]);
  });

  it('links to units in the reading view only, each unit once, whatever the query', async () => {
    for (const query of ['Jakishev', 'Bokayev', 'Kazakhstan', 'Казахстан', 'torture', 'EU']) {
      await resultsFor(page, query);
      const hrefs = await page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLAnchorElement).href));
      const ids = hrefs.map((href) => new URL(href).hash);
      expect(new Set(ids).size, `${query}: a unit twice`).toBe(ids.length);
      for (const href of hrefs) {
        const url = new URL(href);
        expect(url.pathname, `${query} -> ${href}`).toBe(new URL(siteUrl()).pathname);
        expect(url.pathname).not.toMatch(/\/(citations|recitals|paragraphs)\//);
      }
    }
  });

  it('shows the opening words for a unit found by an alias only, and marks the mention on arrival', async () => {
    await resultsFor(page, 'Boqaev');
    const first = page.locator('.search-hit').first();
    const id = (await first.getAttribute('data-unit')) ?? '';
    const text = units.find((u) => u.id === id)?.text ?? '';
    const excerpt = ((await first.locator('.search-hit-excerpt').textContent()) ?? '').replace(/ …$/, '');
    expect(excerpt.length).toBeGreaterThan(20);
    expect(text.startsWith(excerpt), `${id}: "${excerpt}" is not its opening`).toBe(true);
    await Promise.all([page.waitForURL(/#/), first.click()]);
    await page.waitForSelector(`#${id} mark.search-mark`);
    const marks = await page.$$eval(`#${id} mark.search-mark`, (els) => els.map((el) => el.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => ['maks', 'bokayev'].includes(m?.toLowerCase() ?? ''))).toBe(true);
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

describe('filters by topic and name kind', () => {
  interface Facets {
    facets: { id: string; values: { value: string; units: string[] }[] }[];
  }
  let facets: Facets['facets'];
  beforeAll(async () => {
    facets = ((await (await fetch(siteUrl('search/facets.json'))).json()) as Facets).facets;
  });
  const valuesOf = (id: string) => facets.find((f) => f.id === id)?.values ?? [];

  it('round-trips ?q=…&topic=… and shows only the topic’s units', async () => {
    const matching = units.filter((u) => containsQuery(u.text, 'torture')).map((u) => u.id);
    // A topic that keeps some of the matches and drops others: the filter is visible.
    const topic = valuesOf('topic').find((v) => matching.some((id) => v.units.includes(id)) && matching.some((id) => !v.units.includes(id)));
    expect(topic, 'a topic that splits the results for "torture"').toBeDefined();
    const page = await searchPage(`search/?q=torture&topic=${topic!.value}`);
    await page.waitForSelector('.search-hit');
    expect(await page.inputValue('#search-page-q')).toBe('torture');
    expect(await page.isChecked(`input[name="topic"][value="${topic!.value}"]`)).toBe(true);
    const found = await page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLElement).dataset['unit'] ?? ''));
    expect(found).toEqual(expect.arrayContaining(matching.filter((id) => topic!.units.includes(id))));
    expect(found.every((id) => topic!.units.includes(id))).toBe(true);
    expect(await page.textContent('.search-status')).toMatch(/more without the filters/);

    // Unchecking the topic takes it out of the URL and brings the other units back.
    await page.uncheck(`input[name="topic"][value="${topic!.value}"]`);
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('topic'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('torture');
    await page.waitForFunction((n) => document.querySelectorAll('.search-hit').length >= n, matching.length);
  });

  it('filters units and names by name kind', async () => {
    const places = valuesOf('name-kind').find((v) => v.value === 'place')!;
    const page = await searchPage('search/?q=Bokayev&name-kind=place');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('“Bokayev”'));
    expect(await page.isChecked('input[name="name-kind"][value="place"]')).toBe(true);
    const found = await page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLElement).dataset['unit'] ?? ''));
    expect(found.every((id) => places.units.includes(id))).toBe(true);
    // Maks Bokayev is a person: with only places selected, his page is not offered.
    expect(await page.locator('.search-name').count()).toBe(0);
    await page.check('input[name="name-kind"][value="person"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('name-kind').join() === 'place,person');
    await page.waitForSelector('.search-name');
    expect(await page.textContent('.search-name')).toBe('Maks Bokayev · person');
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
    expect(body.facets.map((f) => f.id)).toEqual(['kind', 'topic', 'name-kind']);
    const names = body.facets.find((f) => f.id === 'name-kind');
    expect(names?.values.map((v) => v.value)).toEqual(['person', 'organisation', 'place', 'instrument', 'event']);
    // Every person mentioned is counted under "person".
    const registry = siteContent.registry;
    const mentions = indexMentions(registry, modelUnits);
    const people = new Set(registry.filter((e) => e.kind === 'person').flatMap((e) => (mentions.get(e.slug) ?? []).map((m) => m.unitId)));
    expect(names?.values.find((v) => v.value === 'person')?.units.sort()).toEqual([...people].sort());
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
    expect(await headerLink.getAttribute('href')).toBe(`${new URL(siteUrl()).pathname}#contents`);
    await headerLink.click();
    await page.waitForURL(/#contents$/);
    expect(await page.locator('nav#contents a[href="#recital-j"]').count()).toBe(1);

    await page.goto(siteUrl('search/?q=torture'));
    expect(await page.isVisible('#search-page-q')).toBe(false);
    expect(await page.textContent('main')).toMatch(/Search needs JavaScript/);
    const links = await page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(links).toEqual(expect.arrayContaining(['#citations', '#recitals', '#paragraphs']));
    await noJs.close();
  });
});
