/**
 * How a unit found by a query is shown: its excerpt and the words to mark on arrival — its own
 * words that answer the query, and the text's own form of a name found by another spelling
 * (Pagefind would show the appended spelling). Pure, no DOM.
 */
import { distance } from 'fastest-levenshtein';
import { excerpt } from './excerpt.ts';
import { answers, tokenise } from './normalise.ts';
import { readUnitContent, sameWord } from './record-format.ts';
import type { UnitResult } from './answer-types.ts';

/**
 * Which words of a name's text form stand for the word found in another spelling: the same
 * place when both have as many words ("Maks Bokaev" → "Maks Bokayev"), the form's word a
 * one-word spelling clearly resembles ("Jakishev" → "Dzhakishev"), else the whole form ("ICCPR").
 */
export function formWordsFor(formKeys: readonly string[], spellingKeys: readonly string[], at: number): number[] {
  if (formKeys.length === spellingKeys.length) return [at];
  const word = spellingKeys[at] ?? '';
  const [near, next] = formKeys.map((key, i) => ({ i, edits: distance(key, word) })).sort((a, b) => a.edits - b.edits);
  const clear = near && near.edits <= word.length / 2 && (!next || next.edits > near.edits);
  return clear ? [near.i] : formKeys.map((_, i) => i);
}

/** A unit record's excerpt and the words to highlight, for the query keys `keys`. */
export function presentUnit(content: string, keys: readonly string[]): Pick<UnitResult, 'excerpt' | 'highlight'> {
  const { text, groups } = readUnitContent(content);
  const tokens = tokenise(text);
  const marked = new Set<number>();
  for (const key of keys) {
    let inText = false;
    tokens.forEach((token, i) => {
      if (answers(key, token)) {
        marked.add(i);
        inText = true;
      }
    });
    if (inText) continue;
    for (const group of groups) {
      const spelling = group.spellings.map((s) => tokenise(s)).find((spellingTokens) => spellingTokens.some((token) => answers(key, token)));
      if (!spelling) continue;
      const at = spelling.findIndex((token) => answers(key, token));
      for (const form of group.forms) {
        const formKeys = tokenise(form).map((t) => t.key);
        tokens.forEach((_, i) => {
          if (!formKeys.every((k, j) => sameWord(tokens[i + j], k))) return;
          for (const j of formWordsFor(formKeys, spelling.map((t) => t.key), at)) marked.add(i + j);
        });
      }
    }
  }
  const highlight = [...new Set([...marked].map((i) => tokens[i]?.word.toLocaleLowerCase('en') ?? ''))].filter(Boolean);
  return { excerpt: excerpt(text, tokens, marked), highlight };
}
