/**
 * Reading, linking and citing in a real browser: anchors, highlighting under the fixed
 * header, unit pages and their neighbours, no JavaScript, phone width, copy link, contents,
 * dark mode and print.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goTo, newContext, pageScriptRan, siteUrl, useBrowser } from '../support/browser.ts';
import { scrollIntoRendering } from '../support/rendered.ts';
import { sourceWords, words } from '../support/source-text.ts';

const DESK = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 720 };

const chromium = useBrowser({ viewport: DESK });
const { open } = chromium;

/** Where the unit is on screen, and whether the fixed header covers it. */
const placement = (page: Page, id: string) =>
  page.evaluate((unitId) => {
    const unit = document.getElementById(unitId)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    return { top: unit.top, bottom: unit.bottom, headerBottom: header.bottom, viewport: window.innerHeight };
  }, id);

/** Waits until the unit has stopped moving (the scroll to it may be smooth). */
const settled = (page: Page, id: string) =>
  page.waitForFunction(
    (unitId) =>
      new Promise<boolean>((resolve) => {
        const top = () => document.getElementById(unitId)!.getBoundingClientRect().top;
        const first = top();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(first === top() && first < window.innerHeight)));
      }),
    id,
    { polling: 100 },
  );

const background = (page: Page, selector: string) =>
  page.$eval(selector, (element) => getComputedStyle(element).backgroundColor);

