/**
 * The record's pieces in Chromium: Cite copies the house-style citation, selecting words offers
 * a link to the passage that Chromium scrolls to and marks, the 404 page leads forgiving
 * addresses to their page, and the status line is on screen at 360 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { selectWords, siteUrl, useBrowser } from '../support/browser.ts';
import { readBuiltSite } from '../support/built-site.ts';

const { open } = useBrowser({ viewport: { width: 1280, height: 800 } });

/** The origin the build publishes (its canonical links): citations and passage links carry it. */
const root = readBuiltSite(inject('siteDir')).root.href;
const published = (path: string) => new URL(path, root).href;
const PREFIX = 'Charles Tannock, Karol Karski, Monica Macovei, Ruža Tomašić, Ryszard Czarnecki and Jana Žitňanská (on behalf of the ECR Group), Motion for a resolution on human rights situation in Kazakhstan, European Parliament, B8-0205/2019 (https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html), 12 March 2019';

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('Cite', () => {
  it('in the reading view copies the unit’s citation in the house style', async () => {
    const page = await open('./', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator('#recital-j button.cite-copy');
    expect(await button.getAttribute('aria-label')).toBe('Cite recital J');
    await button.click();
    await expect.poll(() => clipboard(page)).toBe(`${PREFIX}, recital J, ${published('recitals/j/')}`);
    expect(await page.textContent('#live-status')).toBe('Citation copied');
    await page.context().close();
  });

  it('on a unit page copies the citation it shows', async () => {
    const page = await open('paragraphs/4/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('.cite button.cite-copy').click();
    await expect.poll(() => clipboard(page)).toBe(`${PREFIX}, paragraph 4, ${published('paragraphs/4/')}`);
    await page.context().close();
  });
});


describe('Copy link to this passage', () => {
  it('is offered when words of a unit are selected, and copies the unit’s page with a text fragment', async () => {
    const page = await open('./', { permissions: ['clipboard-read', 'clipboard-write'] });
    const offer = page.getByRole('button', { name: 'Copy link to this passage' });
    expect(await offer.count()).toBe(0); // nothing of it loads before a selection
    await selectWords(page, '#recital-j .unit-text', 'is serving prison term');
    await offer.click();
    await expect.poll(() => clipboard(page)).toBe(`${published('recitals/j/')}#:~:text=is%20serving%20prison%20term`);
    expect(await page.textContent('#live-status')).toBe('Link to the passage copied');
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    await expect.poll(() => offer.isVisible()).toBe(false);
    await page.context().close();
  });

  it('is not offered for words outside the units', async () => {
    const page = await open('about/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    // The page's own selectionchange listener runs before this one (it was added first): once
    // this one has run, the page has seen the selection and decided.
    const seen = page.evaluate(() => new Promise<void>((done) => document.addEventListener('selectionchange', () => setTimeout(done), { once: true })));
    await selectWords(page, 'main', 'Where the text comes from');
    await seen;
    expect(requested.filter((url) => /passage-link-offer/.test(url)), 'the offer is not even loaded').toEqual([]);
    expect(await page.getByRole('button', { name: 'Copy link to this passage' }).count()).toBe(0);
    await page.context().close();
  });

  it('a link with #:~:text= opens scrolled to the words (where Chromium marks them); unknown words change nothing', async () => {
    const open_ = async (fragment: string) => {
      const page = await open(`./#:~:text=${fragment}`);
      await page.waitForLoadState('load');
      return page;
    };
    const state = (page: Page) =>
      page.evaluate(() => {
        const unit = document.getElementById('paragraph-11')!.getBoundingClientRect();
        return { scrolled: window.scrollY, inView: unit.top >= 0 && unit.top < window.innerHeight };
      });
    const found = await open_('efforts%20to%20diversify%20and%20modernize%20the%20economy');
    await expect.poll(async () => (await state(found)).inView).toBe(true);
    expect((await state(found)).scrolled).toBeGreaterThan(1000);
    await found.context().close();
    // Unknown words: Chromium looks for them after load, as it did for the words above; two
    // frames after the load event it has, and the page has not moved.
    const unknown = await open_('words%20the%20text%20never%20says');
    await unknown.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect((await state(unknown)).scrolled).toBe(0);
    await unknown.context().close();
  });
});

describe('forgiving addresses, through the 404 page', () => {
  it.each([
    ['recitals/J/', 'recitals/j/', 'Recital J'],
    ['paragraph/7/', 'paragraphs/7/', 'Paragraph 7'],
    ['paragraphs/07/', 'paragraphs/7/', 'Paragraph 7'],
    ['Recital/J', 'recitals/j/', 'Recital J'],
    ['citations/01', 'citations/1/', 'Citation 1'],
  ])('/%s leads to /%s', async (typed, expected, heading) => {
    const page = await open(typed);
    await page.waitForURL(siteUrl(expected));
    expect(await page.textContent('h1')).toBe(heading);
    await page.context().close();
  });

  it('an address without its trailing slash reaches its page', async () => {
    const page = await open('recitals/j');
    expect(await page.textContent('h1')).toBe('Recital J');
    await page.context().close();
  });

  it('an address that means no page stays on the 404 page, which offers the lists of units', async () => {
    const page = await open('recitals/z/');
    // The 404 page's script decides on load whether the address means a page: wait for the
    // network to be idle (its script loaded and run), then for the address to stay.
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl('recitals/z/')).pathname);
    expect(await page.textContent('h1')).toBe('Page not found');
    expect(await page.locator('#units-of-section a', { hasText: /^17 recitals$/ }).getAttribute('href')).toBe(new URL(siteUrl('recitals/')).pathname);
    await page.context().close();
  });
});

describe('the status line', () => {
  it('is on screen under the heading on / at 360 px, before any scrolling', async () => {
    const page = await open('./', { viewport: { width: 360, height: 640 } });
    const status = page.locator('.doc-status');
    expect(await status.isVisible()).toBe(true);
    const [title, box] = await Promise.all([page.locator('h1.doc-title').boundingBox(), status.boundingBox()]);
    expect(box!.y).toBeGreaterThan(title!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(await status.textContent()).toContain('Not adopted as such:');
    await page.context().close();
  });
});
