/**
 * The arrival highlighter's text logic: the words a `?highlight=` value carries and where
 * they occur in a text. Pure, no DOM. Kept apart from search-text.ts so that the reading view
 * loads only this when a reader arrives from a result.
 */

import { wholeWords } from '../words.ts';

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The words a `?highlight=` value carries. */
export function wordsFromHighlightParam(value: string | null): string[] {
  return (value ?? '')
    .split(/\s+/)
    .map((w) => w.replace(EDGE_PUNCTUATION, '').toLowerCase())
    .filter((w, i, all) => w.length > 0 && all.indexOf(w) === i);
}


/**
 * Where `words` occur in `text` as whole words (case-insensitive): [start, end) pairs in
 * order, never overlapping. "Nazarbayev" in "Nazarbayev’s" matches; "ban" in "banned" does not.
 */
export function findWordRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const wanted = words.filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [];
  const pattern = wholeWords(wanted, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
