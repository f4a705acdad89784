/**
 * The search client: no DOM. Loads Pagefind's bundle when the reader starts to search, the
 * vocabulary only when a query needs it (a word found nowhere, or the search page's filters),
 * and answers queries one at a time (src/lib/search/answer.ts says how).
 */
import { answer, type PagefindSearch, type SearchAnswer, type Selection } from '../lib/search/answer.ts';
import { VOCABULARY_PATH, VocabularyIndex, type Vocabulary } from '../lib/search/vocabulary.ts';

export const BASE = import.meta.env.BASE_URL;

interface PagefindModule extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let pagefindReady: Promise<PagefindModule> | undefined;
let vocabularyReady: Promise<VocabularyIndex> | undefined;

export function loadPagefind(): Promise<PagefindModule> {
  pagefindReady ??= (async () => {
    // Pagefind's bundle is written after the build, under the site's base: not a module Vite knows.
    const bundle = `${BASE}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindModule;
    // No worker: the index is small and searches in milliseconds on the main thread; the
    // worker would be a second copy of Pagefind's code to fetch and start.
    await pagefind.options({ baseUrl: BASE, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  pagefindReady.catch(() => (pagefindReady = undefined));
  return pagefindReady;
}

export function loadVocabulary(): Promise<VocabularyIndex> {
  vocabularyReady ??= fetch(`${BASE}${VOCABULARY_PATH}`).then(async (response) => {
    if (!response.ok) throw new Error(`${VOCABULARY_PATH}: HTTP ${response.status}`);
    return new VocabularyIndex((await response.json()) as Vocabulary);
  });
  vocabularyReady.catch(() => (vocabularyReady = undefined));
  return vocabularyReady;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Answers `query` (narrowed by `selection`) once the searches before it are done: Pagefind
 * calls that overlap answer each other's queries. Undefined when `stale()` says a newer query
 * has come in the meantime.
 */
export function search(query: string, selection: Selection, stale: () => boolean = () => false): Promise<SearchAnswer | undefined> {
  const task = () => (stale() ? Promise.resolve(undefined) : answer(query, selection, { pagefind: loadPagefind, vocabulary: loadVocabulary }));
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
