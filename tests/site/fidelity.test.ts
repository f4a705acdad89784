/**
 * The text is sacred: the words of the rendered reading view, in order, are the source's,
 * token by token, punctuation and the source's own typos included; every unit page shows
 * exactly its unit's words.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo, launchBrowser, newContext } from '../support/browser.ts';
import { scrollIntoRendering } from '../support/rendered.ts';
import { firstDifference, sourceWords, words } from '../support/source-text.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await goTo(page, './');
});
afterAll(() => browser?.close());

/**
 * The rendered text of every element that carries the source's words, in document order, each
 * read where a reader sees it: the reading view lays out only the units near the screen
 * (content-visibility: auto), and a unit not laid out has no rendered text (tests/support/rendered.ts).
 */
async function renderedSourceText(p: Page, scope: string): Promise<string[]> {
  const texts: string[] = [];
  for (const element of await p.locator(`${scope} [data-source-text]`).all()) {
    await scrollIntoRendering(element);
    texts.push(await element.innerText());
  }
  return texts;
}

describe('fidelity to the source', () => {
  it('reading view: every word of the source, in order, and nothing else', async () => {
    const site = words((await renderedSourceText(page, '.document')).join(' '));
    const source = sourceWords();
    expect(source.length).toBeGreaterThan(1500);
    expect(firstDifference(source, site)).toBeUndefined();
  });

  it("keeps the source's typos and punctuation", async () => {
    const text = (await renderedSourceText(page, '.document')).join(' ');
    expect(text).toContain('in a field of human rights');
    expect(text).toContain('the Kazakhstan’s government');
    expect(text).toContain('journalists’ from independent investigation');
    expect(text).toContain('EU-Kazakhstan Cooperation Committee');
    expect(text).toContain('on 17-18 September 2018');
    expect(text).toContain('“incitement of social, national, ... or religious discord”');
  });

  it('each unit page shows exactly the words of its unit in the reading view', async () => {
    const units = await page.$$eval('.document article.unit', (articles) =>
      articles.map((a) => ({
        id: a.id,
        page: (a.querySelector('.unit-tools a') as HTMLAnchorElement).href,
      })),
    );
    expect(units).toHaveLength(39);
    // Read first, while the reading view is the page on screen (a page behind another is not rendered).
    const reading = new Map<string, string>();
    for (const unit of units) reading.set(unit.id, (await renderedSourceText(page, `#${unit.id}`))[0] ?? '');
    const unitPage = await page.context().newPage();
    for (const unit of units) {
      await goTo(unitPage, unit.page);
      const [text] = await renderedSourceText(unitPage, 'main');
      expect(firstDifference(words(reading.get(unit.id)!), words(text ?? '')), unit.id).toBeUndefined();
    }
  });
});
