import { describe, expect, it } from 'vitest';
import { parseNameRegistry } from '../../src/lib/editorial/names.ts';
import { aliasRecords } from '../../src/lib/search/aliases.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { ALIAS_LOCATION_OFFSET, classifyPage, mergeResults, type PagefindPageData, type ResultPage } from '../../src/lib/search/results.ts';

const registry = parseNameRegistry(`
maks-bokayev:
  kind: person
  name: Maks Bokayev
  text: [Maks Bokayev]
  spellings: [Bokaev, Maks Bokaev, Бокаев]
kazakhstan:
  kind: place
  name: Kazakhstan
  text: [Kazakhstan]
  spellings: [Qazaqstan]
`);

// Two units of the unit model, as the content loader gives them (mentions found when linked).
const units = [
  {
    id: 'recital-j',
    title: 'Recital J',
    text: 'whereas activist Maks Bokayev is serving a prison term;',
    mentions: [{ slug: 'maks-bokayev', form: 'Maks Bokayev', start: 17, end: 29 }],
  },
  { id: 'recital-k', title: 'Recital K', text: 'whereas Bokaev and Qazaqstan are not names the text mentions;', mentions: [] },
];

describe('alias records', () => {
  it('gives one record per unit that mentions a name, at its reading-view URL, with the spellings its text lacks', () => {
    const records = aliasRecords(registry, units);
    // Recital K mentions no registered form ("Bokaev" is a spelling, not a text form): no record.
    expect(records.map((r) => r.url)).toEqual(['/#recital-j']);
    const [record] = records;
    expect(record?.content.split(' | ')).toEqual(['Bokaev', 'Maks Bokaev', 'Бокаев']);
    expect(record?.language).toBe('en');
    expect(record?.meta.title).toBe('Recital J');
    expect(record?.meta.unit).toBe('recital-j');
    expect(record?.meta.opening).toBe('whereas activist Maks Bokayev is serving a prison term;');
    expect(JSON.parse(record?.meta.forms ?? '{}')).toEqual({ bokaev: ['Maks Bokayev'], maks: ['Maks Bokayev'], бокаев: ['Maks Bokayev'] });
  });
});

const page = (data: Partial<PagefindPageData>): PagefindPageData => ({ url: '/', content: '', locations: [], meta: {}, sub_results: [], ...data });
// The reading view: "whereas activist Maks Bokayev is serving parole" (recital J) and "torture parole" (recital K).
const text = 'whereas activist Maks Bokayev is serving parole torture parole';
const textPage = (subs: { id: string; locations: number[] }[]): ResultPage =>
  classifyPage(
    page({
      content: text,
      locations: subs.flatMap((s) => s.locations),
      sub_results: subs.map(({ id, locations }) => ({ title: id === 'recital-j' ? 'Recital J' : 'Recital K', url: `/#${id}`, excerpt: `<mark>${id}</mark>`, locations, anchor: { id } })),
    }),
  )!;
const aliasPage = (locations: number[]): ResultPage | undefined =>
  classifyPage(
    page({
      url: '/#recital-j',
      content: 'Bokaev | Maks Bokaev | Бокаев',
      locations,
      meta: { title: 'Recital J', unit: 'recital-j', opening: 'whereas <activist> …', forms: JSON.stringify({ bokaev: ['Maks Bokayev'], maks: ['Maks Bokayev'] }) },
    }),
  );
const namePage = classifyPage(page({ url: '/names/maks-bokayev/', content: 'Maks Bokayev. Bokaev.', locations: [3], meta: { title: 'Maks Bokayev', kind: 'person', entity: 'maks-bokayev' } }))!;

describe('classifyPage', () => {
  it('tells the reading view, alias records and entity pages apart', () => {
    expect(textPage([{ id: 'recital-j', locations: [3] }]).type).toBe('text');
    expect(aliasPage([0])?.type).toBe('alias');
    expect(namePage).toEqual({ type: 'name', url: '/names/maks-bokayev/', title: 'Maks Bokayev', kind: 'person', slug: 'maks-bokayev' });
  });

  it('drops records that matched only in their meta (a label or an id), not in their content', () => {
    expect(aliasPage([])).toBeUndefined();
    expect(classifyPage(page({ meta: { entity: 'x', title: 'X' } }))).toBeUndefined();
  });
});

describe('mergeResults', () => {
  it('shows a unit found in its text and by its aliases once, with the text’s excerpt', () => {
    const query = parseQuery('Bokayev');
    const hits = mergeResults(query, [aliasPage([0])!, textPage([{ id: 'recital-j', locations: [3] }])], new Map([['bokayev', [textPage([{ id: 'recital-j', locations: [3] }]), aliasPage([0])!]]]));
    expect(hits.units.map((u) => u.id)).toEqual(['recital-j']);
    expect(hits.units[0]?.excerpt).toBe('<mark>recital-j</mark>');
  });

  it('counts a word found through the aliases for its unit (per-word intersection)', () => {
    const query = parseQuery('Bokaev parole');
    const perWord = new Map<string, ResultPage[]>([
      ['bokaev', [aliasPage([0])!]],
      ['parole', [textPage([{ id: 'recital-j', locations: [6] }, { id: 'recital-k', locations: [8] }])]],
    ]);
    const { units } = mergeResults(query, [], perWord);
    expect(units.map((u) => u.id)).toEqual(['recital-j']);
    // The alias stands for the mention as the text writes it: that is what arrival marks.
    expect(units[0]?.highlight.sort()).toEqual(['bokayev', 'maks', 'parole']);
  });

  it('gives an alias-only hit the unit’s opening words as its excerpt, escaped', () => {
    const { units } = mergeResults(parseQuery('Bokaev'), [aliasPage([0])!], new Map([['bokaev', [aliasPage([0])!]]]));
    expect(units).toEqual([{ id: 'recital-j', title: 'Recital J', excerpt: 'whereas &lt;activist&gt; …', highlight: ['maks', 'bokayev'] }]);
  });

  it('never joins a word of the text and a word of the aliases into a phrase', () => {
    // "serving" is text location 5; "Bokaev" alias location 0: not a phrase, whatever the numbers.
    const perWord = new Map<string, ResultPage[]>([
      ['serving', [textPage([{ id: 'recital-j', locations: [5] }])]],
      ['bokaev', [aliasPage([0])!]],
    ]);
    expect(mergeResults(parseQuery('"serving Bokaev"'), [], perWord).units).toEqual([]);
    expect(ALIAS_LOCATION_OFFSET).toBeGreaterThan(text.split(' ').length);
    // Within the aliases, a spelling's words follow each other.
    const maksBokaev = new Map<string, ResultPage[]>([
      ['maks', [aliasPage([2])!]],
      ['bokaev', [aliasPage([3])!]],
    ]);
    expect(mergeResults(parseQuery('"Maks Bokaev"'), [], maksBokaev).units.map((u) => u.id)).toEqual(['recital-j']);
  });

  it('lists the entity pages that match the whole query, once each', () => {
    const { names } = mergeResults(parseQuery('Bokaev'), [namePage, aliasPage([0])!, namePage], new Map([['bokaev', [aliasPage([0])!]]]));
    expect(names).toEqual([{ slug: 'maks-bokayev', title: 'Maks Bokayev', kind: 'person', url: '/names/maks-bokayev/' }]);
  });
});
