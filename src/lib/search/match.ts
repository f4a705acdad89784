/**
 * Which query words a Pagefind record really holds, read from its own content. Pagefind falls
 * back to indexed words sharing the first letters of a word it has not indexed ("Washington"
 * → "was"): a word counts only if the record holds it whole, holds a word it begins, shares
 * its stem, or a registered spelling does (normalise.ts `answers`). Pure, no DOM.
 */
import { answers, tokenise, type Token } from './normalise.ts';
import type { PagefindRecord } from './pagefind-api.ts';
import type { ParsedQuery } from './query.ts';
import { FILTER_KEYS, readSpellings, readUnitContent, recordKind, type FilterKey, type RecordKind } from './record-format.ts';

/** How much of a record's content answers the query. */
export interface Checked {
  url: string;
  kind: RecordKind;
  title: string;
  /** Query keys the record holds. */
  holds: Set<string>;
  /** Every phrase of the query, word for word. */
  phrases: boolean;
  content: string;
  /** The record's filter values (a unit's kind, topics and name kinds; an entity's kind). */
  filters: Partial<Record<FilterKey, string[]>>;
  /** Every query word starts a word of the content or shares its stem: Pagefind did not fall back. */
  answersAll: boolean;
}

const anyOf = (tokens: readonly Token[], key: string) => tokens.some((token) => answers(key, token));
const wholeOrStem = (key: string, word: string) => word === key || (answers(key, { key: word, parts: [] }) && !word.startsWith(key));

/**
 * The query keys that name one word of a topic's words: the word typed whole or by its stem;
 * a hyphenated word ("anti-corruption") typed whole or as all its parts — never by one part
 * ("anti" names no topic).
 */
function naming(token: Token, keys: readonly string[]): string[] {
  const whole = keys.filter((key) => wholeOrStem(key, token.key));
  if (whole.length > 0 || token.parts.length === 0) return whole;
  const byPart = token.parts.map((part) => keys.filter((key) => wholeOrStem(key, part)));
  return byPart.every((k) => k.length > 0) ? byPart.flat() : [];
}

function holdsPhrase(tokens: readonly Token[], phrase: readonly string[]): boolean {
  return tokens.some((_, i) => phrase.every((key, j) => { const token = tokens[i + j]; return token !== undefined && answers(key, token); }));
}

/** The record's words, in pieces a phrase never runs across, and which query keys it holds. */
function read(kind: RecordKind, content: string, keys: readonly string[]): { pieces: Token[][]; holds: (key: string) => boolean } {
  if (kind.type === 'unit') {
    const { text, groups } = readUnitContent(content);
    const pieces = [tokenise(text), ...groups.flatMap((g) => g.spellings.map((s) => tokenise(s)))];
    return { pieces, holds: (key) => pieces.some((tokens) => anyOf(tokens, key)) };
  }
  const pieces = readSpellings(content).map((s) => tokenise(s));
  if (kind.type === 'name') return { pieces, holds: (key) => pieces.some((tokens) => anyOf(tokens, key)) };
  // A topic is named by one of its words (or title) in full — each of its words typed whole
  // or by its stem, not by first letters ("pr") nor by one word of a phrase ("rights").
  const named = new Set<string>();
  for (const tokens of pieces) {
    const cover = tokens.map((token) => naming(token, keys));
    if (cover.every((c) => c.length > 0)) for (const key of cover.flat()) named.add(key);
  }
  return { pieces, holds: (key) => named.has(key) };
}

/** Which query words (and phrases) a record holds, by its content; undefined for a record that is none of ours. */
export function check(record: PagefindRecord, query: ParsedQuery): Checked | undefined {
  const kind = recordKind(record.url);
  if (!kind) return undefined;
  const keys = query.words.map((w) => w.key);
  const { pieces, holds } = read(kind, record.content, keys);
  const filters: Checked['filters'] = {};
  for (const key of FILTER_KEYS) if (record.filters?.[key]) filters[key] = record.filters[key];
  return {
    url: record.url,
    kind,
    title: record.meta['title'] ?? '',
    holds: new Set(keys.filter(holds)),
    phrases: query.phrases.every((phrase) => pieces.some((tokens) => holdsPhrase(tokens, phrase))),
    content: record.content,
    filters,
    answersAll: keys.every((key) => pieces.some((tokens) => anyOf(tokens, key))),
  };
}
