/**
 * The document model, on hand-written input: references of any term, languages, ordinals, the
 * downloads' names, whole words, and the heading ids rehype-slug gives (prose and sections).
 */
import { describe, expect, it } from 'vitest';
import { withHeadingIds } from '../../src/lib/heading-ids.ts';
import { letteredPoints } from '../../src/lib/resolution/points.ts';
import { resolutionSchema } from '../../src/lib/resolution/schema.ts';
import { writtenStart } from '../../src/lib/record/timeline.ts';
import { unitSchema } from '../../src/lib/resolution/units.ts';
import { containsWholeWords, ordinal, wholeWordIndices, wholeWords } from '../../src/lib/words.ts';
import { processResolution } from '../../src/plugins/resolution-pipeline.ts';

const META = {
  reference: 'B10-0123/2025',
  procedure: '2025/2567(RSP)',
  title: 'European Parliament resolution on a test',
  shortTitle: 'A test',
  term: 10,
  year: 2025,
  language: 'fr',
  sourceFile: 'content/source/B10-0123-2025.txt',
  counts: { citations: 1, recitals: 1, paragraphs: 1 },
};

describe('the document schema', () => {
  it('accepts a reference of any term, and rejects what is not one', () => {
    expect(resolutionSchema.safeParse(META).success).toBe(true);
    expect(resolutionSchema.safeParse({ ...META, reference: 'B8-0205/2019' }).success).toBe(true);
    expect(resolutionSchema.safeParse({ ...META, reference: 'B100-0123/2025' }).success).toBe(false);
    expect(resolutionSchema.safeParse({ ...META, reference: 'B10-123/2025' }).success).toBe(false);
  });

  it('takes an official EU language only', () => {
    expect(resolutionSchema.safeParse({ ...META, language: 'ga' }).success).toBe(true);
    expect(resolutionSchema.safeParse({ ...META, language: 'ru' }).success).toBe(false);
    expect(resolutionSchema.safeParse({ ...META, language: 'eng' }).success).toBe(false);
  });
});

describe('the unit schema', () => {
  const unit = { kind: 'recital', label: 'AB', id: 'recital-ab', title: 'Recital AB', text: 'whereas …;', position: 28, html: 'whereas …;', mentions: [], names: [], topics: [], points: [] };
  it('accepts a unit and rejects an unknown kind or key', () => {
    expect(unitSchema.safeParse(unit).success).toBe(true);
    expect(unitSchema.safeParse({ ...unit, kind: 'article' }).success).toBe(false);
    expect(unitSchema.safeParse({ ...unit, extra: 1 }).success).toBe(false);
    expect(unitSchema.safeParse({ ...unit, id: 'Recital AB' }).success).toBe(false);
  });
});

describe('lettered points', () => {
  it('are found in sequence from (a), two at least, each a word of its own', () => {
    const text = 'Calls on the authorities: (a) to release them; (b) to reopen the papers; (c) to allow visits;';
    expect(letteredPoints(text)).toEqual([
      { label: 'a', start: 26, end: 47 },
      { label: 'b', start: 47, end: 73 },
      { label: 'c', start: 73, end: 93 },
    ]);
    expect(text.slice(26, 47)).toBe('(a) to release them; ');
    expect(letteredPoints('Recalls Article 2(a) and (b) of the Treaty;')).toEqual([]);
    expect(letteredPoints('Calls for (a) one thing only;')).toEqual([]);
    expect(letteredPoints('Asks: (b) first; (a) then;')).toEqual([]);
  });
});

describe('ordinals', () => {
  it('are right for 1st, 2nd, 3rd, the teens and 21st', () => {
    expect([1, 2, 3, 4, 8, 10, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '8th', '10th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th',
    ]);
  });
});

