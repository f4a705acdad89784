/**
 * The search answer's words (status.ts), the URL state (url-state.ts), the Russian inflection
 * rules (inflection.ts) and the topic-word check (topic-words.ts), without a browser. Every
 * expected sentence and value is written here by hand.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWER, type SearchAnswer, type UnitResult } from '../../src/lib/search/answer-types.ts';
import { InflectionIndex, russianStem, toCyrillic } from '../../src/lib/search/inflection.ts';
import { notes, statusLine } from '../../src/lib/search/status.ts';
import { topicWordProblem } from '../../src/lib/search/topic-words.ts';
import { readUrlState, urlFor } from '../../src/lib/search/url-state.ts';

const unit = (id: string, about?: string): UnitResult => ({ id, title: id, excerpt: [], highlight: [], matched: [], filters: {}, ...(about ? { about: { slug: about, title: about } } : {}) });
const answerWith = (fields: Partial<SearchAnswer>): SearchAnswer => ({ ...EMPTY_ANSWER(), words: ['x'], ...fields });

describe('statusLine', () => {
  it.each<[string, Partial<SearchAnswer>, string, string]>([
    ['results', { units: [unit('recital-j'), unit('paragraph-4')] }, 'Bokayev', '2 results for “Bokayev”.'],
    ['one result, one name', { units: [unit('paragraph-4')], names: [{ slug: 'k', title: 'Vladimir Kozlov', kind: 'person', href: '/names/k/' }] }, 'Kozlov', '1 result for “Kozlov”. 1 name.'],
    ['absent', { missing: ['Aktau'] }, 'Aktau', 'The text does not mention “Aktau”.'],
    ['filtered', { units: [unit('paragraph-4')], filteredOut: 1 }, 'Bokayev', '1 result for “Bokayev” (1 more without the filters).'],
    ['all filtered out', { filteredOut: 2 }, 'Bokayev', 'No results for “Bokayev” with these filters; 2 without them. Clear a filter to see them.'],
    ['partial', { partial: true, units: [unit('paragraph-4'), unit('recital-l')] }, 'Kozlov Semenova', 'No unit holds every word of “Kozlov Semenova”; 2 units hold some of them.'],
    ['topic only', { topicOnly: ['jail'], units: [unit('recital-j', 'Political prisoners')] }, 'jail', 'The text does not use the word “jail”. 1 unit about Political prisoners.'],
    [
      'compound as parts',
      { split: [{ typed: 'anti-torture', parts: ['anti', 'torture'] }], missing: ['anti'], partial: true, units: [unit('recital-l')] },
      'anti torture',
      'The text does not hold “anti-torture”: searched as “anti” and “torture”. No unit holds every word of “anti torture”; 1 unit holds some of them.',
    ],
    ['inflection', { units: [unit('recital-j')], corrections: [{ typed: 'Бокаева', to: 'Бокаев', reason: 'inflection' }], missing: [] }, 'Бокаев', '1 result for “Бокаев”.'],
    ['too long', { units: [unit('recital-j')], dropped: 3 }, 'a b', '1 result for “a b”. Only the first words were searched (3 words left out).'],
  ])('%s', (_, fields, query, expected) => {
    expect(statusLine(answerWith(fields), query)).toBe(expected);
  });

  it('says there is nothing to search for when no word is left', () => {
    expect(statusLine({ ...EMPTY_ANSWER() }, '!!!')).toBe('Nothing to search for in “!!!”: type a word, a name or a date.');
  });
});

describe('notes', () => {
  it('an inflected form: the registered spelling shown, the exact form one click away', () => {
    const said = notes(answerWith({ corrections: [{ typed: 'Бокаева', to: 'Бокаев', reason: 'inflection' }] }), 'Бокаева');
    expect(said).toEqual([{ kind: 'correction', pieces: ['The text does not use the form “Бокаева”. Showing results for ', { strong: 'Бокаев' }, ' — ', { query: '"Бокаева"', text: 'search instead for Бокаева' }, '.'] }]);
  });

  it('a miss: similar names and the way to every name', () => {
    const said = notes(answerWith({ missing: ['Bokaiv'], similarNames: [{ slug: 'maks-bokayev', name: 'Maks Bokayev', path: 'names/maks-bokayev/' }], namesPath: 'names/' }), 'Bokaiv');
    expect(said).toEqual([{ kind: 'suggest', pieces: ['Names in the text that look similar: ', { path: 'names/maks-bokayev/', text: 'Maks Bokayev' }, '. ', 'See ', { path: 'names/', text: 'every name the text mentions' }, '.'] }]);
  });

  it('did you mean, with each candidate swapped into the query', () => {
    const said = notes(answerWith({ didYouMean: [{ typed: 'Kenzh', candidates: ['Kenzhebek', 'Kenzhaliev'] }] }), 'Kenzh 2018');
    expect(said).toEqual([{ kind: 'suggest', pieces: ['Did you mean ', { query: 'Kenzhebek 2018', text: 'Kenzhebek' }, ' or ', { query: 'Kenzhaliev 2018', text: 'Kenzhaliev' }, ' instead of “Kenzh”?'] }]);
  });
});

describe('readUrlState', () => {
  const known = { kind: ['recital', 'paragraph'], topic: ['torture'] };
  it('reads the query and the known filters, normalised', () => {
    const state = readUrlState('?q=%EF%BC%AB%EF%BD%8F%EF%BD%9A%EF%BD%8C%EF%BD%8F%EF%BD%96&kind=paragraph&kind=bogus&topic=torture', known);
    expect([state.query, state.unreadable, [...state.selection].map(([k, v]) => [k, [...v]])]).toEqual(['Kozlov', false, [['kind', ['paragraph']], ['topic', ['torture']]]]);
  });
  it('says a malformed percent-encoding is unreadable instead of searching what is left of it', () => {
    expect(readUrlState('?q=%D0%91%D0', known)).toMatchObject({ query: '', unreadable: true });
    expect(readUrlState('?q=100%', known)).toMatchObject({ query: '', unreadable: true });
    expect(readUrlState('?q=Kozlov+Prado', known)).toMatchObject({ query: 'Kozlov Prado', unreadable: false });
  });
  it('writes the query and filters back', () => {
    expect(urlFor('/search/', ' Бокаев ', new Map([['kind', new Set(['recital'])]]))).toBe('/search/?q=%D0%91%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2&kind=recital');
  });
});

describe('Russian inflection (Snowball)', () => {
  it('transliterates Latin to Cyrillic only to stem it', () => {
    expect([toCyrillic('bokayeva'), toCyrillic('kozlovym'), toCyrillic('valeriy'), toCyrillic('zhumaghulov')]).toEqual(['бокаева', 'козловым', 'валерий', 'жумагулов']);
    expect([russianStem('бокаева'), russianStem('семеновой'), russianStem('козловский')]).toEqual(['бокаев', 'семенов', 'козловск']);
  });
  it('finds the registered word of an oblique case, never a related surname or the same word in other letters', () => {
    const index = new InflectionIndex([['Бокаев', 'bokayev'], ['Семенова', 'semenova'], ['Zhumaghulov', 'zhumaghulov'], ['Almat', 'almat']]);
    expect([index.of('Бокаева'), index.of('Бокаевым'), index.of('Семеновой'), index.of('Bokayevu')]).toEqual([['bokayev'], ['bokayev'], ['semenova'], ['bokayev']]);
    expect([index.of('Бокаевич'), index.of('Семенов'), index.of('Zhumaghulow'), index.of('Almaty'), index.of('Бокаев')]).toEqual([[], [], [], [], []]);
  });
});

describe('topic words are checked as search reads them', () => {
  it('accepts words that name the topic, and rejects those that cannot reach it', () => {
    expect(topicWordProblem('torture', 'Torture', ['ill-treatment', 'beatings'], 'ill-treatment')).toBeUndefined();
    expect(topicWordProblem('torture', 'Torture', ['of the'], 'of the')?.message).toBe('"of the" has no word search can look for (only words too common to search by).');
  });
});
