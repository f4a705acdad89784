/**
 * Whose words these are, on every page of the built site: where the site speaks for itself
 * (prose, interface, titles, meta and Open Graph descriptions, share-card texts), it never says
 * or implies that Parliament wrote, found or asked what the motion says; and the title and
 * descriptions of / say that the motion was not adopted. The motion's own words are left out of
 * the check: they are its authors', drafted as the resolution they propose ("The European
 * Parliament, … Calls on …"), and stay exactly as printed.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltSite } from '../support/built-site.ts';

const site = readBuiltSite(inject('siteDir'));

/** The page with the motion's own words removed: its heading, formula and units (marked `data-source-text` or `.unit-text`). */
function siteWords(file: string): { tree: Root; text: string; metadata: string[] } {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  for (const own of selectAll('[data-source-text], .unit-text, .formula, blockquote, mark, .map-quote, .tp-passage, .nm-passage', tree)) {
    own.children = [];
  }
  const body = select('body', tree);
  const metadata = [
    ...selectAll('title', tree).map((title) => toString(title)),
    ...selectAll('meta[name="description"], meta[property="og:description"], meta[property="og:title"], meta[property="og:image:alt"], meta[property="og:site_name"]', tree).map(
      (meta) => String((meta).properties['content'] ?? ''),
    ),
  ];
  return { tree, text: body ? toString(body).replace(/\s+/g, ' ') : '', metadata };
}

/** Ways of crediting the motion's words to Parliament (hand-written: each one the site has said before). */
const CREDITS_PARLIAMENT = [
  /\bParliament(?:’s)? (?:finds|found|asks|asked|says|said|calls|called|urges|states|raises|welcomes|condemns|decides|sets out)\b/i,
  /\bwhat Parliament\b/i,
  /\b(?:welcomed|asked|urged|condemned|found) by (?:the )?(?:European )?Parliament\b/i,
  /\bwords of the resolution\b/i,
  /\btext is the (?:European )?Parliament’s\b/i,
  /\bParliament has regard\b/i,
  /\bin the (?:whole )?resolution\b/i,
  /^Text: European Parliament\b/,
];

describe('whose words: the motion’s, never Parliament’s', () => {
  it('the build has its pages (the check below runs on each)', () => {
    expect(site.pages.length).toBeGreaterThan(100);
  });

  it.each(site.pages.map((page) => [page.path, page.file] as const))('%s credits nothing the motion says to Parliament', (_path, file) => {
    const { text, metadata } = siteWords(file);
    const said = [text, ...metadata];
    const credits = CREDITS_PARLIAMENT.flatMap((pattern) => said.filter((words) => pattern.test(words)).map((words) => `${pattern}: …${words.match(pattern)![0]}…`));
    expect(credits).toEqual([]);
  });

  it('the check can fail: it finds the old wording of /map/ and /about/', () => {
    const old = ['Theme by theme, what Parliament finds — its citations and recitals', 'The words of the resolution are the Parliament’s.', 'Read in the whole resolution'];
    expect(old.filter((words) => CREDITS_PARLIAMENT.some((pattern) => pattern.test(words)))).toEqual(old);
  });
});

describe('what / says the document is, quoted alone', () => {
  const home = site.pages.find((page) => page.path === site.basePath)!;
  const { tree } = siteWords(home.file);
  const content = (selector: string) => String((select(selector, tree))?.properties['content'] ?? '');

  it('the title says it is a motion, not adopted', () => {
    expect(toString(select('title', tree)!)).toBe('B8-0205/2019 — Motion for a resolution (not adopted): European Parliament resolution on human rights situation in Kazakhstan');
  });

  it('the meta and Open Graph descriptions say who tabled it and that it was not adopted as such', () => {
    const expected =
      'B8-0205/2019, a motion for a resolution tabled on 12 March 2019 by six members on behalf of the ECR Group; not adopted as such: Parliament adopted the joint motion for a resolution RC-B8-0204/2019 on 14 March 2019 (P8_TA(2019)0203). Its text as tabled, 39 citations, recitals and paragraphs, each with its own permalink.';
    expect(content('meta[name="description"]')).toBe(expected);
    expect(content('meta[property="og:description"]')).toBe(expected);
    expect(content('meta[property="og:title"]')).toContain('(not adopted)');
  });

  it('/map/ describes the motion’s findings and demands, not Parliament’s', () => {
    const map = site.pages.find((page) => page.path === `${site.basePath}map/`)!;
    expect(String((select('meta[name="description"]', siteWords(map.file).tree) as Element).properties['content'])).toBe(
      'What the motion B8-0205/2019 (motion for a resolution, not adopted) finds and what it asks, theme by theme.',
    );
  });
});
