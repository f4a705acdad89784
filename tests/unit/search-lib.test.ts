import { describe, expect, it } from 'vitest';
import { allowedUnits, buildSearchFacets, selectionFromParams, type SearchFacet } from '../../src/lib/search/facets.ts';
import { findWordRanges, wordsFromHighlightParam } from '../../src/lib/search/highlight.ts';
import { parseQuery, unitsMatching } from '../../src/lib/search/query.ts';
import { highlightParam, matchedWords } from '../../src/lib/search/text.ts';
import type { Unit } from '../../src/lib/resolution/units.ts';

const unit = (kind: Unit['kind'], label: string): Unit => ({
  kind,
  label,
  id: `${kind}-${label.toLowerCase()}`,
  title: `${kind} ${label}`,
  text: '',
  position: 1,
  html: '',
  mentions: [],
  names: [],
  topics: [],
});
const units = [unit('citation', '1'), unit('recital', 'A'), unit('recital', 'B'), unit('paragraph', '1')];

describe('buildSearchFacets', () => {
  it('has the unit-kind facet first, every unit under its kind', () => {
    const { facets } = buildSearchFacets(units);
    expect(facets.map((f) => f.id)).toEqual(['kind']);
    expect(facets[0]?.values).toEqual([
      { value: 'citation', label: 'Citation', units: ['citation-1'] },
      { value: 'recital', label: 'Recital', units: ['recital-a', 'recital-b'] },
      { value: 'paragraph', label: 'Paragraph', units: ['paragraph-1'] },
    ]);
  });

  it('appends extra facets and refuses bad ones', () => {
    const topic: SearchFacet = { id: 'topic', label: 'Topic', values: [{ value: 'torture', label: 'Torture', units: ['recital-b'] }] };
    expect(buildSearchFacets(units, [topic]).facets.map((f) => f.id)).toEqual(['kind', 'topic']);
    expect(() => buildSearchFacets(units, [{ ...topic, id: 'kind' }])).toThrow(/used twice/);
    expect(() => buildSearchFacets(units, [{ ...topic, id: 'q' }])).toThrow(/URL parameter/);
    expect(() => buildSearchFacets(units, [{ ...topic, values: [{ value: 'x', label: 'X', units: ['recital-z'] }] }])).toThrow(/recital-z/);
  });
});

describe('facet selection', () => {
  const { facets } = buildSearchFacets(units, [
    { id: 'topic', label: 'Topic', values: [{ value: 'torture', label: 'Torture', units: ['recital-b', 'paragraph-1'] }] },
  ]);

  it('reads known values from the URL and drops the rest', () => {
    const selection = selectionFromParams(new URLSearchParams('q=x&kind=recital&kind=nonsense&other=1'), facets);
    expect([...selection]).toEqual([['kind', new Set(['recital'])]]);
  });

  it('adds up values within a facet and narrows across facets', () => {
    expect(allowedUnits(new Map(), facets)).toBeUndefined();
    expect(allowedUnits(new Map([['kind', new Set(['recital', 'citation'])]]), facets)).toEqual(new Set(['citation-1', 'recital-a', 'recital-b']));
    expect(
      allowedUnits(
        new Map([
          ['kind', new Set(['recital'])],
          ['topic', new Set(['torture'])],
        ]),
        facets,
      ),
    ).toEqual(new Set(['recital-b']));
  });
});

describe('parseQuery', () => {
  it('splits words and quoted phrases, straight or typographic', () => {
    expect(parseQuery('torture "27 February 2019" “trade unions”')).toEqual({
      words: ['torture', '27', 'february', '2019', 'trade', 'unions'],
      phrases: [
        ['27', 'february', '2019'],
        ['trade', 'unions'],
      ],
      text: 'torture 27 February 2019 trade unions',
    });
  });

  it('treats a one-word quote as a word and an empty query as nothing', () => {
    expect(parseQuery('"Alga"')).toMatchObject({ words: ['alga'], phrases: [] });
    expect(parseQuery('  ""  ')).toEqual({ words: [], phrases: [], text: '' });
  });
});

describe('unitsMatching', () => {
  const byWord = new Map([
    ['trade', new Map([['recital-q', [10, 40]], ['paragraph-6', [70]]])],
    ['unions', new Map([['recital-q', [11]], ['paragraph-6', [90]], ['paragraph-7', [120]]])],
  ]);

  it('keeps the units that hold every word', () => {
    expect(unitsMatching(parseQuery('trade unions'), byWord)).toEqual(
      new Map([
        ['recital-q', [10, 11, 40]],
        ['paragraph-6', [70, 90]],
      ]),
    );
  });

  it('keeps a phrase only where its words follow each other', () => {
    expect([...unitsMatching(parseQuery('"trade unions"'), byWord).keys()]).toEqual(['recital-q']);
    expect([...unitsMatching(parseQuery('"unions trade"'), byWord).keys()]).toEqual([]);
  });
});

describe('matched words and highlighting', () => {
  const content = 'whereas Mr  Nazarbayev’s party,\u00a0Nur-Otan, held (its) conference';

  it('reads the words at Pagefind locations, as Pagefind splits them', () => {
    expect(matchedWords(content, [2, 4, 4, 99])).toEqual(['nazarbayev’s', 'nur-otan']);
  });

  it('round-trips through the highlight parameter', () => {
    expect(wordsFromHighlightParam(highlightParam(['nazarbayev’s', 'nur-otan']))).toEqual(['nazarbayev’s', 'nur-otan']);
    expect(wordsFromHighlightParam(null)).toEqual([]);
  });

  it('finds whole words only, case-insensitively', () => {
    const text = 'Ban the banned BAN; ban-ish (ban)';
    expect(findWordRanges(text, ['ban']).map(([s, e]) => text.slice(s, e))).toEqual(['Ban', 'BAN', 'ban', 'ban']);
    expect(findWordRanges(text, [])).toEqual([]);
    expect(findWordRanges('a.b a+b', ['a+b']).map(([s]) => s)).toEqual([4]);
  });
});
