/**
 * A stand-in for Pagefind's JS API over hand-written records, for unit tests of answer()
 * without a browser. It behaves as Pagefind 1.6 does in the ways answer() relies on, and no
 * more: words are lower-cased, stripped of diacritics and (Latin ones) stemmed with Porter2,
 * as Pagefind stems English; a query word matches the index words that start with its stem;
 * every query word must match (AND); a word no index word starts with falls back to the
 * longest start it shares with one ("washington" → "was"); `search(null, { filters })` lists
 * the records the filters keep; a result's `words` are the positions matched.
 */
import { stem } from 'porter2';
import type { PagefindRecord, PagefindResult, PagefindSearch } from '../../src/lib/search/pagefind-api.ts';

const indexWord = (word: string) => {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return /^[a-z]+$/.test(plain) ? stem(plain) : plain;
};
const wordsOf = (content: string) => (content.match(/[\p{L}\p{N}]+/gu) ?? []).map(indexWord);

export class FakePagefind implements PagefindSearch {
  /** How many times search() was called (a miss should cost few). */
  calls = 0;
  private readonly index: { record: PagefindRecord; words: string[] }[];

  constructor(records: readonly PagefindRecord[]) {
    this.index = records.map((record) => ({ record, words: wordsOf(record.content) }));
  }

  private matching(term: string): string {
    let start = indexWord(term);
    while (start.length > 1 && !this.index.some((r) => r.words.some((w) => w.startsWith(start)))) start = start.slice(0, -1);
    return start;
  }

  search(term: string | null, options: { filters?: Record<string, { any: string[] }> } = {}): Promise<{ results: PagefindResult[] }> {
    this.calls += 1;
    const kept = this.index.filter(({ record }) => Object.entries(options.filters ?? {}).every(([key, { any }]) => (record.filters?.[key] ?? []).some((v) => any.includes(v))));
    const result = (entry: (typeof kept)[number], words: number[]): PagefindResult => ({ words, data: () => Promise.resolve(entry.record) });
    if (term === null) return Promise.resolve({ results: kept.map((entry) => result(entry, [])) });
    const starts = term.split(/\s+/).filter(Boolean).map((t) => this.matching(t));
    const results = kept.flatMap((entry) => {
      const at = starts.map((start) => entry.words.flatMap((w, i) => (w.startsWith(start) ? [i] : [])));
      return at.every((positions) => positions.length > 0) ? [result(entry, at.flat())] : [];
    });
    return Promise.resolve({ results });
  }
}
