/**
 * From a reader's query to an honest answer, on top of Pagefind. DOM-free: Pagefind and the
 * vocabulary are handed in (src/scripts/search-client.ts loads them in the browser).
 *
 * What Pagefind does: one `search(words, { filters })` per query over one record per unit
 * (records.ts): a unit holds every word (AND), in its text or in the spellings of its names;
 * stemming and word starts; ranking; the kind / topic / name-kind filters; and the units of a
 * topic (`search(null, { filters: { topic } })`).
 *
 * What it cannot do, and is done here:
 * - Honest misses. A word Pagefind has not indexed falls back to indexed words sharing its
 *   first letters ("Washington" → "was"). Every result is checked against its own content:
 *   a word counts only if the unit holds it whole, holds a word it begins, shares its stem,
 *   or a registered spelling does (normalise.ts `answers`). A word nothing holds is a miss,
 *   said in words: "The text does not mention “Aktau”."
 * - Misspellings. A missed word close to a known one (vocabulary.ts) is searched as that word,
 *   with "Showing results for …"; several candidates make a "Did you mean" list.
 * - Partial matches. Pagefind has no OR: when no unit holds every word, each word is searched
 *   alone and units are ranked by how many of the words they hold.
 * - Quoted phrases inside a longer query, checked on the content (Pagefind's exact search
 *   works only when the whole query is quoted).
 * - Excerpts that show why: the clause with the text's own form marked, also when the unit
 *   was found by another spelling (Pagefind would show the appended spelling).
 */
import { distance } from 'fastest-levenshtein';
import { excerpt, type Segment } from './excerpt.ts';
import { answers, tokenise, type Token } from './normalise.ts';
import { COMMON_WORDS, parseQuery, type ParsedQuery, type QueryWord } from './query.ts';
import { FILTER_KEYS, readSpellings, readUnitContent, recordKind, sameWord, type FilterKey } from './record-format.ts';
import type { VocabularyIndex } from './vocabulary.ts';

/** The part of Pagefind's JS API we use (pagefind.js 1.6). */
export interface PagefindSearch {
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  /** Word locations matched in the content; empty when only a meta value matched. */
  words: number[];
  data(): Promise<{ url: string; content: string; meta: Record<string, string | undefined>; filters?: Record<string, string[]> }>;
}

/** Filter key → chosen values (within a key any value; across keys all). */
export type Selection = ReadonlyMap<FilterKey, ReadonlySet<string>>;

export interface UnitResult {
  /** "recital-j" */
  id: string;
  /** "Recital J" */
  title: string;
  excerpt: Segment[];
  /** The words to mark on arrival in the reading view, as the text writes them. */
  highlight: string[];
  /** The query words the unit holds (all of them unless the answer is partial), as typed. */
  matched: string[];
  /** Listed because it is about a topic the query names, not for its words. */
  about?: { slug: string; title: string };
}

export interface Correction {
  typed: string;
  /** As the text (or the registry) writes it: "Kozlov". */
  to: string;
}

export interface SearchAnswer {
  /** Words searched, as typed (after corrections: the corrected words). */
  words: string[];
  units: UnitResult[];
  /** Units left out by the filters (0 without filters). */
  filteredOut: number;
  /** True when no unit holds every word: units are ranked by how many they hold. */
  partial: boolean;
  /** Entity pages; `href` is Pagefind's URL (base path included). */
  names: { slug: string; title: string; kind: string; href: string }[];
  topics: { slug: string; title: string; href: string }[];
  /** Words nothing holds, not even a topic (as typed). */
  missing: string[];
  /** Words no unit holds but a topic's readers' words do ("jail"). */
  topicOnly: string[];
  corrections: Correction[];
  /** For missed words with several close candidates. */
  didYouMean: { typed: string; candidates: string[] }[];
  /** Names that look like a missed word; `path` relative to the site's base. */
  similarNames: { slug: string; name: string; path: string }[];
  /** The list of names, relative to the base (from the vocabulary: said only after a miss). */
  namesPath: string;
  /** Words left out because the query was too long. */
  dropped: number;
}

