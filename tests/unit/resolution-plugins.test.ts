import { describe, expect, it } from 'vitest';
import { BAD_FRONTMATTER_CASES, MALFORMED_CASES, lineNumberOf, realContent } from '../fixtures/malformed-cases.ts';
import { renderError, renderResolution } from '../support/markdown.ts';

describe('the real resolution through the pipeline', () => {
  it('gives 10 citations, 17 recitals and 12 paragraphs, in order, with stable anchors', async () => {
    const { units = [] } = await renderResolution(realContent());
    expect(units.map((u) => u.id)).toEqual([
      'citation-1', 'citation-2', 'citation-3', 'citation-4', 'citation-5', 'citation-6', 'citation-7', 'citation-8', 'citation-9', 'citation-10',
      'recital-a', 'recital-b', 'recital-c', 'recital-d', 'recital-e', 'recital-f', 'recital-g', 'recital-h', 'recital-i',
      'recital-j', 'recital-k', 'recital-l', 'recital-m', 'recital-n', 'recital-o', 'recital-p', 'recital-q',
      'paragraph-1', 'paragraph-2', 'paragraph-3', 'paragraph-4', 'paragraph-5', 'paragraph-6', 'paragraph-7', 'paragraph-8', 'paragraph-9', 'paragraph-10', 'paragraph-11', 'paragraph-12',
    ]);
    expect(units.find((u) => u.id === 'recital-q')).toMatchObject({ kind: 'recital', label: 'Q', position: 17 });
    expect(units.find((u) => u.id === 'paragraph-2')?.text).toContain('in a field of human rights');
  });

  it('reads the frontmatter into the metadata', async () => {
    const { meta } = await renderResolution(realContent());
    expect(meta).toMatchObject({ reference: 'B8-0205/2019', procedure: '2019/2610(RSP)', counts: { citations: 10, recitals: 17, paragraphs: 12 } });
  });

  it("hands on each unit's HTML, label left out, and the formula's", async () => {
    const { fragments = {}, formula } = await renderResolution(realContent());
    expect(Object.keys(fragments)).toHaveLength(40);
    expect(fragments['formula']).toBe('The European Parliament,');
    expect(formula).toBe('The European Parliament,');
    expect(fragments['recital-c']).toMatch(/^whereas the <a href="\/names\/government-of-kazakhstan\/">Kazakhstan’s government<\/a> has been making efforts/);
  });

  it('links names under the base path and records what it linked', async () => {
    const { fragments = {}, mentions = {} } = await renderResolution(realContent(), { base: '/motion/' });
    expect(fragments['citation-2']).toBe(
      // The second mention of the EPCA is plain text (one link per entity per unit), its acronym still expanded.
      'having regard to the <a href="/motion/names/epca/">Enhanced Partnership and Cooperation Agreement</a> ' +
        '(<abbr title="Enhanced Partnership and Cooperation Agreement">EPCA</abbr>) that was signed on 21 December 2015,',
    );
    expect(mentions['citation-2']).toEqual([
      { slug: 'epca', form: 'Enhanced Partnership and Cooperation Agreement', start: 21, end: 67 },
      { slug: 'epca', form: 'EPCA', start: 69, end: 73 },
    ]);
  });
});

describe('a unit wrapped over several lines of Markdown', () => {
  // Recital J as an editor might wrap it: the line breaks fall inside names.
  const wrapped = () =>
    realContent().replace(
      /### Recital J\n\n([^\n]*)\n/,
      (_, text: string) => `### Recital J\n\n${text.replace('Maks Bokayev', 'Maks\nBokayev').replace('Mukhtar Dzhakishev', 'Mukhtar\n   Dzhakishev').replace('Working Group', 'Working\nGroup')}\n`,
    );

  it('is one paragraph whose text has the spaces the line breaks stood for', async () => {
    const markdown = wrapped();
    expect(markdown).toContain('Maks\nBokayev');
    const { units = [] } = await renderResolution(markdown);
    const text = units.find((u) => u.id === 'recital-j')?.text ?? '';
    expect(text).toContain('Maks Bokayev');
    expect(text).toContain('Mukhtar Dzhakishev has been imprisoned');
    expect(text).not.toMatch(/\n/);
  });

  it('still links the names the line breaks fell in', async () => {
    const { fragments = {}, mentions = {} } = await renderResolution(wrapped());
    expect(fragments['recital-j']).toContain('<a href="/names/maks-bokayev/">Maks Bokayev</a>');
    expect(fragments['recital-j']).toContain('<a href="/names/mukhtar-dzhakishev/">Mukhtar Dzhakishev</a>');
    expect((mentions['recital-j'] ?? []).map((m) => m.slug)).toEqual(expect.arrayContaining(['maks-bokayev', 'mukhtar-dzhakishev', 'un-working-group-on-arbitrary-detention']));
  });
});

describe('malformed content stops with the file, the line, what was found and the fix', () => {
  it.each(MALFORMED_CASES)('$name', async ({ mutate, message, lineOf }) => {
    const markdown = mutate(realContent());
    const error = await renderError(markdown);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/\n {2}Fix: \S/);
    if (lineOf) expect(error.message).toMatch(new RegExp(`resolution\\.md:${lineNumberOf(markdown, lineOf)}:1: `));
  });

  it('gives every kind of malformation its own message', () => {
    const messages = new Set([...MALFORMED_CASES, ...BAD_FRONTMATTER_CASES].map((c) => c.message.source));
    expect(messages.size).toBe(MALFORMED_CASES.length + BAD_FRONTMATTER_CASES.length);
  });
});

describe('frontmatter problems name their line', () => {
  it.each(BAD_FRONTMATTER_CASES)('$name', async ({ mutate, message, lineOf }) => {
    const markdown = mutate(realContent());
    const error = await renderError(markdown);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(new RegExp(`resolution\\.md:${lineOf ? lineNumberOf(markdown, lineOf) : '\\d+'}: `));
  });

  it('points a wrong value at its own line', async () => {
    const markdown = realContent().replace('term: 8', 'term: eight');
    const error = await renderError(markdown);
    expect(error.message).toMatch(new RegExp(`resolution\\.md:${lineNumberOf(markdown, 'term: eight')}: term: `));
  });

  it('rejects a file with no frontmatter', async () => {
    const error = await renderError('The European Parliament,\n');
    expect(error.message).toMatch(/resolution\.md:1: The file has no frontmatter/);
  });
});
