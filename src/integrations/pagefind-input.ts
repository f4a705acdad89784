/**
 * The search index's input, as a build-only route (src/integrations/pagefind.ts injects it in
 * `astro build` only): the records (src/lib/search/records.ts) and the vocabulary
 * (src/lib/search/vocabulary-build.ts), derived from the content collections every page reads,
 * so the content pipeline runs once per build. The integration reads this file from the output,
 * hands the records to Pagefind, writes the vocabulary where the search client fetches it, and
 * deletes this file: it is never published.
 */
import type { APIRoute } from 'astro';
import { loadEditorial } from '../data/editorial.ts';
import { loadResolution } from '../data/resolution.ts';
import { PAGES } from '../lib/addresses.ts';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { buildVocabulary } from '../lib/search/vocabulary-build.ts';
import { VOCABULARY_PATH, type Vocabulary } from '../lib/search/vocabulary.ts';

/** What the route writes and the integration reads. */
export interface PagefindInput {
  /** The document's language (content/resolution/*.md), Pagefind's forceLanguage. */
  language: string;
  records: SearchRecord[];
  /** Where the vocabulary is published, relative to the output folder, and what it holds. */
  vocabulary: { path: string; data: Vocabulary };
}

export const GET: APIRoute = async () => {
  // The vocabulary's address is spelled in vocabulary.ts (see why there); it must lie beside the search page.
  if (!VOCABULARY_PATH.startsWith(PAGES.search)) throw new Error(`${VOCABULARY_PATH} must lie under ${PAGES.search}: see src/lib/search/vocabulary.ts.`);
  const [{ meta }, { units, registry, topics }] = await Promise.all([loadResolution(), loadEditorial()]);
  const input: PagefindInput = {
    language: meta.language,
    records: searchRecords(units, registry, topics),
    vocabulary: { path: VOCABULARY_PATH, data: buildVocabulary(units.map((u) => u.text), registry, topics) },
  };
  return new Response(JSON.stringify(input), { headers: { 'Content-Type': 'application/json' } });
};