const EMPTY: SearchAnswer = { words: [], units: [], filteredOut: 0, partial: false, names: [], topics: [], missing: [], topicOnly: [], corrections: [], didYouMean: [], similarNames: [], namesPath: '', dropped: 0 };

/** How much of a record's content answers the query. */
interface Checked {
  url: string;
  kind: NonNullable<ReturnType<typeof recordKind>>;
  title: string;
  /** Query keys the record holds. */
  holds: Set<string>;
  /** Every phrase of the query, word for word. */
  phrases: boolean;
  content: string;
  /** An entity's kind (its name-kind filter). */
  nameKind: string;
  /** Every query word starts a word of the content or shares its stem (topics or not): Pagefind did not fall back. */
  answersAll: boolean;
}

const anyOf = (tokens: readonly Token[], key: string) => tokens.some((token) => answers(key, token));
const wholeOrStem = (tokens: readonly Token[], key: string) => tokens.some((token) => token.key === key || (answers(key, token) && !token.key.startsWith(key)) || token.parts.includes(key));

function holdsPhrase(tokens: readonly Token[], phrase: readonly string[]): boolean {
  return tokens.some((_, i) => phrase.every((key, j) => { const token = tokens[i + j]; return token !== undefined && answers(key, token); }));
}

/** Which query words (and phrases) a record holds, by its content. */
function check(url: string, title: string, content: string, query: ParsedQuery, nameKind = ''): Checked | undefined {
  const kind = recordKind(url);
  if (!kind) return undefined;
  const keys = query.words.map((w) => w.key);
  let pieces: Token[][];
  let holds: (key: string) => boolean;
  if (kind.type === 'unit') {
    const { text, groups } = readUnitContent(content);
    pieces = [tokenise(text), ...groups.flatMap((g) => g.spellings.map((s) => tokenise(s)))];
    holds = (key) => pieces.some((tokens) => anyOf(tokens, key));
  } else {
    pieces = readSpellings(content).map((s) => tokenise(s));
    if (kind.type === 'topic') {
      // A topic is named by one of its words (or title) in full — each of its words typed whole
      // or by its stem, not by first letters ("pr") nor by one word of a phrase ("rights").
      const naming = new Set<string>();
      for (const tokens of pieces) {
        const cover = tokens.map((token) => keys.filter((key) => wholeOrStem([token], key)));
        if (cover.every((c) => c.length > 0)) for (const key of cover.flat()) naming.add(key);
      }
      holds = (key) => naming.has(key);
    } else {
      holds = (key) => pieces.some((tokens) => anyOf(tokens, key));
    }
  }
  return {
    url,
    kind,
    title,
    holds: new Set(keys.filter(holds)),
    phrases: query.phrases.every((phrase) => pieces.some((tokens) => holdsPhrase(tokens, phrase))),
    content,
    nameKind,
    answersAll: keys.every((key) => pieces.some((tokens) => anyOf(tokens, key))),
  };
}

/** A unit's excerpt and the words to highlight: its own words that answer the query, and the text's forms of names found by another spelling. */
function presentUnit(checked: Checked, keys: readonly string[]): Pick<UnitResult, 'excerpt' | 'highlight'> {
  const { text, groups } = readUnitContent(checked.content);
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
      const spelling = group.spellings.map((s) => tokenise(s)).find((spellingTokens) => anyOf(spellingTokens, key));
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
  const highlight = [...new Set([...marked].map((i) => tokens[i].word.toLocaleLowerCase('en')))];
  return { excerpt: excerpt(text, tokens, marked), highlight };
}

/**
 * Which words of a name's text form stand for the word found in another spelling: the same
 * place when both have as many words ("Maks Bokaev" → "Maks Bokayev"), the form's word a
 * one-word spelling clearly resembles ("Jakishev" → "Dzhakishev"), else the whole form ("ICCPR").
 */
function formWordsFor(formKeys: readonly string[], spellingKeys: readonly string[], at: number): number[] {
  if (formKeys.length === spellingKeys.length) return [at];
  const word = spellingKeys[at] ?? '';
  const [near, next] = formKeys.map((key, i) => ({ i, edits: distance(key, word) })).sort((a, b) => a.edits - b.edits);
  const clear = near && near.edits <= word.length / 2 && (!next || next.edits > near.edits);
  return clear ? [near.i] : formKeys.map((_, i) => i);
}

