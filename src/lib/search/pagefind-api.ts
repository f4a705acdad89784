/**
 * The part of Pagefind's JS API (pagefind.js 1.6) that search uses, as types: the browser
 * hands in the real bundle (src/scripts/search-client.ts), the unit tests a fake.
 */
export interface PagefindSearch {
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  /** Word locations matched in the content; empty when only a meta value matched. */
  words: number[];
  data(): Promise<PagefindRecord>;
}

/** A record as Pagefind gives it back. */
export interface PagefindRecord {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