describe('the reading view', () => {
  it('has all 39 units, each with its anchor and its label leading to its own page', async () => {
    const page = await open('./');
    const units = await page.$$eval('article.unit', (articles) =>
      articles.map((a) => ({ id: a.id, page: a.querySelector('a.unit-label')?.getAttribute('href'), label: a.querySelector('a.unit-label')?.textContent })),
    );
    expect(units).toHaveLength(39);
    for (const unit of units) {
      expect(unit.id).toMatch(/^(citation-([1-9]|10)|recital-[a-q]|paragraph-([1-9]|1[0-2]))$/);
      const [kind, label] = unit.id.split('-');
      expect(unit.page).toBe(new URL(`${kind}s/${label}/`, siteUrl()).pathname);
      expect(unit.label).toBe(kind === 'citation' ? '' : `${label.toUpperCase()}.`);
    }
    expect(await page.$$eval('section.part > h2', (hs) => hs.map((h) => h.id))).toEqual(['citations', 'recitals', 'paragraphs']);
    expect(await page.title()).toBe('B8-0205/2019 — Motion for a resolution (not adopted): European Parliament resolution on human rights situation in Kazakhstan');
    await page.context().close();
  });

  for (const [name, viewport] of [
    ['desk', DESK],
    ['phone', PHONE],
  ] as const) {
    it(`opening /#paragraph-4 highlights paragraph 4, in view and clear of the fixed header (${name})`, async () => {
      const page = await open('./#paragraph-4', { viewport });
      await settled(page, 'paragraph-4');
      const where = await placement(page, 'paragraph-4');
      expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
      expect(where.top).toBeLessThan(where.viewport / 2);
      expect(await page.$eval('#paragraph-4', (e) => e.matches(':target'))).toBe(true);
      expect(await background(page, '#paragraph-4')).not.toBe(await background(page, '#paragraph-5'));
      await page.context().close();
    });
  }

  it('reads, navigates and links with JavaScript off', async () => {
    const page = await open('./', { javaScriptEnabled: false });
    // Each passage as a reader who scrolls to it sees it: the reading view lays out only the units
    // near the screen (content-visibility: auto), and a unit not laid out has no rendered text.
    const passages: string[] = [];
    for (const passage of await page.locator('.document [data-source-text]').all()) {
      await scrollIntoRendering(passage);
      passages.push(await passage.innerText());
    }
    const text = passages.join(' ');
    expect(words(text)).toEqual(sourceWords());
    const contents = await page.$$eval('nav.toc a', (as) => as.map((a) => a.getAttribute('href')));
    expect(contents).toContain('#recital-j');
    expect(contents).toHaveLength(42);
    // No dead control: the copy buttons need JavaScript, so they stay hidden without it.
    expect(await page.locator('button.copy-link:visible').count()).toBe(0);
    await page.click('nav.toc a[href="#recital-j"]');
    await page.waitForURL(/#recital-j$/);
    expect(await page.$eval('#recital-j', (e) => e.matches(':target'))).toBe(true);
    await page.click('#recital-j .unit-label');
    await page.waitForURL(/\/recitals\/j\/$/);
    expect(await page.textContent('h1')).toBe('Recital J');
    await page.context().close();
  });

  for (const [name, viewport] of [
    ['desk', DESK],
    ['phone', PHONE],
  ] as const) {
    it(`gives each unit its own tools, under its text, at least 14 px and 24 × 24 px apart (${name})`, async () => {
      const page = await open('./', { viewport });
      // Each unit measured where a reader sees it: the reading view lays out only the units near
      // the screen (content-visibility: auto); one far below keeps a placeholder height until then.
      const tools = [];
      for (const article of await page.locator('article.unit').all()) {
        await scrollIntoRendering(article.locator('.unit-text'));
        tools.push(
          await article.evaluate((unit) => {
            const row = unit.querySelector('.unit-tools');
            const text = unit.querySelector('.unit-text')!.getBoundingClientRect();
            const box = row?.getBoundingClientRect();
            const targets = [...(row?.querySelectorAll('a, button') ?? [])].map((t) => t.getBoundingClientRect());
            return {
              id: unit.id,
              names: [...(row?.querySelectorAll('a, button') ?? [])].map((t) => (t.firstChild?.textContent ?? '').trim()),
              fontSize: row ? parseFloat(getComputedStyle(row).fontSize) : 0,
              insideUnit: !!box && box.top >= text.bottom - 1 && unit.getBoundingClientRect().bottom >= box.bottom,
              smallest: Math.min(...targets.map((t) => Math.min(t.width, t.height))),
              gaps: targets.slice(1).map((t, i) => t.left - targets[i].right),
            };
          }),
        );
      }
      expect(tools).toHaveLength(39);
      for (const unit of tools) {
        expect(unit.names, unit.id).toEqual(['Page', 'Copy link', 'Cite']);
        expect(unit.fontSize, unit.id).toBeGreaterThanOrEqual(14);
        expect(unit.insideUnit, `${unit.id}: the tools sit under its own text, inside the unit`).toBe(true);
        expect(unit.smallest, unit.id).toBeGreaterThanOrEqual(24);
        for (const gap of unit.gaps) expect(gap, unit.id).toBeGreaterThanOrEqual(8);
      }
      await page.context().close();
    });
  }

  it('names are quiet links (dotted underline); "Plain text" turns them off, remembered; a name shows its description on focus', async () => {
    const page = await open('./');
    const name = page.locator('#recital-j .unit-text a[href$="/names/maks-bokayev/"]').first();
    expect(await name.evaluate((a) => getComputedStyle(a).textDecorationStyle)).toBe('dotted');
    // Hover or focus: the one-line description from the registry, tied to the link.
    await name.focus();
    const note = page.locator('[role="tooltip"]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('As of 12 March 2019, the text’s date: activist serving a prison term after the 2016 land-reform protests; the UN Working Group on Arbitrary Detention had recognised his deprivation of liberty as arbitrary.');
    expect(await name.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
    const toggle = page.getByRole('button', { name: /^Plain text/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await name.evaluate((a) => [getComputedStyle(a).textDecorationLine, getComputedStyle(a).pointerEvents, a.tabIndex])).toEqual(['none', 'none', -1]);
    await page.reload();
    // The stored choice holds from the first paint (the inline loader applies it); the page script then sets the switch.
    expect(await name.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    await pageScriptRan(page);
    expect(await page.getByRole('button', { name: /^Plain text/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await name.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
    await page.getByRole('button', { name: /^Plain text/ }).click();
    expect(await name.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
    await page.context().close();
    // Without JavaScript there is no switch, and the links stay.
    const still = await open('./', { javaScriptEnabled: false });
    expect(await still.locator('.plain-switch').isVisible()).toBe(false);
    // Recital J names Maks Bokayev twice; the first mention is linked (one link per name per unit).
    expect(await still.locator('#recital-j .unit-text a[href$="/names/maks-bokayev/"]').count()).toBe(1);
    await still.context().close();
  });

  it('copy link puts the unit’s absolute permalink on the clipboard', async () => {
    const page = await open('./', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator('#paragraph-4 button.copy-link');
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl('paragraphs/4/'));
    expect(await page.textContent('#live-status')).toBe('Link copied');
    await page.context().close();
  });

  it('offers the contents beside the text on a desk and folded on a phone', async () => {
    const desk = await open('./');
    expect(await desk.isVisible('nav.toc a[href="#paragraph-12"]')).toBe(true);
    await desk.click('nav.toc a[href="#paragraph-12"]');
    await desk.waitForURL(/#paragraph-12$/);
    await desk.context().close();

    const phone = await open('./', { viewport: PHONE });
    expect(await phone.isVisible('nav.toc summary')).toBe(true);
    expect(await phone.isVisible('nav.toc a[href="#paragraph-12"]')).toBe(false);
    await phone.click('nav.toc summary');
    await phone.click('nav.toc a[href="#paragraph-12"]');
    await phone.waitForURL(/#paragraph-12$/);
    await phone.context().close();
  });

  it('the skip link is the first stop of the keyboard and leads to the text', async () => {
    const page = await open('./');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.isVisible('.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#text$/);
    await page.context().close();
  });
});

describe('unit pages', () => {
  it('give the unit, its place in the whole and its neighbours, with previews for sharing', async () => {
    const page = await open('paragraphs/4/');
    expect(await page.title()).toBe('Paragraph 4 — B8-0205/2019');
    expect(await page.textContent('h1')).toBe('Paragraph 4');
    expect(await page.textContent('.unit-place')).toContain('Paragraph 4 of 12');
    const meta = (selector: string) => page.getAttribute(selector, 'content');
    expect(await meta('meta[name="description"]')).toMatch(/^Reiterates its call for an independent international investigation/);
    expect(await meta('meta[property="og:title"]')).toBe('Paragraph 4 — B8-0205/2019');
    expect(await meta('meta[property="og:description"]')).toMatch(/^Reiterates its call/);
    expect(await meta('meta[property="og:url"]')).toMatch(/\/paragraphs\/4\/$/);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(/^https?:\/\/[^/]+\/(.+\/)?paragraphs\/4\/$/);
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toMatch(/\/paragraphs\/3\/$/);
    expect(await page.getAttribute('a[rel="next"]', 'href')).toMatch(/\/paragraphs\/5\/$/);

    await page.click('text=Read paragraph 4 in the whole text');
    await page.waitForURL(/#paragraph-4$/);
    await settled(page, 'paragraph-4');
    const where = await placement(page, 'paragraph-4');
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    await page.context().close();
  });

  it('chain across sections, from the first citation to the last paragraph', async () => {
    const page = await (await newContext(chromium.browser)).newPage();
    const visited: string[] = [];
    await goTo(page, 'citations/1/');
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    for (;;) {
      visited.push((await page.textContent('h1')) ?? '');
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForLoadState('domcontentloaded');
    }
    expect(visited).toHaveLength(39);
    expect(visited.slice(9, 11)).toEqual(['Citation 10', 'Recital A']);
    expect(visited.at(-1)).toBe('Paragraph 12');
    await page.context().close();
  });
});

describe('layout', () => {
  for (const path of ['./', 'recitals/j/', 'about/', '404.html']) {
    it(`has no horizontal scroll at 320 px: ${path}`, async () => {
      const page = await open(path, { viewport: { width: 320, height: 640 } });
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.context().close();
    });
  }

  it('follows the system’s dark mode', async () => {
    const light = await open('./', { colorScheme: 'light' });
    const dark = await open('./', { colorScheme: 'dark' });
    const luminance = async (page: Page) => {
      const [r = 0, g = 0, b = 0] = (await background(page, 'body')).match(/\d+/g)!.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(await luminance(light)).toBeGreaterThan(200);
    expect(await luminance(dark)).toBeLessThan(60);
    await light.context().close();
    await dark.context().close();
  });

  it('prints the text with each unit’s label and none of the navigation', async () => {
    const page = await open('./');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('nav.toc')).toBe(false);
    expect(await page.isVisible('#recital-j .unit-tools')).toBe(false);
    expect(await page.isVisible('#recital-j .unit-label')).toBe(true);
    expect(await page.textContent('#recital-j .unit-label')).toBe('J.');
    await page.context().close();
  });

  it('lays out on screen only the units near it, and on paper every unit', async () => {
    const page = await open('./', { viewport: DESK });
    // The last paragraph, far below the first screen, is not laid out (content-visibility: auto):
    // it has no rendered text until the reader comes near it. Its words are in the page all the same.
    const last = '#paragraph-12 .unit-text';
    const lastWords = 'Instructs its President to forward this resolution to the HR/VP, the Council, the Commission, the governments and parliaments of the Member States, the Organisation for Security and Cooperation in Europe and the Government and Parliament of Kazakhstan.';
    expect(await page.innerText(last)).toBe('');
    expect((await page.textContent(last))?.replace(/\s+/g, ' ').trim()).toBe(`12. ${lastWords}`);
    // Paper lays out everything, without scrolling.
    await page.emulateMedia({ media: 'print' });
    expect((await page.innerText(last)).replace(/\s+/g, ' ').trim()).toBe(`12. ${lastWords}`);
    await page.context().close();
  });

  it('the 404 page leads the reader back', async () => {
    const page = await open('404.html');
    expect(await page.textContent('h1')).toBe('Page not found');
    expect(await page.locator('main a', { hasText: 'Read the whole text' }).count()).toBe(1);
    await page.context().close();
  });
});
