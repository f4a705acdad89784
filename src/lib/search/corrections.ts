/**
 * What to search instead of words the text holds nowhere, in this order:
 * - a hyphenated compound the text does not hold is searched as its parts ("anti-torture" →
 *   anti, torture), and the answer says so;
 * - an inflected form of a registered name is searched as that name ("Бокаева" → Бокаев,
 *   inflection.ts): "Showing results for …", with the exact form one click away;
 * - a misspelling close to one known word is searched as that word (vocabulary.ts); several
 *   candidates make a "Did you mean" list.
 * Words typed in quotes are searched as typed, never replaced. Pure, no DOM.
 */
import type { Correction, SearchAnswer } from './answer-types.ts';
import { normaliseWord } from './normalise.ts';
import type { ParsedQuery, QueryWord } from './query.ts';
import type { VocabularyIndex } from './vocabulary.ts';

const HYPHENS = /[\u2010\u2011-]/;

export interface Replanned {
  query: ParsedQuery;
  split: SearchAnswer['split'];
  corrections: Correction[];
  didYouMean: SearchAnswer['didYouMean'];
}

/** The parts of a hyphenated word as typed ("anti-torture" → anti, torture); none for a plain word. */
export function partsOf(typed: string): QueryWord[] {
  const parts = typed.split(HYPHENS).filter(Boolean);
  return parts.length > 1 ? parts.map((part) => ({ typed: part, key: normaliseWord(part) })) : [];
}

/** Hyphenated compounds among the missed words, as their parts. */
export function splitCompounds(query: ParsedQuery, missing: readonly string[]): Pick<Replanned, 'query' | 'split'> {
  const split: Replanned['split'] = [];
  const words = query.words.flatMap((word) => {
    const parts = missing.includes(word.typed) && !query.exact.includes(word.key) ? partsOf(word.typed) : [];
    if (parts.length === 0) return [word];
    split.push({ typed: word.typed, parts: parts.map((p) => p.typed) });
    return parts;
  });
  const unique = words.filter((w, i) => words.findIndex((v) => v.key === w.key) === i);
  return { query: { ...query, words: unique }, split };
}

/** Inflected names and misspellings among the missed words, replaced by what the text or registry writes. */
export function correctWords(query: ParsedQuery, missing: readonly string[], vocabulary: VocabularyIndex): Omit<Replanned, 'split'> {
  const corrections: Correction[] = [];
  const didYouMean: Replanned['didYouMean'] = [];
  const words = query.words.map((word): QueryWord => {
    if (!missing.includes(word.typed) || query.exact.includes(word.key)) return word;
    const name = vocabulary.inflectionOf(word.typed);
    if (name) {
      corrections.push({ typed: word.typed, to: name.word, reason: 'inflection' });
      return { typed: name.word, key: name.key };
    }
    const { correction, candidates } = vocabulary.correct(word.key);
    if (correction) {
      corrections.push({ typed: word.typed, to: correction.word, reason: 'spelling' });
      return { typed: correction.word, key: correction.key };
    }
    if (candidates.length > 0) didYouMean.push({ typed: word.typed, candidates: candidates.map((c) => c.word) });
    return word;
  });
  return { query: { ...query, words }, corrections, didYouMean };
}
