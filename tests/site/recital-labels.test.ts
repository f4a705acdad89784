/**
 * Recitals keep their capital letter in the site's own words: the text prints "J.", so the site
 * says "Recital J" in titles and "recital J" inside a sentence; only addresses are lower-case
 * (/recitals/j/, #recital-j). Expected strings are written by hand.
 */
import { describe, expect, inject, it } from 'vitest';
import { readBuiltSite } from '../support/built-site.ts';
import { fetchHtml } from '../support/browser.ts';
import { attr, one, readHtml, select, selectAll, text, type Root } from '../support/html.ts';

const site = readBuiltSite(inject('siteDir'));
const base = () => inject('basePath');

/** This resolution's recitals are A to Q: a lower-case one of these after "recital" is a label lost to lower case. */
const LOWER_CASE_LABEL = /\b[Rr]ecital [a-q](?![\p{L}\p{N}])/gu;

/** The words a reader (or a screen reader, or a search engine) gets from a page: its text, title, description and labels. */
function wordsOf(tree: Root): string[] {
  const body = one('body', tree);
  const visible = text({ ...body, children: body.children.filter((c) => !(c.type === 'element' && ['script', 'style'].includes(c.tagName))) });
  const attributes = selectAll('[aria-label], [title], meta[name="description"], meta[property^="og:"]', tree).map(
    (el) => attr(el, 'aria-label') ?? attr(el, 'title') ?? attr(el, 'content') ?? '',
  );
  return [text(select('title', tree)!), visible, ...attributes];
}

describe('recital labels in the site’s own words', () => {
  it.each(site.pages.map((p) => [p.path, p.file] as const))('%s writes every recital with its capital letter', (_path, file) => {
    const found = wordsOf(readHtml(file)).flatMap((text) => [...text.matchAll(LOWER_CASE_LABEL)].map((m) => m[0]));
    expect(found).toEqual([]);
  });

  it('entity pages name the unit of each quote with its capital letter', async () => {
    const $ = await fetchHtml('names/maks-bokayev/');
    expect(text(one('#in-recital-j .nm-deep a', $))).toBe('Read in the whole text (recital J)');
    expect(attr(one('#in-recital-j .nm-deep a', $), 'href')).toBe(`${base()}#recital-j`);
    expect(text(one('#in-paragraph-4 .nm-deep a', $))).toBe('Read in the whole text (paragraph 4)');
    const semenova = await fetchHtml('names/elena-semenova/');
    expect(text(one('#in-recital-l h3 a', semenova))).toBe('Recital L');
    expect(attr(one('#in-recital-l h3 a', semenova), 'href')).toBe(`${base()}recitals/l/`);
  });

  it('topic pages and the map title recitals with their capital letter and link to lower-case addresses', async () => {
    const $ = await fetchHtml('topics/torture/');
    expect(selectAll('[data-section="recitals"] .tp-units > li h3 a', $).map((a) => `${text(a)} ${attr(a, 'href')}`)).toEqual([
      `Recital L ${base()}recitals/l/`,
      `Recital O ${base()}recitals/o/`,
      `Recital P ${base()}recitals/p/`,
    ]);
    const map = await fetchHtml('map/');
    expect(text(one('section[data-topic="torture"] li[data-unit="recital-p"] > a', map))).toBe('Recital P');
  });
});

describe('unit pages', () => {
  it('a recital page says "recital J" in its link to the whole text and in its citation', async () => {
    const $ = await fetchHtml('recitals/j/');
    expect(text(one('title', $))).toBe('Recital J — B8-0205/2019');
    expect(text(one('h1', $))).toBe('Recital J');
    expect(text(one('main', $))).toContain('Read recital J in the whole text');
    expect(text(one('main', $))).toContain('Charles Tannock, Karol Karski, Monica Macovei, Ruža Tomašić, Ryszard Czarnecki and Jana Žitňanská (on behalf of the ECR Group), Motion for a resolution on human rights situation in Kazakhstan, European Parliament, B8-0205/2019 (https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html), 12 March 2019, recital J, ');
    expect(text(one('main', $))).not.toMatch(/recital j\b/);
  });
});
