/**
 * The search library without a browser: normalisation, query reading, excerpts, records and
 * the vocabulary's misspelling rules. Every expected value is written here by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/lib/editorial/names.ts';
import type { Topic } from '../../src/lib/editorial/topics.ts';
import { excerpt } from '../../src/lib/search/excerpt.ts';
import { findWordRanges, wordsFromHighlightParam } from '../../src/lib/search/highlight.ts';
import { answers, normaliseWord, tokenise } from '../../src/lib/search/normalise.ts';
import { MAX_WORDS, parseQuery, shownQuery } from '../../src/lib/search/query.ts';
import { readUnitContent, recordKind } from '../../src/lib/search/record-format.ts';
import { searchRecords, unitRecord } from '../../src/lib/search/records.ts';
import { buildVocabulary } from '../../src/lib/search/vocabulary-build.ts';
import { VocabularyIndex } from '../../src/lib/search/vocabulary.ts';

const bokayev: Entity = { slug: 'maks-bokayev', kind: 'person', name: 'Maks Bokayev', text: ['Maks Bokayev'], spellings: ['Bokaev', 'Maks Bokaev', 'Бокаев'] };
const kozlov: Entity = { slug: 'vladimir-kozlov', kind: 'person', name: 'Vladimir Kozlov', text: ['Vladimir Kozlov'], spellings: ['Козлов'] };
const nazarbayev: Entity = { slug: 'nursultan-nazarbayev', kind: 'person', name: 'Nursultan Nazarbayev', text: ['Nursultan Nazarbayev'], spellings: ['Nazarbaev', 'Назарбаев'] };
const almat: Entity = { slug: 'almat-zhumaghulov', kind: 'person', name: 'Almat Zhumaghulov', text: ['Almat Zhumaghulov'], spellings: [] };
const unions: Topic = { slug: 'trade-unions', title: 'Trade unions', units: ['paragraph-6'], words: ['workers', 'strikes'] };

describe('normaliseWord', () => {
  it.each([
    ['Kazakhstan’s', 'kazakhstans'],
    ["Kazakhstan's", 'kazakhstans'],
    ['Nur-Otan', 'nurotan'],
    ['Семёнова', 'семенова'],
    ['Ерімбетов', 'ерімбетов'],
    ['Pérez', 'perez'],
    ['BOKAYEV', 'bokayev'],
  ])('%s → %s', (word, key) => {
    expect(normaliseWord(word)).toBe(key);
  });
});

describe('tokenise', () => {
  it('keeps punctuation out of words and gives the parts of joined words', () => {
    expect(tokenise('Nursultan Nazarbayev’s “preventive” Nur-Otan,').map((t) => [t.word, t.key, t.parts])).toEqual([
      ['Nursultan', 'nursultan', []],
      ['Nazarbayev’s', 'nazarbayevs', ['nazarbayev', 's']],
      ['preventive', 'preventive', []],
      ['Nur-Otan', 'nurotan', ['nur', 'otan']],
    ]);
  });
});

describe('answers: a word of the text answers a typed word', () => {
  const token = (word: string) => tokenise(word)[0];
  it.each([
    ['kazakh', 'Kazakhstan', true],
    ['torture', 'torture', true],
    ['tortured', 'torture', true],
    ['nazarbayev', 'Nazarbayev’s', true],
    ['otan', 'Nur-Otan', true],
    ['washington', 'was', false],
    ['beijing', 'being', false],
    ['aktau', 'a', false],
  ])('%s by %s: %s', (typed, word, expected) => {
    expect(answers(typed, token(word))).toBe(expected);
  });
});

describe('parseQuery', () => {
  it('reads words, quoted phrases and exact words; markup is not words', () => {
    expect(parseQuery('<b>Kozlov</b> "Maks Bokaev" parole')).toEqual({
      words: [
        { typed: 'Kozlov', key: 'kozlov' },
        { typed: 'Maks', key: 'maks' },
        { typed: 'Bokaev', key: 'bokaev' },
        { typed: 'parole', key: 'parole' },
      ],
      phrases: [['maks', 'bokaev']],
      exact: ['maks', 'bokaev'],
      dropped: 0,
    });
  });

  it('finds no word in punctuation or emoji, and cuts long queries', () => {
    expect(parseQuery('!!! … 🙂').words).toEqual([]);
    const long = parseQuery(Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(' '));
    expect(long.words).toHaveLength(MAX_WORDS);
    expect(long.dropped).toBe(20);
  });

  it('shows the query back without control characters, cut at 80 characters', () => {
    expect(shownQuery('  Koz\u0000lov\n ')).toBe('Kozlov');
    expect(shownQuery('x'.repeat(5000))).toHaveLength(80);
  });
});

describe('excerpt', () => {
  const text = 'whereas protests against the land reform in 2016 were followed by mass detentions; whereas activist Maks Bokayev is serving prison term in this regard; whereas the UN';
  it('shows the clause of the first mark, with "…" where it starts and ends inside the unit, marks without punctuation', () => {
    const tokens = tokenise(text);
    const at = tokens.findIndex((t) => t.word === 'Bokayev');
    expect(excerpt(text, tokens, new Set([at]))).toEqual([
      { text: '… ' },
      { text: 'whereas activist Maks ' },
      { text: 'Bokayev', mark: true },
      { text: ' is serving prison term in this regard' },
      { text: ' …' },
    ]);
  });

  it('starts without "…" at the beginning of the unit', () => {
    const short = 'having regard to the 1948 Universal Declaration of Human Rights,';
    const tokens = tokenise(short);
    expect(excerpt(short, tokens, new Set([5]))).toEqual([{ text: 'having regard to the 1948 ' }, { text: 'Universal', mark: true }, { text: ' Declaration of Human Rights,' }]);
  });
});

describe('records', () => {
  const unit = { id: 'recital-j', kind: 'recital' as const, label: 'J', title: 'Recital J', text: 'whereas activist Maks Bokayev is serving prison term', names: ['maks-bokayev'], topics: ['political-prisoners'] };

  it('holds the text, then the spellings the text lacks, with filters', () => {
    const record = unitRecord(unit, new Map([[bokayev.slug, bokayev]]));
    expect(record).toEqual({
      url: '/#recital-j',
      content: 'whereas activist Maks Bokayev is serving prison term ¶ Maks Bokayev = Bokaev | Maks Bokaev | Бокаев',
      language: 'en',
      meta: { title: 'Recital J' },
      filters: { kind: ['recital'], topic: ['political-prisoners'], 'name-kind': ['person'] },
    });
    expect(readUnitContent(record.content)).toEqual({
      text: 'whereas activist Maks Bokayev is serving prison term',
      groups: [{ forms: ['Maks Bokayev'], spellings: ['Bokaev', 'Maks Bokaev', 'Бокаев'] }],
    });
  });

  it('finds the text form inside a possessive ("Nazarbayev’s")', () => {
    const record = unitRecord({ ...unit, id: 'paragraph-10', kind: 'paragraph', label: '10', title: 'Paragraph 10', text: 'such as Nursultan Nazarbayev’s lifelong chairmanship', names: ['nursultan-nazarbayev'], topics: [] }, new Map([[nazarbayev.slug, nazarbayev]]));
    expect(record.content).toBe('such as Nursultan Nazarbayev’s lifelong chairmanship ¶ Nursultan Nazarbayev = Nazarbaev | Назарбаев');
  });

  it('fails on a name the registry does not have, and on a separator in the text', () => {
    expect(() => unitRecord(unit, new Map())).toThrow(/mentions "maks-bokayev", which content\/names.yaml does not have/);
    expect(() => unitRecord({ ...unit, text: 'a ¶ b' }, new Map([[bokayev.slug, bokayev]]))).toThrow(/contains "¶"/);
  });

  it('adds one record per entity and per topic, told apart by their URL', () => {
    const records = searchRecords([unit], [bokayev], [unions]);
    expect(records.map((r) => r.url)).toEqual(['/#recital-j', '/names/maks-bokayev/', '/topics/trade-unions/']);
    expect(records[2]?.content).toBe('Trade unions | workers | strikes');
    expect(records.map((r) => recordKind(r.url))).toEqual([
      { type: 'unit', id: 'recital-j' },
      { type: 'name', slug: 'maks-bokayev' },
      { type: 'topic', slug: 'trade-unions' },
    ]);
  });
});

describe('the vocabulary: misspellings', () => {
  const vocabulary = new VocabularyIndex(
    buildVocabulary(
      ['activist Maks Bokayev is serving prison term; the Alga! leader Vladimir Kozlov; Nursultan Nazarbayev’s chairmanship; the EU being the primary partner; Almat Zhumaghulov; the market'],
      [bokayev, kozlov, nazarbayev, almat],
      [unions],
    ),
  );
  const correction = (typed: string) => vocabulary.correct(typed).correction?.word;

  it.each([
    ['Kozolv', 'Kozlov'],
    ['Bokaiev', 'Bokayev'],
    ['Nazarbyev', 'Nazarbayev'],
    ['Kozlow', 'Kozlov'],
    ['wrokers', 'workers'],
  ])('%s is taken for %s', (typed, expected) => {
    expect(correction(typed)).toBe(expected);
  });

  it.each([
    ['Tokayev', 'a changed first letter'],
    ['Beijing', 'two edits from the five letters of "being"'],
    ['Merkel', 'a second edit changing the last letter ("market")'],
    ['Almaty', 'a known word typed past ("Almat")'],
    ['Nazarbayeva', 'a known word and an ending'],
    ['Kzl', 'three letters'],
  ])('%s is not corrected: %s', (typed) => {
    expect(correction(typed)).toBeUndefined();
  });

  it('offers names that look like a missed name, never by a changed first letter', () => {
    expect(vocabulary.similarNames('Nazarbayeva').map((n) => n.slug)).toEqual(['nursultan-nazarbayev']);
    expect(vocabulary.similarNames('Tokayev')).toEqual([]);
  });
});

describe('the arrival highlighter', () => {
  it('reads the words and finds them whole, case-insensitively', () => {
    expect(wordsFromHighlightParam('Bokayev, maks bokayev')).toEqual(['bokayev', 'maks']);
    expect(findWordRanges('Maks Bokayev’s case; banned', ['bokayev', 'ban'])).toEqual([[5, 12]]);
  });
});
