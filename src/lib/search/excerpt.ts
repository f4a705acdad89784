/**
 * A result's excerpt, made from the unit's own text: the clause (between semicolons) that
 * holds the first marked word, cut to MAX_WORDS words around it when long; "…" where it starts
 * or ends inside the unit. Marks cover words only, never the punctuation beside them.
 * Segments, not HTML: the view turns them into text nodes and <mark>s. Pure, no DOM.
 */
import type { Token } from './normalise.ts';

export interface Segment {
  text: string;
  mark?: true;
}

export const MAX_WORDS = 28;
const ELLIPSIS = '…';

/** `tokens` are the words of `text`; `marked` the indexes of those to mark. */
export function excerpt(text: string, tokens: readonly Token[], marked: ReadonlySet<number>): Segment[] {
  if (tokens.length === 0) return [{ text }];
  const firstMark = [...marked].sort((a, b) => a - b)[0] ?? 0;
  // The clause around the first mark.
  let from = firstMark;
  while (from > 0 && !/;/.test(text.slice(tokens[from - 1].end, tokens[from].start))) from -= 1;
  let to = firstMark + 1;
  while (to < tokens.length && !/;/.test(text.slice(tokens[to - 1].end, tokens[to].start))) to += 1;
  if (to - from > MAX_WORDS) {
    from = Math.max(from, firstMark - 6);
    to = Math.min(to, from + MAX_WORDS);
  }
  const start = from === 0 ? 0 : tokens[from].start;
  // Keep the punctuation that closes the last word ("Kazakhstan,"), not the next clause.
  const end = to >= tokens.length ? text.length : tokens[to - 1].end;
  const segments: Segment[] = from > 0 ? [{ text: `${ELLIPSIS} ` }] : [];
  let at = start;
  for (let i = from; i < to; i += 1) {
    if (!marked.has(i)) continue;
    const token = tokens[i];
    if (token.start > at) segments.push({ text: text.slice(at, token.start) });
    segments.push({ text: token.word, mark: true });
    at = token.end;
  }
  if (end > at) segments.push({ text: text.slice(at, end) });
  if (to < tokens.length) segments.push({ text: ` ${ELLIPSIS}` });
  return segments;
}
