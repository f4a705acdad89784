/**
 * answer() without a browser: a fake Pagefind (tests/support/fake-pagefind.ts) over records
 * written here by hand in the format records.ts writes, and a vocabulary written by hand.
 * Every expected answer is written by hand from reading these records.
 */
import { describe, expect, it } from 'vitest';
import { answer, type SearchAnswer, type Selection } from '../../src/lib/search/answer.ts';
import type { PagefindRecord } from '../../src/lib/search/pagefind-api.ts';
import type { FilterKey } from '../../src/lib/search/record-format.ts';
import { VocabularyIndex, type Vocabulary } from '../../src/lib/search/vocabulary.ts';
import { FakePagefind } from '../support/fake-pagefind.ts';

const unit = (id: string, title: string, content: string, filters: Record<string, string[]>): PagefindRecord => ({ url: `/#${id}`, content, meta: { title }, filters });

const RECORDS: PagefindRecord[] = [
  unit('recital-i', 'Recital I', 'whereas Kazakhstan, in disregard of UN, OSCE and EU recommendations, adopted a new Criminal Code ¶ OSCE = Organisation for Security and Cooperation in Europe | ОБСЕ', { kind: ['recital'], topic: ['judiciary'], 'name-kind': ['organisation', 'place'] }),
  unit('recital-j', 'Recital J', 'whereas activist Maks Bokayev is serving prison term; whereas the severely ill Mukhtar Dzhakishev was denied release on parole ¶ Maks Bokayev = Bokaev | Maks Bokaev | Бокаев ¶ Mukhtar Dzhakishev = Jakishev | Джакишев', { kind: ['recital'], topic: ['political-prisoners'], 'name-kind': ['person'] }),
  unit('recital-l', 'Recital L', 'whereas human rights defender Elena Semenova was charged after discussing torture in Kazakhstan ¶ Elena Semenova = Семенова | Семёнова', { kind: ['recital'], topic: ['torture'], 'name-kind': ['person', 'place'] }),
  unit('recital-o', 'Recital O', 'whereas police detained protesters who tried to draw attention to the problem of tortures in the country', { kind: ['recital'], topic: ['torture', 'political-prisoners'], 'name-kind': [] }),
  unit('paragraph-4', 'Paragraph 4', 'welcomes the release on parole of the Alga! opposition party leader Vladimir Kozlov; calls for release of Maks Bokayev ¶ Vladimir Kozlov = Козлов ¶ Maks Bokayev = Bokaev | Maks Bokaev | Бокаев', { kind: ['paragraph'], topic: ['political-prisoners'], 'name-kind': ['person', 'organisation'] }),
  unit('paragraph-11', 'Paragraph 11', 'calls for greater efforts in fighting corruption', { kind: ['paragraph'], topic: ['judiciary'], 'name-kind': [] }),
  unit('paragraph-12', 'Paragraph 12', 'Instructs its President to forward this resolution to the Organisation for Security and Cooperation in Europe ¶ Organisation for Security and Cooperation in Europe = OSCE | ОБСЕ', { kind: ['paragraph'], topic: ['judiciary'], 'name-kind': ['organisation'] }),
  { url: '/names/maks-bokayev/', content: 'Maks Bokayev | Bokaev | Maks Bokaev | Бокаев', meta: { title: 'Maks Bokayev' }, filters: { 'name-kind': ['person'] } },
  { url: '/topics/political-prisoners/', content: 'Political prisoners | jail | jailed', meta: { title: 'Political prisoners' }, filters: {} },
  { url: '/topics/torture/', content: 'Torture | ill-treatment', meta: { title: 'Torture' }, filters: {} },
];

