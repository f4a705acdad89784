/**
 * Text helpers of the search interface: which words Pagefind matched, and how they travel to
 * the reading view (`?highlight=`, read back by search-highlight.ts). Pure, no DOM.
 */

/** Pagefind's own word separator (pagefind.js, build_excerpt): its `locations` index these words. */
const PAGEFIND_WORD_SEPARATORS = /[^\S\uFEFF]+/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The words Pagefind matched, as they are written in the text: `locations` are indexes into
 * the page's content split the way Pagefind splits it. Lower-cased, edge punctuation removed,
 * each once.
 */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(PAGEFIND_WORD_SEPARATORS);
  const found = new Set<string>();
  for (const location of locations) {
    const word = words[location]?.replace(EDGE_PUNCTUATION, '').toLowerCase();
    if (word) found.add(word);
  }
  return [...found];
}

/** The `?highlight=` value for a set of words: space-separated (wordsFromHighlightParam reads it). */
export function highlightParam(words: readonly string[]): string {
  return words.join(' ');
}
