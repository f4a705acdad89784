import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { frontmatterProblems } from '../../src/lib/resolution/frontmatter-problems.ts';
import { resolutionSchema } from '../../src/lib/resolution/schema.ts';
import type { Unit } from '../../src/lib/resolution/units.ts';
import { BAD_FRONTMATTER_CASES, MALFORMED_CASES, lineNumberOf, realContent } from '../fixtures/malformed-cases.ts';
import { renderResolution } from '../support/markdown.ts';

describe('the real resolution', () => {
  it('renders 10 citations, 17 recitals and 12 paragraphs, in order, with stable anchors', async () => {
    const { frontmatter } = await renderResolution(realContent());
    const units = frontmatter['units'] as Unit[];
    const ids = units.map((u) => u.id);
    expect(ids).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `citation-${i + 1}`),
      ...'abcdefghijklmnopq'.split('').map((l) => `recital-${l}`),
      ...Array.from({ length: 12 }, (_, i) => `paragraph-${i + 1}`),
    ]);
    expect(units.find((u) => u.id === 'paragraph-2')?.text).toContain('in a field of human rights');
  });

  it('wraps each unit in an article that is a search sub-result, label kept out of the index', async () => {
    const { html } = await renderResolution(realContent());
    const $ = load(html);
    const article = $('article#recital-j');
    expect(article.attr('data-pagefind-title')).toBe('Recital J');
    expect(article.find('a.unit-label').text()).toBe('J.');
    expect(article.find('a.unit-label').attr('data-pagefind-ignore')).toBeDefined();
    expect(article.find('.unit-tools').attr('data-pagefind-ignore')).toBeDefined();
    expect(article.find('.unit-text').text()).toMatch(/^J\. whereas protests against the land reform in 2016/);
    expect($('section[aria-labelledby="recitals"] > h2#recitals').text()).toBe('Recitals');
  });

  it('links each unit to its own page under the base path', async () => {
    const { html } = await renderResolution(realContent(), '/kazakhstan-2019/');
    const $ = load(html);
    expect($('#paragraph-4 .unit-tools a').attr('href')).toBe('/kazakhstan-2019/paragraphs/4/');
    expect($('#paragraph-4 .unit-tools a').text()).toBe('Page of paragraph 4');
    expect($('#paragraph-4 button.copy-link').text()).toBe('Copy link to paragraph 4');
  });

  it("hands each unit's text HTML, label left out, to the unit pages", async () => {
    const { frontmatter } = await renderResolution(realContent());
    const fragments = frontmatter['unitHtml'] as Record<string, string>;
    expect(Object.keys(fragments)).toHaveLength(39);
    expect(fragments['recital-c']).toMatch(/^whereas the Kazakhstan’s government has been making efforts/);
  });
});

describe('malformed content stops with the file, the line, what was found and the fix', () => {
  it.each(MALFORMED_CASES)('$name', async ({ mutate, message, lineOf }) => {
    const markdown = mutate(realContent());
    const error = await renderResolution(markdown).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error, 'the build must fail').toBeInstanceOf(Error);
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/\n {2}Fix: \S/);
    if (lineOf) expect(error?.message).toMatch(new RegExp(`resolution\\.md:${lineNumberOf(markdown, lineOf)}:1: `));
  });

  it('gives every kind of malformation its own message', () => {
    const messages = new Set([...MALFORMED_CASES, ...BAD_FRONTMATTER_CASES].map((c) => c.message.source));
    expect(messages.size).toBe(MALFORMED_CASES.length + BAD_FRONTMATTER_CASES.length);
    expect(messages.size).toBeGreaterThanOrEqual(8);
  });
});

describe('frontmatter problems name their line', () => {
  it('accepts the real frontmatter', () => {
    expect(frontmatterProblems(realContent(), 'r.md', resolutionSchema)).toEqual([]);
  });

  it.each(BAD_FRONTMATTER_CASES)('$name', ({ mutate, message }) => {
    const problems = frontmatterProblems(mutate(realContent()), 'r.md', resolutionSchema);
    expect(problems.join('\n')).toMatch(message);
    expect(problems.join('\n')).toMatch(/^r\.md:\d+: /);
  });

  it('points a wrong value at its own line', () => {
    const markdown = realContent().replace('term: 8', 'term: eight');
    const [problem] = frontmatterProblems(markdown, 'r.md', resolutionSchema);
    expect(problem).toMatch(new RegExp(`^r\\.md:${lineNumberOf(markdown, 'term: eight')}: term: `));
  });

  it('rejects a file with no frontmatter', () => {
    expect(frontmatterProblems('The European Parliament,\n', 'r.md', resolutionSchema)[0]).toMatch(/no frontmatter/);
  });
});