const VOCABULARY: Vocabulary = {
  words: ['whereas', 'Kazakhstan', 'OSCE', 'Maks', 'Bokayev', 'Mukhtar', 'Dzhakishev', 'Elena', 'Semenova', 'torture', 'tortures', 'Vladimir', 'Kozlov', 'parole', 'corruption', 'Organisation', 'Security', 'Cooperation', 'Europe'],
  names: [
    ['maks-bokayev', 'Maks Bokayev', 'person', 'names/maks-bokayev/', 'Maks Bokayev', 'Bokaev', 'Maks Bokaev', 'Бокаев'],
    ['vladimir-kozlov', 'Vladimir Kozlov', 'person', 'names/vladimir-kozlov/', 'Vladimir Kozlov', 'Козлов'],
    ['elena-semenova', 'Elena Semenova', 'person', 'names/elena-semenova/', 'Elena Semenova', 'Семенова', 'Семёнова'],
    ['osce', 'OSCE', 'organisation', 'names/osce/', 'OSCE', 'Organisation for Security and Cooperation in Europe', 'ОБСЕ'],
  ],
  topics: [['political-prisoners', 'Political prisoners', 'jail', 'jailed'], ['torture', 'Torture', 'ill-treatment']],
  filters: { kind: [['recital', 'Recitals'], ['paragraph', 'Paragraphs']], topic: [], 'name-kind': [] },
  pages: { names: 'names/' },
};

const NONE: Selection = new Map();

async function ask(query: string, selection: Selection = NONE): Promise<{ answer: SearchAnswer; pagefind: FakePagefind }> {
  const pagefind = new FakePagefind(RECORDS);
  const result = await answer(query, selection, { pagefind: () => Promise.resolve(pagefind), vocabulary: () => Promise.resolve(new VocabularyIndex(VOCABULARY)) });
  return { answer: result, pagefind };
}
const ids = (a: SearchAnswer) => a.units.map((u) => u.id).sort();

