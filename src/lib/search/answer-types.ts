/** The shape of an answer to a query (answer.ts makes it, status.ts words it, the view shows it). */
import type { Segment } from './excerpt.ts';
import type { FilterKey } from './record-format.ts';

/** Filter key → chosen values (within a key any value; across keys all). */
export type Selection = ReadonlyMap<FilterKey, ReadonlySet<string>>;

/** Filter key → value → how many of the answer's units the value holds, the other keys' choices applied. */
export type FacetCounts = Record<FilterKey, Record<string, number>>;

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
  /** The unit's filter values (kind, topic, name-kind). */
  filters: Partial<Record<FilterKey, string[]>>;
}

export interface Correction {
  typed: string;
  /** As the text (or the registry) writes it: "Kozlov", "Бокаев". */
  to: string;
  /** A misspelling ("Kozolv"), or an inflected form of a registered name ("Бокаева"). */
  reason: 'spelling' | 'inflection';
}

export interface SearchAnswer {
  /** Words searched, as typed (after corrections: the corrected words). */
  words: string[];
  /** The units shown: those the filters keep. */
  units: UnitResult[];
  /** Units left out by the filters (0 without filters). */
  filteredOut: number;
  /** Per filter value, how many units it holds (the search page shows it and hides the empty ones). */
  facets: FacetCounts;
  /** True when no unit holds every word: units are ranked by how many they hold. */
  partial: boolean;
  /** Entity pages; `href` is Pagefind's URL (base path included). */
  names: { slug: string; title: string; kind: string; href: string }[];
  topics: { slug: string; title: string; href: string }[];
  /** Words nothing holds, not even a topic (as typed). */
  missing: string[];
  /** Words no unit holds but a topic's readers' words do ("jail"). */
  topicOnly: string[];
  /** Hyphenated words the text does not hold, searched as their parts ("anti-torture"). */
  split: { typed: string; parts: string[] }[];
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

export const EMPTY_FACETS = (): FacetCounts => ({ kind: {}, topic: {}, 'name-kind': {} });

export const EMPTY_ANSWER = (): SearchAnswer => ({
  words: [],
  units: [],
  filteredOut: 0,
  facets: EMPTY_FACETS(),
  partial: false,
  names: [],
  topics: [],
  missing: [],
  topicOnly: [],
  split: [],
  corrections: [],
  didYouMean: [],
  similarNames: [],
  namesPath: '',
  dropped: 0,
});
