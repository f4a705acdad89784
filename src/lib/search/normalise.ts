/**
 * One normalisation for search, used when the build writes the index and the vocabulary and
 * when the reader's query is read, so that both sides compare the same strings: case,
 * diacritics (é → e, ё → е, й → и), apostrophes (’ ' ʼ) and hyphens do not count.
 * Pure, no DOM; the stemmer is Porter2, the English Snowball stemmer Pagefind stems with.
 */
import { stem } from 'porter2';

/**
 * Characters that are not there for the reader: zero-width space, joiners, word joiner, BOM
 * used as a joiner, soft hyphen. Pasted from a PDF or a chat app they split a word in two.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * What a reader typed (or pasted, or sent in a link), made comparable before anything else
 * looks at it: compatibility forms folded (NFKC: full-width "Ｋｏｚｌｏｖ" is "Kozlov", a
 * decomposed "е" + combining diaeresis is "ё") and invisible characters removed.
 */
export function normaliseInput(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '');
}

/** A word as the text writes it: letters (with their combining marks) and digits, with inner apostrophes or hyphens ("Nur-Otan", "Kazakhstan’s"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ\u2010\u2011-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const JOINERS = /['’ʼ\u2010\u2011-]/gu;
const MARKS = /\p{M}/gu;

/** "Kazakhstan’s" → "kazakhstans", "Nur-Otan" → "nurotan", "Семёнова" → "семенова". */
export function normaliseWord(word: string): string {
  return normaliseInput(word).normalize('NFD').replace(MARKS, '').replace(JOINERS, '').toLocaleLowerCase('en').normalize('NFC');
}

/** One word of a text: where it stands and how search compares it. */
export interface Token {
  start: number;
  end: number;
  /** The word as written. */
  word: string;
  /** normaliseWord(word). */
  key: string;
  /** The keys of its parts when it has inner apostrophes or hyphens: "nur", "otan"; "kazakhstan", "s". */
  parts: string[];
}

/** The words of `text`, in order, with their offsets (punctuation is never part of a word). */
export function tokenise(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => {
    const word = match[0];
    const pieces = word.split(JOINERS);
    return {
      start: match.index,
      end: match.index + word.length,
      word,
      key: normaliseWord(word),
      parts: pieces.length > 1 ? pieces.map(normaliseWord) : [],
    };
  });
}

/** The normalised words of a text, in order: "Maks Bokaev" → ["maks", "bokaev"]. */
export function keys(text: string): string[] {
  return tokenise(text).map((token) => token.key);
}

/** Porter2 stem of a normalised word (Latin script; other scripts come back as they are). */
export function stemOf(key: string): string {
  return /^[a-z]+$/.test(key) ? stem(key) : key;
}

/**
 * Does a word of the text (its key, or one of its parts) answer a word the reader typed?
 * Yes when it is that word, begins with it (the reader typed the start: "kazakh" →
 * "kazakhstan"), or shares its stem ("tortured" → "torture"). Never because the text's word
 * is merely a shorter start of the reader's ("was" does not answer "washington").
 */
export function answers(typed: string, token: Pick<Token, 'key' | 'parts'>): boolean {
  return [token.key, ...token.parts].some((key) => key.startsWith(typed) || (typed.length > 2 && stemOf(key) === stemOf(typed)));
}