describe('whole words', () => {
  it('match only where no letter or digit touches them', () => {
    expect('the EU-Kazakhstan EUR 2011 20110'.match(wholeWords(['EU', '2011']))).toEqual(['EU', '2011']);
    expect('a.b a+b'.match(wholeWords(['a.b', 'a+b']))).toEqual(['a.b', 'a+b']);
  });

  it('are found at the same places without a pattern of their own', () => {
    expect(wholeWordIndices('the EU-Kazakhstan EUR 2011 20110 EU', 'EU')).toEqual([4, 33]);
    expect(wholeWordIndices('20110 2011, of 2011', '2011')).toEqual([6, 15]);
    // Cyrillic and accented letters are letters; a letter outside the first plane too (𝐀, two UTF-16 units).
    expect(wholeWordIndices('ЕС ЕСЛИ éEU EU𝐀 𝐀EU (EU)', 'EU')).toEqual([23]);
    expect(wholeWordIndices('𝐀 UN UN', 'UN')).toEqual([3, 6]);
    // Not overlapping: "aa aa" once in "aa aa aa", the second would share the middle "aa".
    expect(wholeWordIndices('aa aa aa', 'aa aa')).toEqual([0]);
    // A candidate that fails lets a later one start inside it.
    expect(wholeWordIndices('xab ab', 'ab')).toEqual([4]);
    expect(wholeWordIndices('anything', '')).toEqual([]);
    expect(containsWholeWords('Almaty, 17 September 2009', '17 September 2009')).toBe(true);
    expect(containsWholeWords('on 117 September 2009', '17 September 2009')).toBe(false);
  });
});

describe('heading ids (GitHub slugs, as rehype-slug gives them)', () => {
  it('give every heading without one an id, and keep the ids already published', () => {
    expect(withHeadingIds('<h1>About this site</h1><h2 id="linking">How to link and cite</h2><h3>CSL-JSON</h3><p>Text</p>')).toBe(
      '<h1 id="about-this-site">About this site</h1><h2 id="linking">How to link and cite</h2><h3 id="csl-json">CSL-JSON</h3><p>Text</p>',
    );
  });

  it('read the whole text of a heading, entities decoded, and number a repeated one; change nothing else', () => {
    expect(withHeadingIds('<section class="x"><H3 class="a" data-x="1">\n<a href="/recitals/p/">Recital <abbr title="P">P</abbr></a>\n</H3><h3>Recital P</h3><h4>Trade &amp; investment</h4><p id="p">x</p></section>')).toBe(
      '<section class="x"><H3 id="recital-p" class="a" data-x="1">\n<a href="/recitals/p/">Recital <abbr title="P">P</abbr></a>\n</H3><h3 id="recital-p-1">Recital P</h3><h4 id="trade--investment">Trade &amp; investment</h4><p id="p">x</p></section>',
    );
  });

  it('give the resolution its section anchors, and lettered points theirs', async () => {
    const markdown = [
      '---',
      'reference: B10-0123/2025',
      'procedure: 2025/2567(RSP)',
      'title: European Parliament resolution on a test',
      'shortTitle: A test',
      'term: 10',
      'year: 2025',
      'language: en',
      'sourceFile: content/source/B10-0123-2025.txt',
      'counts: { citations: 1, recitals: 1, paragraphs: 1 }',
      '---',
      '',
      'The European Parliament,',
      '',
      '## Citations',
      '',
      '### Citation 1',
      '',
      'having regard to Rule 1,',
      '',
      '## Recitals',
      '',
      '### Recital A',
      '',
      'whereas it is so;',
      '',
      '## Paragraphs',
      '',
      '### Paragraph 1',
      '',
      'Asks the [EU](https://example.org): (a) to act; (b) to report;',
      '',
    ].join('\n');
    const file = await processResolution(markdown, 'test.md', { registry: [], base: '/' });
    expect(file.data.sections).toEqual([
      { title: 'Citations', id: 'citations' },
      { title: 'Recitals', id: 'recitals' },
      { title: 'Paragraphs', id: 'paragraphs' },
    ]);
    expect(file.data.fragments?.['paragraph-1']).toBe(
      'Asks the <a href="https://example.org">EU</a>: <span id="paragraph-1-a" class="point-anchor"></span>(a) to act; <span id="paragraph-1-b" class="point-anchor"></span>(b) to report;',
    );
  });
});

describe('dates written in the text’s own language', () => {
  it('reads the months of the document’s language', () => {
    expect(writtenStart('3 février 2025', 'fr')).toBe('2025-02-03');
    expect(writtenStart('mars 2025', 'fr')).toBe('2025-03');
    expect(writtenStart('17-19 September 2018', 'en')).toBe('2018-09-17');
    expect(writtenStart('3 février 2025', 'en')).toBeUndefined();
  });
});
