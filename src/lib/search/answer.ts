/**
 * From a reader's query to an honest answer, on top of Pagefind. DOM-free: Pagefind and the
 * vocabulary are handed in (src/scripts/search-client.ts loads them in the browser; the unit
 * tests hand in a fake). The steps, each in its own module:
 * - query.ts reads the query (normalised input, words, quoted phrases);
 * - retrieve.ts plans the Pagefind searches and match.ts checks each record against its own
 *   content (a word Pagefind did not index is a miss, said in words, never a fallback);
 * - corrections.ts replaces missed words: a hyphenated compound by its parts, an inflected
 *   name by the registered one ("Showing results for"), a misspelling by the known word;
 * - present.ts makes each unit's excerpt and marks; filters.ts applies the search page's
 *   filters and counts what each holds; status.ts (and the view) word the answer.
 */
import { EMPTY_ANSWER, type SearchAnswer, type Selection, type UnitResult } from './answer-types.ts';
import { correctWords, splitCompounds } from './corrections.ts';
import { facetCounts, isFiltered, passes } from './filters.ts';
import type { PagefindSearch } from './pagefind-api.ts';
import { presentUnit } from './present.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { find, topicUnits } from './retrieve.ts';
import type { VocabularyIndex } from './vocabulary.ts';

export type { PagefindResult, PagefindSearch } from './pagefind-api.ts';
export type { Correction, FacetCounts, SearchAnswer, Selection, UnitResult } from './answer-types.ts';

export interface SearchDeps {
  pagefind: () => Promise<PagefindSearch>;
  vocabulary: () => Promise<VocabularyIndex>;
}

/** Answers one query. `selection` narrows the units (kind, topic, name kind). */
export async function answer(raw: string, selection: Selection, deps: SearchDeps): Promise<SearchAnswer> {
  const parsed = parseQuery(raw);
  if (parsed.words.length === 0) return { ...EMPTY_ANSWER(), dropped: parsed.dropped };
  const pf = await deps.pagefind();
  const first = await search(pf, parsed, selection);
  if (first.missing.length === 0) return first;

  // A compound the text lacks, searched as its parts.
  const { query, split } = splitCompounds(parsed, first.missing);
  const afterSplit = split.length > 0 ? { ...(await search(pf, query, selection)), split } : first;
  if (afterSplit.missing.length === 0) return afterSplit;

  // Some words occur nowhere: an inflected name, or the closest known word.
  const vocabulary = await deps.vocabulary();
  const { query: corrected, corrections, didYouMean } = correctWords(query, afterSplit.missing, vocabulary);
  const similarNames = afterSplit.missing
    .filter((typed) => !corrections.some((c) => c.typed === typed))
    .flatMap((typed) => vocabulary.similarNames(typed).map(({ slug, name, path }) => ({ slug, name, path })))
    .filter((n, i, all) => all.findIndex((m) => m.slug === n.slug) === i);
  const namesPath = vocabulary.vocabulary.pages.names;
  if (corrections.length === 0) return { ...afterSplit, didYouMean, similarNames, namesPath };
  return { ...(await search(pf, corrected, selection)), split, corrections, didYouMean, similarNames, namesPath };
}

async function search(pf: PagefindSearch, query: ParsedQuery, selection: Selection): Promise<SearchAnswer> {
  const keys = query.words.map((w) => w.key);
  const typedOf = new Map(query.words.map((w) => [w.key, w.typed]));
  const found = await find(pf, query);
  const results: UnitResult[] = found.units.map((c) => ({
    id: c.kind.type === 'unit' ? c.kind.id : '',
    title: c.title,
    ...presentUnit(c.content, keys),
    matched: keys.filter((key) => found.holdsOf.get(c.url)?.has(key)).map((key) => typedOf.get(key) ?? key),
    filters: c.filters,
  }));

  // A topic the query names: its units after those that hold the words.
  const listed = new Set(results.map((r) => r.id));
  const topics = found.topics.flatMap((t) => (t.kind.type === 'topic' ? [{ slug: t.kind.slug, title: t.title, href: t.url }] : []));
  for (const topic of topics) {
    for (const member of await topicUnits(pf, topic.slug)) {
      if (member.kind.type !== 'unit' || listed.has(member.kind.id)) continue;
      listed.add(member.kind.id);
      results.push({ id: member.kind.id, title: member.title, ...presentUnit(member.content, []), matched: [], about: { slug: topic.slug, title: topic.title }, filters: member.filters });
    }
  }

  const shown = results.filter((unit) => passes(unit, selection));
  const nameKinds = selection.get('name-kind');
  const typed = (list: readonly string[]) => list.map((k) => typedOf.get(k) ?? k);
  return {
    ...EMPTY_ANSWER(),
    words: query.words.map((w) => w.typed),
    units: shown,
    filteredOut: isFiltered(selection) ? results.length - shown.length : 0,
    facets: facetCounts(results, selection),
    partial: found.partial,
    names: found.names
      .map((c) => ({ slug: c.kind.type === 'name' ? c.kind.slug : '', title: c.title, kind: c.filters['name-kind']?.[0] ?? '', href: c.url }))
      .filter((n) => !nameKinds || nameKinds.size === 0 || nameKinds.has(n.kind)),
    topics: topics.filter((t, i) => topics.findIndex((u) => u.slug === t.slug) === i),
    missing: typed(keys.filter((k) => !found.inUnits.has(k) && !found.inTopics.has(k) && !found.inNames.has(k))),
    topicOnly: typed(keys.filter((k) => !found.inUnits.has(k) && found.inTopics.has(k))),
    dropped: query.dropped,
  };
}
