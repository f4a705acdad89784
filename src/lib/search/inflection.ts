/**
 * Inflected forms of the registry's names. In Russian a surname changes with its case
 * ("Бокаев", genitive "Бокаева", instrumental "Бокаевым"), and readers who write Russian type
 * it so, in Cyrillic or in a Latin transliteration with the same ending ("Bokayeva"). Those
 * forms are matched with Snowball's Russian stemmer (@orama/stemmers ships the Snowball
 * project's generated JavaScript), never with a list of endings written here.
 *
 * A typed word is a form of a registered word when its stem is that word ("бокаева" → "бокаев")
 * or that word's own stem ("семеновой" and "семенова" → "семенов"). Never the other way round:
 * "Семенов" (stem "семен") is another person than "Семенова", and "Козловский" (stem
 * "козловск") is not "Козлов". Latin words are stemmed through a transliteration into Cyrillic;
 * the same function reads both sides, so only its consistency matters, not its fidelity.
 * Pure, no DOM.
 */
import { stemmer } from '@orama/stemmers/russian';
import { normaliseInput, normaliseWord } from './normalise.ts';

/**
 * Fewest letters a stem or registered word needs to stand for a name: shorter ones are shared
 * by unrelated words ("Almaty", the city, stems to "алмат", the given name Almat).
 */
const MIN_STEM = 6;

/** Latin letters and digraphs to Cyrillic, longest first (BGN/PCGN-like: Bokayev, Dzhakishev, Zhumaghulov). */
const LATIN: [string, string][] = [
  ['shch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['gh', 'г'],
  ['ya', 'я'], ['yu', 'ю'], ['ye', 'е'], ['yo', 'ё'],
  ['a', 'а'], ['b', 'б'], ['c', 'к'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'],
  ['i', 'и'], ['j', 'ж'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['q', 'к'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['w', 'в'], ['x', 'кс'], ['z', 'з'],
];
const VOWELS = new Set('aeiouy');

/** "bokayeva" → "бокаева", "kozlovym" → "козловым"; a word with other than a–z comes back as it is. */
export function toCyrillic(key: string): string {
  if (!/^[a-z]+$/.test(key)) return key;
  let out = '';
  for (let i = 0; i < key.length; ) {
    const pair = LATIN.find(([latin]) => key.startsWith(latin, i));
    if (key[i] === 'y' && !pair?.[0].startsWith('y', 0)) {
      // A lone "y": "ы" after a consonant ("Kozlovym"), "й" after a vowel ("Valeriy", "Semenovoy").
      out += i > 0 && !VOWELS.has(key[i - 1] ?? '') ? 'ы' : 'й';
      i += 1;
      continue;
    }
    if (!pair) return key;
    out += pair[1];
    i += pair[0].length;
  }
  return out;
}

/**
 * A word as the stemmer reads it: Latin as search compares it (normaliseWord: "Bokayeva" →
 * "bokayeva"); Cyrillic lower-cased with "ё" as "е" but "й" kept (normaliseWord makes it "и",
 * which the stemmer would read as an ending: "Семеновой" must stay "семеновой").
 */
export function stemKey(word: string): string {
  const plain = normaliseWord(word);
  if (/^[a-z]+$/.test(plain)) return plain;
  return normaliseInput(word).toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/['’ʼ\u2010\u2011-]/g, '');
}

/** The Russian Snowball stem of a stemKey (Latin through toCyrillic). */
export function russianStem(key: string): string {
  return stemmer(toCyrillic(key));
}

/** The forms a registered word is known by: itself (in Cyrillic) and its stem, when long enough. */
function formsOf(key: string): string[] {
  const word = toCyrillic(key);
  return [word, stemmer(word)].filter((form) => [...form].length >= MIN_STEM);
}

/**
 * An index of registered words by their forms; `of(typed)` is the registered word the typed
 * one inflects, or undefined. Words the reader typed exactly are not inflections.
 */
export class InflectionIndex<T> {
  /** Form → the registered words known by it (each in Cyrillic) and what they stand for. */
  private readonly byForm = new Map<string, { word: string; value: T }[]>();

  /** `words`: each registered word as written, and what it stands for. */
  constructor(words: Iterable<[word: string, value: T]>) {
    for (const [written, value] of words) {
      const word = toCyrillic(stemKey(written));
      for (const form of formsOf(stemKey(written))) {
        const list = this.byForm.get(form) ?? [];
        if (!list.some((entry) => entry.value === value)) list.push({ word, value });
        this.byForm.set(form, list);
      }
    }
  }

  /**
   * Every registered word `typed` (as typed) is an inflected form of. Not the typed word
   * itself, nor the same word in other letters ("Zhumaghulow" is "Жумагулов" as "Zhumaghulov"
   * is: a spelling, not a case of it).
   */
  of(typed: string): T[] {
    const key = stemKey(typed);
    const word = toCyrillic(key);
    const stem = stemmer(word);
    if ([...stem].length < MIN_STEM || stem === word) return [];
    return (this.byForm.get(stem) ?? []).filter((entry) => entry.word !== word).map((entry) => entry.value);
  }
}
