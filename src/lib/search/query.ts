/**
 * A reader's query as search reads it: its words (normalised, see normalise.ts) and its quoted
 * phrases. Bad input gets a clear reading: markup and punctuation are not words, a very long
 * query is cut to its first MAX_WORDS words (and says so). Pure, no DOM.
 */
import { normaliseInput, tokenise } from './normalise.ts';

/** More words than this are not searched (a pasted paragraph would find nothing anyway). */
export const MAX_WORDS = 10;
/** Characters of the query shown back to the reader in the status line. */
export const MAX_SHOWN = 80;

export interface QueryWord {
  /** As the reader typed it: "Kazakhstan’s". */
  typed: string;
  /** As search compares it: "kazakhstans". */
  key: string;
}

export interface ParsedQuery {
  /** Every distinct word, in order of appearance. */
  words: QueryWord[];
  /** Quoted phrases of two words or more, as lists of keys. */
  phrases: string[][];
  /** Keys of words typed in quotes: searched as they are, never corrected. */
  exact: string[];
  /** Words left out past MAX_WORDS. */
  dropped: number;
}

/** Straight and typographic double quotes, and the guillemets a pasted name may carry. */
const QUOTED_OR_LOOSE = /["“”„«»]([^"“”„«»]*)["“”„«»]?|([^"“”„«»]+)/g;

export function parseQuery(raw: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const exact: string[] = [];
  let dropped = 0;
  const add = (typed: string, key: string): string => {
    if (!words.some((w) => w.key === key)) {
      if (words.length >= MAX_WORDS) {
        dropped += 1;
        return key;
      }
      words.push({ typed, key });
    }
    return key;
  };
  // Markup is not words: "<b>Kozlov</b>" searches for Kozlov.
  for (const match of normaliseInput(raw).replace(/<[^>]*>/g, ' ').matchAll(QUOTED_OR_LOOSE)) {
    const [, quoted, loose] = match;
    const tokens = tokenise(quoted ?? loose ?? '');
    const added = tokens.map((t) => add(t.word, t.key));
    if (quoted !== undefined) exact.push(...added);
    if (quoted !== undefined && added.length > 1) phrases.push(added);
  }
  const known = (key: string) => words.some((w) => w.key === key);
  return { words, phrases: phrases.filter((p) => p.every(known)), exact: exact.filter(known), dropped };
}

/** The query as the status line quotes it: white space collapsed, cut at MAX_SHOWN characters. */
export function shownQuery(raw: string): string {
  const text = normaliseInput(raw).replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim();
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/**
 * Words too common to rank a partial match by ("2 of 3 words: abuse, in" says nothing): a
 * partial match needs at least one other word.
 */
export const COMMON_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'were', 'which', 'with']);
