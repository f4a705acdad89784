/**
 * The answer in words: the status line (one string, read out by screen readers) and the notes
 * under it (corrections, "Did you mean", the way to the names) as pieces the view turns into
 * text, links and emphasis. Sentences a journalist can quote, and never one that is not true.
 * Pure, no DOM.
 */
import type { SearchAnswer } from './answer-types.ts';

/** A piece of a note: text, a link that runs another query, a link to a page (relative to the base), or emphasis. */
export type Piece = string | { query: string; text: string } | { path: string; text: string } | { strong: string };

export interface Note {
  /** "correction" or "suggest" (its class in the view). */
  kind: 'correction' | 'suggest';
  pieces: Piece[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoted = (text: string) => `“${text}”`;
const listOf = (words: readonly string[]) => words.map(quoted).join(', ');

/** The status line for `answer` to the query shown as `query`. */
export function statusLine(answer: SearchAnswer, query: string): string {
  const byWords = answer.units.filter((u) => !u.about);
  const about = answer.units.filter((u) => u.about);
  const hidden = answer.filteredOut > 0 ? ` (${answer.filteredOut} more without the filters)` : '';
  const sentences: string[] = [];
  if (answer.words.length === 0) return `Nothing to search for in ${quoted(query)}: type a word, a name or a date.`;
  const corrected = new Set(answer.corrections.map((c) => c.to));
  // A part of a compound searched as its parts ("anti" of "anti-torture") is not news when another part found units.
  const parts = new Set(answer.split.flatMap((s) => s.parts));
  const missing = answer.missing.filter((word) => !corrected.has(word) && !(byWords.length > 0 && parts.has(word)));
  if (missing.length > 0) sentences.push(`The text does not mention ${listOf(missing)}.`);
  for (const { typed, parts } of answer.split) sentences.push(`The text does not hold ${quoted(typed)}: searched as ${parts.map(quoted).join(' and ')}.`);
  for (const word of answer.topicOnly) sentences.push(`The text does not use the word ${quoted(word)}.`);
  if (byWords.length > 0) {
    if (answer.partial) sentences.push(`No unit holds every word of ${quoted(query)}; ${plural(byWords.length, 'unit holds', 'units hold')} some of them${hidden}.`);
    else sentences.push(`${plural(byWords.length, 'result')} for ${quoted(query)}${hidden}.`);
  } else if (answer.filteredOut > 0) {
    sentences.push(`No results for ${quoted(query)} with these filters; ${answer.filteredOut} without them. Clear a filter to see them.`);
  } else if (about.length === 0 && missing.length === 0) {
    sentences.push(`No unit of the text holds ${quoted(query)}.`);
  }
  if (about.length > 0) sentences.push(`${plural(about.length, 'unit')} about ${[...new Set(about.map((u) => u.about?.title ?? ''))].join(', ')}.`);
  if (answer.names.length > 0) sentences.push(`${plural(answer.names.length, 'name')}.`);
  if (answer.dropped > 0) sentences.push(`Only the first words were searched (${plural(answer.dropped, 'word')} left out).`);
  return sentences.join(' ');
}

/** The notes under the status line; `raw` is the query as typed (its words are swapped in the links). */
export function notes(answer: SearchAnswer, raw: string): Note[] {
  const out: Note[] = [];
  for (const correction of answer.corrections) {
    const said = correction.reason === 'inflection' ? `The text does not use the form ${quoted(correction.typed)}. Showing results for ` : `The text does not mention ${quoted(correction.typed)}. Showing results for `;
    out.push({
      kind: 'correction',
      pieces: [said, { strong: correction.to }, ' — ', { query: raw.replace(correction.typed, `"${correction.typed}"`), text: `search instead for ${correction.typed}` }, '.'],
    });
  }
  for (const { typed, candidates } of answer.didYouMean) {
    const pieces: Piece[] = ['Did you mean '];
    candidates.forEach((candidate, i) => {
      if (i > 0) pieces.push(i === candidates.length - 1 ? ' or ' : ', ');
      pieces.push({ query: raw.replace(typed, candidate), text: candidate });
    });
    pieces.push(` instead of ${quoted(typed)}?`);
    out.push({ kind: 'suggest', pieces });
  }
  const corrected = new Set(answer.corrections.map((c) => c.to));
  if (answer.missing.some((word) => !corrected.has(word))) {
    const pieces: Piece[] = [];
    if (answer.similarNames.length > 0) {
      pieces.push('Names in the text that look similar: ');
      answer.similarNames.forEach((name, i) => {
        if (i > 0) pieces.push(', ');
        pieces.push({ path: name.path, text: name.name });
      });
      pieces.push('. ');
    }
    pieces.push('See ', { path: answer.namesPath, text: 'every name the text mentions' }, '.');
    out.push({ kind: 'suggest', pieces });
  }
  return out;
}
