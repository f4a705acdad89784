/**
 * How a query becomes a set of units, on top of Pagefind. Pure, no DOM.
 *
 * All units live on one page (/), and Pagefind's rules are page-level: a page must contain
 * every word, but its sub-results list any unit holding any one of them; and a quoted phrase
 * yields only the page's first occurrence. So we ask Pagefind for each word on its own (its
 * stemming and prefix rules intact), keep the units that hold every word, and keep a phrase
 * only where its words' locations follow each other.
 */

export interface ParsedQuery {
  /** Every distinct word to look up, lower-cased, in order of appearance. */
  words: string[];
  /** Quoted phrases of two words or more, as word lists. */
  phrases: string[][];
  /** The query with its quotes taken out: what Pagefind ranks and excerpts by. */
  text: string;
}

/** Straight and typographic double quotes, and the guillemets a pasted name may carry. */
const QUOTED_OR_WORD = /["“”„«»]([^"“”„«»]*)["“”„«»]?|([^\s"“”„«»]+)/g;

export function parseQuery(raw: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const add = (word: string) => {
    const lower = word.toLowerCase();
    if (!words.includes(lower)) words.push(lower);
    return lower;
  };
  for (const match of raw.matchAll(QUOTED_OR_WORD)) {
    const [, quoted, single] = match;
    if (single !== undefined) {
      add(single);
    } else if (quoted !== undefined) {
      const phrase = quoted.split(/\s+/).filter(Boolean).map(add);
      if (phrase.length > 1) phrases.push(phrase);
    }
  }
  return { words, phrases, text: words.length > 0 ? raw.replace(/["“”„«»]/g, ' ').replace(/\s+/g, ' ').trim() : '' };
}

/** For one word: unit id → the word locations (Pagefind's) where it matched in that unit. */
export type UnitLocations = ReadonlyMap<string, readonly number[]>;

/**
 * The units that hold every word of the query (and every phrase, in order), each with the
 * locations of all its matched words, sorted. `byWord` has one entry per word of `query.words`.
 */
export function unitsMatching(query: ParsedQuery, byWord: ReadonlyMap<string, UnitLocations>): Map<string, number[]> {
  const matches = new Map<string, number[]>();
  const [first, ...rest] = query.words;
  if (first === undefined) return matches;
  for (const unit of byWord.get(first)?.keys() ?? []) {
    if (!rest.every((word) => byWord.get(word)?.has(unit))) continue;
    const hasPhrases = query.phrases.every((phrase) => {
      const sets = phrase.map((word) => new Set(byWord.get(word)?.get(unit) ?? []));
      return [...(sets[0] ?? [])].some((start) => sets.every((set, offset) => set.has(start + offset)));
    });
    if (!hasPhrases) continue;
    const locations = new Set(query.words.flatMap((word) => byWord.get(word)?.get(unit) ?? []));
    matches.set(unit, [...locations].sort((a, b) => a - b));
  }
  return matches;
}