describe('answer() with a fake Pagefind', () => {
  it('exact: a word the text holds lists the units holding it, and nothing is missing', async () => {
    const { answer: a } = await ask('Kozlov');
    expect(ids(a)).toEqual(['paragraph-4']);
    expect(a.missing).toEqual([]);
    expect(a.corrections).toEqual([]);
    expect(a.units[0]?.highlight).toEqual(['kozlov']);
  });

  it('stem: "tortured" finds "torture" and "tortures"', async () => {
    const { answer: a } = await ask('tortured');
    expect(ids(a)).toEqual(['recital-l', 'recital-o']);
    expect(a.missing).toEqual([]);
  });

  it('prefix: the start of a word finds the words it begins', async () => {
    const { answer: a } = await ask('corrupt');
    expect(ids(a)).toEqual(['paragraph-11']);
  });

  it('registered spelling: Cyrillic finds the units writing the Latin form, and marks the text’s form', async () => {
    const { answer: a } = await ask('Бокаев');
    expect(ids(a)).toEqual(['paragraph-4', 'recital-j']);
    // A one-word spelling in another script resembles no word of the form: the whole form is marked.
    expect(a.units.map((u) => u.highlight)).toEqual([['maks', 'bokayev'], ['maks', 'bokayev']]);
    expect(a.names.map((n) => n.slug)).toEqual(['maks-bokayev']);
  });

  it('registered spelling: an acronym finds the unit that spells the name out, and the other way round', async () => {
    expect(ids((await ask('OSCE')).answer)).toEqual(['paragraph-12', 'recital-i']);
    expect(ids((await ask('"Organisation for Security and Cooperation in Europe"')).answer)).toEqual(['paragraph-12', 'recital-i']);
  });

  it('inflection: the genitive in Cyrillic shows the registered spelling’s units, saying the form typed does not occur', async () => {
    const { answer: a } = await ask('Бокаева');
    expect(a.corrections).toEqual([{ typed: 'Бокаева', to: 'Бокаев', reason: 'inflection' }]);
    expect(ids(a)).toEqual(['paragraph-4', 'recital-j']);
  });

  it('inflection: a Latin transliteration with a case ending, and a feminine surname’s oblique case', async () => {
    const latin = (await ask('Kozlova')).answer;
    expect(latin.corrections).toEqual([{ typed: 'Kozlova', to: 'Kozlov', reason: 'inflection' }]);
    expect(ids(latin)).toEqual(['paragraph-4']);
    const feminine = (await ask('Семеновой')).answer;
    expect(feminine.corrections).toEqual([{ typed: 'Семеновой', to: 'Семенова', reason: 'inflection' }]);
    expect(ids(feminine)).toEqual(['recital-l']);
  });

  it('inflection never finds another person with a related surname', async () => {
    for (const other of ['Козловский', 'Kozlovsky', 'Бокаевич']) {
      const { answer: a } = await ask(other);
      expect({ other, units: ids(a), missing: a.missing, corrections: a.corrections }).toEqual({ other, units: [], missing: [other], corrections: [] });
    }
  });

  it('typo: a misspelling is searched as the known word, saying so', async () => {
    const { answer: a } = await ask('Kozolv');
    expect(a.corrections).toEqual([{ typed: 'Kozolv', to: 'Kozlov', reason: 'spelling' }]);
    expect(ids(a)).toEqual(['paragraph-4']);
  });

  it('partial: no unit holds every word, so the units holding some are ranked, saying which', async () => {
    const { answer: a } = await ask('Kozlov corruption');
    expect(a.partial).toBe(true);
    expect(ids(a)).toEqual(['paragraph-11', 'paragraph-4']);
    expect(a.units.map((u) => [u.id, u.matched])).toEqual([['paragraph-4', ['Kozlov']], ['paragraph-11', ['corruption']]]);
  });

  it('absent: a name nothing holds lists no unit, though Pagefind fell back to a shorter word', async () => {
    const { answer: a, pagefind } = await ask('Washington');
    expect(a.units).toEqual([]);
    expect(a.missing).toEqual(['Washington']);
    expect(pagefind.calls).toBe(1);
  });

  it('topic words: a reader’s word for a topic lists its units, about the topic', async () => {
    const { answer: a } = await ask('jail');
    expect(a.topicOnly).toEqual(['jail']);
    expect(a.units.map((u) => [u.id, u.about?.slug])).toEqual([['recital-j', 'political-prisoners'], ['recital-o', 'political-prisoners'], ['paragraph-4', 'political-prisoners']]);
  });

  it('a hyphenated compound the text lacks is searched as its parts, and says so', async () => {
    const { answer: a } = await ask('anti-torture');
    expect(a.split).toEqual([{ typed: 'anti-torture', parts: ['anti', 'torture'] }]);
    expect(ids(a)).toEqual(['recital-l', 'recital-o']);
  });

  it('hostile and odd input: markup, invisible and full-width characters, decomposed letters', async () => {
    expect(ids((await ask('<script>Kozlov</script>')).answer)).toEqual(['paragraph-4']);
    expect(ids((await ask('Koz\u200Blov')).answer)).toEqual(['paragraph-4']);
    expect(ids((await ask('Ｋｏｚｌｏｖ')).answer)).toEqual(['paragraph-4']);
    expect(ids((await ask('Семе\u0308нова')).answer)).toEqual(['recital-l']);
    const empty = (await ask('!!! <> ;;')).answer;
    expect([empty.words, empty.units]).toEqual([[], []]);
  });

  it('filters keep the units they hold and count what each value holds', async () => {
    const selection: Selection = new Map<FilterKey, Set<string>>([['kind', new Set(['paragraph'])]]);
    const { answer: a } = await ask('Bokayev', selection);
    expect(ids(a)).toEqual(['paragraph-4']);
    expect(a.filteredOut).toBe(1);
    expect(a.facets.kind).toEqual({ recital: 1, paragraph: 1 });
    expect(a.facets.topic).toEqual({ 'political-prisoners': 1 });
  });
});

describe('topics are named by whole words', () => {
  it('one part of a hyphenated topic word names no topic', async () => {
    // "ill" is a word of recital J ("the severely ill"), not a name of Torture ("ill-treatment").
    const { answer: a } = await ask('ill');
    expect([a.topics, ids(a)]).toEqual([[], ['recital-j']]);
    const { answer: whole } = await ask('ill-treatment');
    expect(whole.topics.map((t) => t.slug)).toEqual(['torture']);
  });
});
