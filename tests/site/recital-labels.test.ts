/**
 * Recitals keep their capital letter in the site's own words: the text prints "J.", so the site
 * says "Recital J" in titles and "recital J" inside a sentence; only addresses are lower-case
 * (/recitals/j/, #recital-j). Expected strings are written by hand.
 */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltSite } from '../support/built-site.ts';
import { fetchHtml } from '../support/browser.ts';

const site = readBuiltSite(inject('siteDir'));
const base = () => inject('basePath');

/** This resolution's recitals are A to Q: a lower-case one of these after "recital" is a label lost to lower case. */
const LOWER_CASE_LABEL = /\b[Rr]ecital [a-q](?![\p{L}\p{N}])/gu;

/** The words a reader (or a screen reader, or a search engine) gets from a page: its text, title, description and labels. */
function wordsOf(html: string): string[] {
  const tree = fromHtml(html);
  const body = select('body', tree)!;
  const visible = toString({ ...body, children: body.children.filter((c) => !(c.type === 'element' && ['script', 'style'].includes(c.tagName))) });
  const attributes = selectAll('[aria-label], [title], meta[name="description"], meta[property^="og:"]', tree).map((el: Element) =>
    String(el.properties['ariaLabel'] ?? el.properties['title'] ?? el.properties['content'] ?? ''),
  );
  return [toString(select('title', tree)!), visible, ...attributes];
}

describe('recital labels in the site’s own words', () => {
  it.each(site.pages.map((p) => [p.path, p.file] as const))('%s writes every recital with its capital letter', (_path, file) => {
    const found = wordsOf(readFileSync(file, 'utf8')).flatMap((text) => [...text.matchAll(LOWER_CASE_LABEL)].map((m) => m[0]));
    expect(found).toEqual([]);
  });

  it('entity pages name the unit of each quote with its capital letter', async () => {
    const $ = await fetchHtml('names/maks-bokayev/');
    expect($('#in-recital-j .nm-deep a').text()).toBe('Read in the whole text (recital J)');
    expect($('#in-recital-j .nm-deep a').attr('href')).toBe(`${base()}#recital-j`);
    expect($('#in-paragraph-4 .nm-deep a').text()).toBe('Read in the whole text (paragraph 4)');
    const semenova = await fetchHtml('names/elena-semenova/');
    expect(semenova('#in-recital-l h3 a').text()).toBe('Recital L');
    expect(semenova('#in-recital-l h3 a').attr('href')).toBe(`${base()}recitals/l/`);
  });

  it('topic pages and the map title recitals with their capital letter and link to lower-case addresses', async () => {
    const $ = await fetchHtml('topics/torture/');
    expect($('[data-section="recitals"] .tp-units > li h3 a').map((_, a) => `${$(a).text()} ${$(a).attr('href')}`).get()).toEqual([
      `Recital L ${base()}recitals/l/`,
      `Recital O ${base()}recitals/o/`,
      `Recital P ${base()}recitals/p/`,
    ]);
    const map = await fetchHtml('map/');
    expect(map('section[data-topic="torture"] li[data-unit="recital-p"] > a').first().text()).toBe('Recital P');
  });
});

describe('unit pages', () => {
  it('a recital page says "recital J" in its link to the whole text and in its citation', async () => {
    const $ = await fetchHtml('recitals/j/');
    expect($('title').text()).toBe('Recital J — B8-0205/2019');
    expect($('h1').text()).toBe('Recital J');
    expect($('main').text()).toContain('Read recital J in the whole text');
    expect($('main').text()).toContain('Charles Tannock, Karol Karski, Monica Macovei, Ruža Tomašić, Ryszard Czarnecki and Jana Žitňanská (on behalf of the ECR Group), Motion for a resolution on human rights situation in Kazakhstan, European Parliament, B8-0205/2019 (https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html), 12 March 2019, recital J, ');
    expect($('main').text()).not.toMatch(/recital j\b/);
  });
});
