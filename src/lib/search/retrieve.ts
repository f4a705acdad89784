/**
 * Query planning on Pagefind: which searches answer a parsed query, and what they found.
 * One search for the whole query over one record per unit (a unit holds every word, AND);
 * when no unit holds them all, one search per word (Pagefind has no OR), units ranked by how
 * many words they hold; and the units of a topic the query names
 * (`search(null, { filters: { topic } })`). Filters are not passed to Pagefind: the answer
 * applies them (filters.ts), so that it can count what each filter holds.
 */
import { COMMON_WORDS, type ParsedQuery } from './query.ts';
import { check, type Checked } from './match.ts';
import type { PagefindResult, PagefindSearch } from './pagefind-api.ts';

/** Pagefind's results for `term`, each checked against the query; meta-only matches dropped. */
export async function checkedResults(pf: PagefindSearch, term: string | null, query: ParsedQuery, filters: Record<string, { any: string[] }> = {}): Promise<Checked[]> {
  const response = await pf.search(term, { filters });
  const results = (response?.results ?? []).filter((r) => term === null || r.words.length > 0);
  const read = async (result: PagefindResult) => check(await result.data(), query);
  const [top, ...rest] = results;
  if (!top) return [];
  // Pagefind falls back to shorter words only when no indexed word starts with the reader's:
  // then no record holds it, the best-ranked included. So when the top result lacks a word,
  // the others are not fetched (a miss costs one fragment, not one per unit sharing a letter).
  const first = await read(top);
  if (term !== null && first && !first.answersAll) return [first];
  const others = await Promise.all(rest.map(read));
  return [first, ...others].filter((c): c is Checked => c !== undefined);
}

/** What the searches found, before the answer is worded. */
export interface Found {
  /** Units holding the words (all of them, or some when `partial`), best first. */
  units: Checked[];
  /** Per unit URL, the query keys it holds. */
  holdsOf: Map<string, Set<string>>;
  partial: boolean;
  names: Checked[];
  topics: Checked[];
  /** Keys some unit, topic or entity holds. */
  inUnits: Set<string>;
  inTopics: Set<string>;
  inNames: Set<string>;
}

const NO_WORDS: ParsedQuery = { words: [], phrases: [], exact: [], dropped: 0 };

/** Every unit, entity and topic holding the query's words; each word alone when no unit holds all. */
export async function find(pf: PagefindSearch, query: ParsedQuery): Promise<Found> {
  const keys = query.words.map((w) => w.key);
  const all = await checkedResults(pf, keys.join(' '), query);
  const full = (c: Checked) => c.holds.size === keys.length && c.phrases;
  const of = (type: Checked['kind']['type']) => all.filter((c) => c.kind.type === type && full(c));
  const found: Found = {
    units: of('unit'),
    holdsOf: new Map(),
    partial: false,
    names: of('name'),
    topics: of('topic'),
    inUnits: new Set(),
    inTopics: new Set(),
    inNames: new Set(),
  };
  for (const [set, list] of [[found.inUnits, found.units], [found.inTopics, found.topics], [found.inNames, found.names]] as const) if (list.length > 0) for (const key of keys) set.add(key);
  for (const unit of found.units) found.holdsOf.set(unit.url, unit.holds);
  if (found.units.length > 0 || keys.length < 2) return found;

  // No unit holds every word: each word alone, then rank by how many a unit holds.
  const byUrl = new Map<string, Checked>();
  for (const word of query.words) {
    const single: ParsedQuery = { ...NO_WORDS, words: [word] };
    for (const c of await checkedResults(pf, word.key, single)) {
      if (!c.holds.has(word.key)) continue;
      if (c.kind.type === 'unit') {
        found.inUnits.add(word.key);
        byUrl.set(c.url, c);
        found.holdsOf.set(c.url, new Set([...(found.holdsOf.get(c.url) ?? []), word.key]));
      } else if (c.kind.type === 'topic') {
        found.inTopics.add(word.key);
        if (!found.topics.some((t) => t.url === c.url)) found.topics.push(c);
      } else {
        found.inNames.add(word.key);
      }
    }
  }
  const held = (url: string) => found.holdsOf.get(url)?.size ?? 0;
  const counted = (url: string) => [...(found.holdsOf.get(url) ?? [])].filter((key) => !COMMON_WORDS.has(key)).length;
  found.units = [...byUrl.values()].filter((c) => counted(c.url) > 0).sort((a, b) => held(b.url) - held(a.url));
  found.partial = found.units.length > 0;
  return found;
}

/** The units of a topic. */
export async function topicUnits(pf: PagefindSearch, slug: string): Promise<Checked[]> {
  return (await checkedResults(pf, null, NO_WORDS, { topic: { any: [slug] } })).filter((c) => c.kind.type === 'unit');
}