function toFilters(selection: Selection): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = selection.get(key);
    if (values && values.size > 0) filters[key] = { any: [...values] };
  }
  return filters;
}

export interface SearchDeps {
  pagefind: () => Promise<PagefindSearch>;
  vocabulary: () => Promise<VocabularyIndex>;
}

/** Pagefind's results for `term`, each checked against the query; meta-only matches dropped. */
async function checkedResults(pf: PagefindSearch, term: string | null, filters: Record<string, { any: string[] }>, query: ParsedQuery): Promise<Checked[]> {
  const response = await pf.search(term, { filters });
  const results = (response?.results ?? []).filter((r) => term === null || r.words.length > 0);
  const read = async (result: PagefindResult) => {
    const d = await result.data();
    return check(d.url, d.meta['title'] ?? '', d.content, query, d.filters?.['name-kind']?.[0]);
  };
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

/** Answers one query. `selection` narrows the units (kind, topic, name kind). */
export async function answer(raw: string, selection: Selection, deps: SearchDeps): Promise<SearchAnswer> {
  const query = parseQuery(raw);
  if (query.words.length === 0) return { ...EMPTY };
  const pf = await deps.pagefind();
  const first = await search(pf, query, selection);
  if (first.missing.length === 0) return first;

  // Some words occur nowhere: offer the closest known words.
  const vocabulary = await deps.vocabulary();
  const corrections: Correction[] = [];
  const didYouMean: SearchAnswer['didYouMean'] = [];
  const words: QueryWord[] = query.words.map((word) => {
    if (!first.missing.includes(word.typed) || query.exact.includes(word.key)) return word;
    const { correction, candidates } = vocabulary.correct(word.key);
    if (correction) {
      corrections.push({ typed: word.typed, to: correction.word });
      return { typed: correction.word, key: correction.key };
    }
    if (candidates.length > 0) didYouMean.push({ typed: word.typed, candidates: candidates.map((c) => c.word) });
    return word;
  });
  const similarNames = first.missing
    .filter((typed) => !corrections.some((c) => c.typed === typed))
    .flatMap((typed) => vocabulary.similarNames(typed).map(({ slug, name, path }) => ({ slug, name, path })))
    .filter((n, i, all) => all.findIndex((m) => m.slug === n.slug) === i);
  const namesPath = vocabulary.vocabulary.pages.names;
  if (corrections.length === 0) return { ...first, didYouMean, similarNames, namesPath };
  const corrected = await search(pf, { ...query, words, phrases: query.phrases }, selection);
  return { ...corrected, corrections, didYouMean, similarNames, namesPath };
}

async function search(pf: PagefindSearch, query: ParsedQuery, selection: Selection): Promise<SearchAnswer> {
  const keys = query.words.map((w) => w.key);
  const typedOf = new Map(query.words.map((w) => [w.key, w.typed]));
  const filters = toFilters(selection);
  const filtered = Object.keys(filters).length > 0;
  const term = keys.join(' ');

  const all = await checkedResults(pf, term, {}, query);
  const full = (c: Checked) => c.holds.size === keys.length && c.phrases;
  const allUnits = all.filter((c) => c.kind.type === 'unit' && full(c));
  let units = filtered ? (await checkedResults(pf, term, filters, query)).filter((c) => c.kind.type === 'unit' && full(c)) : allUnits;
  const names = all.filter((c) => c.kind.type === 'name' && full(c));
  const topics = all.filter((c) => c.kind.type === 'topic' && full(c));
  const nameKinds = selection.get('name-kind');

  // Which words occur where: in a unit, only in a topic's words, nowhere.
  let partial = false;
  let holdsOf = new Map<string, Set<string>>(units.map((c) => [c.url, c.holds]));
  const inUnits = new Set<string>(allUnits.length > 0 ? keys : []);
  const inTopics = new Set<string>(topics.length > 0 ? keys : []);
  const namesFound = new Set<string>(names.length > 0 ? keys : []);
  const perWordTopics: Checked[] = [];
  if ((allUnits.length === 0 && keys.length > 1) || (filtered && units.length === 0)) {
    // No unit holds every word: each word alone, then rank by how many a unit holds.
    const byUrl = new Map<string, Checked>();
    holdsOf = new Map();
    for (const key of keys) {
      const single: ParsedQuery = { words: query.words.filter((w) => w.key === key), phrases: [], exact: [], dropped: 0 };
      const found = await checkedResults(pf, key, filters, single);
      for (const c of found.filter((r) => r.holds.has(key))) {
        if (c.kind.type === 'unit') {
          inUnits.add(key);
          byUrl.set(c.url, c);
          holdsOf.set(c.url, new Set([...(holdsOf.get(c.url) ?? []), key]));
        } else if (c.kind.type === 'topic') {
          inTopics.add(key);
          if (!perWordTopics.some((t) => t.url === c.url)) perWordTopics.push(c);
        } else {
          namesFound.add(key);
        }
      }
      if (filtered && !inUnits.has(key)) {
        // Filtered out is not missing: does the word occur anywhere?
        const anywhere = await checkedResults(pf, key, {}, single);
        if (anywhere.some((c) => c.kind.type === 'unit' && c.holds.has(key))) inUnits.add(key);
      }
    }
    const counted = (url: string) => [...(holdsOf.get(url) ?? [])].filter((key) => !COMMON_WORDS.has(key)).length;
    units = [...byUrl.values()].filter((c) => counted(c.url) > 0).sort((a, b) => (holdsOf.get(b.url)?.size ?? 0) - (holdsOf.get(a.url)?.size ?? 0));
    partial = keys.length > 1 && units.length > 0;
  }

  const listed = new Set(units.map((c) => c.url));
  const results: UnitResult[] = units.map((c) => ({
    id: (c.kind as { id: string }).id,
    title: c.title,
    ...presentUnit(c, keys),
    matched: keys.filter((key) => holdsOf.get(c.url)?.has(key)).map((key) => typedOf.get(key) ?? key),
  }));

  // A topic the query names: its units after those that hold the words.
  for (const topic of [...topics, ...perWordTopics]) {
    if (topic.kind.type !== 'topic') continue;
    const slug = topic.kind.slug;
    const none: ParsedQuery = { words: [], phrases: [], exact: [], dropped: 0 };
    let members = await checkedResults(pf, null, { ...filters, topic: { any: [slug] } }, none);
    if (filters['topic']) {
      // The reader's own topic filter holds too: units of both topics.
      const chosen = new Set((await checkedResults(pf, null, filters, none)).map((c) => c.url));
      members = members.filter((m) => chosen.has(m.url));
    }
    for (const member of members) {
      if (member.kind.type !== 'unit' || listed.has(member.url)) continue;
      listed.add(member.url);
      results.push({ id: member.kind.id, title: member.title, ...presentUnit(member, []), matched: [], about: { slug, title: topic.title } });
    }
  }

  const filteredOut = filtered ? allUnits.filter((c) => !units.some((u) => u.url === c.url)).length : 0;
  const topicList = [...topics, ...perWordTopics].map((t) => ({ slug: (t.kind as { slug: string }).slug, title: t.title, href: t.url }));
  return {
    ...EMPTY,
    words: query.words.map((w) => w.typed),
    units: results,
    filteredOut,
    partial,
    names: names
      .map((c) => ({ slug: (c.kind as { slug: string }).slug, title: c.title, kind: c.nameKind, href: c.url }))
      .filter((n) => !nameKinds || nameKinds.size === 0 || nameKinds.has(n.kind)),
    topics: topicList.filter((t, i) => topicList.findIndex((u) => u.slug === t.slug) === i),
    missing: keys.filter((k) => !inUnits.has(k) && !inTopics.has(k) && !namesFound.has(k)).map((k) => typedOf.get(k) ?? k),
    topicOnly: keys.filter((k) => !inUnits.has(k) && inTopics.has(k)).map((k) => typedOf.get(k) ?? k),
    dropped: query.dropped,
  };
}
