/**
 * The search vocabulary (/search/vocabulary.json): every word of the text, every spelling of
 * the name registry and every topic word, written at build and fetched by the search client
 * only when a query word finds nothing (to offer the closest word) or when the search page
 * draws its filters. Also the filters' labels, in the order the page shows them.
 *
 * Misspellings are matched with fastest-levenshtein: one edit for words of 4–5 letters, two
 * for longer ones, never a change of the first letter (so "Tokayev" is not taken for
 * "Bokayev"), and a second edit only when the last letter agrees too ("Merkel" is not
 * "market"), and never a known word the reader typed past ("Almaty" is not "Almat"). A word that occurs is never corrected: the client asks only about misses.
 * Pure, no DOM; loaded in the browser, so it imports nothing of the build (vocabulary-build.ts
 * writes the file).
 */
import { distance } from 'fastest-levenshtein';
import { InflectionIndex } from './inflection.ts';
import { normaliseWord, tokenise } from './normalise.ts';

/**
 * Where the build writes the vocabulary, relative to the site's base: beside the search page
 * (the build checks it is under PAGES.search). Spelled here, not imported from addresses.ts,
 * so that the search code shares no chunk with other on-demand scripts (a shared chunk puts a
 * dependency map into the script every page loads).
 */
export const VOCABULARY_PATH = 'search/vocabulary.json';

export interface Vocabulary {
  /** The words of the text as first written (case kept), each once. */
  words: string[];
  /** [slug, name, kind, page path, ...every spelling] per entity, registry order. */
  names: string[][];
  /** [slug, title, ...words] per topic, taxonomy order. */
  topics: string[][];
  /** Filter key → [value, label] pairs, in the order the search page shows them. */
  filters: Record<string, [string, string][]>;
  /** Pages a miss points to, relative to the base. */
  pages: { names: string };
}

/** A word the vocabulary knows, and what it stands for. */
export interface Known {
  /** As written: "Bokayev", "Бокаев". */
  word: string;
  key: string;
  /** The text writes it (not only a registered spelling or a topic word). */
  inText: boolean;
  /** Slugs of the entities one of whose spellings holds it. */
  entities: string[];
}

/** The most edits a misspelling of a word this long may carry (two only between two long words). */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 6 ? 1 : 2;
}

/** The vocabulary, indexed for the client's questions. */
export class VocabularyIndex {
  readonly known = new Map<string, Known>();
  readonly entities = new Map<string, { slug: string; name: string; kind: string; path: string }>();

  constructor(readonly vocabulary: Vocabulary) {
    const add = (word: string, inText: boolean, entity?: string) => {
      for (const token of tokenise(word)) {
        // "Nazarbayev’s" also gives "Nazarbayev" (its first part), as the records read it.
        const first = token.parts[0];
        const forms: [string, string][] = [[token.key, token.word]];
        if (first && first.length > 1) forms.push([first, token.word.slice(0, first.length)]);
        for (const [key, written] of forms) {
          const known = this.known.get(key) ?? { word: written, key, inText: false, entities: [] };
          if (inText && !known.inText) Object.assign(known, { inText: true, word: written });
          if (entity && !known.entities.includes(entity)) known.entities.push(entity);
          this.known.set(key, known);
        }
      }
    };
    for (const word of vocabulary.words) add(word, true);
    for (const [slug = '', name = '', kind = '', path = '', ...spellings] of vocabulary.names) {
      this.entities.set(slug, { slug, name, kind, path });
      for (const spelling of spellings) add(spelling, false, slug);
    }
    for (const [, title = '', ...words] of vocabulary.topics) for (const word of [title, ...words]) add(word, false);
  }

  /**
   * The known words closest to a word that occurs nowhere, within the allowed edits, nearest
   * first; each with its distance.
   */
  closest(typed: string): { known: Known; edits: number }[] {
    const key = normaliseWord(typed);
    const max = allowedEdits([...key].length);
    if (max === 0) return [];
    const found: { known: Known; edits: number }[] = [];
    for (const known of this.known.values()) {
      if (known.key[0] !== key[0] || Math.abs(known.key.length - key.length) > max) continue;
      // A known word the reader typed past is not a misspelling of it ("Almaty" is not "Almat"):
      // the same rule that keeps "was" from answering "Washington".
      if (key.startsWith(known.key)) continue;
      const edits = distance(key, known.key);
      // "Beijing" is two edits from "being": too many for a five-letter word.
      if (edits === 0 || edits > Math.min(max, allowedEdits([...known.key].length))) continue;
      if (edits === 2 && known.key.at(-1) !== key.at(-1)) continue;
      found.push({ known, edits });
    }
    return found.sort((a, b) => a.edits - b.edits || Number(b.known.inText) - Number(a.known.inText) || a.known.key.localeCompare(b.known.key));
  }

  /**
   * The correction of a missed word: the nearest known word when every nearest candidate
   * stands for the same thing (one word, or spellings of one entity: "Bokaiev" → Bokayev, the
   * text's own form first); otherwise the candidates, for "Did you mean".
   */
  correct(typed: string): { correction?: Known; candidates: Known[] } {
    // A known word and more ("Nazarbayeva": Nazarbayev and an ending) is another word, not a slip.
    const key = normaliseWord(typed);
    if ([...this.known.keys()].some((known) => known.length >= 4 && key.startsWith(known))) return { candidates: [] };
    const closest = this.closest(typed);
    const best = closest.filter((c) => c.edits === closest[0]?.edits).map((c) => c.known);
    if (best.length === 0) return { candidates: [] };
    const [first] = best;
    const shared = first?.entities.find((slug) => best.every((k) => k.entities.includes(slug)));
    if (best.length === 1 || shared) {
      const inText = best.find((k) => k.inText) ?? first;
      return { correction: inText, candidates: best };
    }
    return { candidates: best.slice(0, 5) };
  }

  private inflections: InflectionIndex<Known> | undefined;

  /**
   * The registered name word a missed word is an inflected form of ("Бокаева" → Бокаев,
   * "Bokayeva" → Bokayev), in the script the reader typed, the text's own form first.
   */
  inflectionOf(typed: string): Known | undefined {
    this.inflections ??= new InflectionIndex([...this.known.values()].filter((k) => k.entities.length > 0).map((k) => [k.word, k]));
    const latin = /^[a-z]+$/.test(normaliseWord(typed));
    const found = this.inflections.of(typed).filter((k) => /^[a-z]+$/.test(k.key) === latin);
    return found.find((k) => k.inText) ?? found[0];
  }

  /** Names of the registry that look like a missed word (a looser bound: a third of its letters), nearest first. */
  similarNames(typed: string, limit = 3): { slug: string; name: string; kind: string; path: string }[] {
    const key = normaliseWord(typed);
    if ([...key].length < 4) return [];
    const scored = [...this.entities.values()].flatMap((entity) => {
      const spellings = this.vocabulary.names.find(([slug]) => slug === entity.slug)?.slice(4) ?? [];
      const tokens = [entity.name, ...spellings].flatMap((s) => tokenise(s)).filter((t) => t.key[0] === key[0]);
      const best = Math.min(...tokens.map((t) => distance(key, t.key)));
      return best <= Math.max(1, Math.floor(key.length / 3)) ? [{ entity, best }] : [];
    });
    return scored.sort((a, b) => a.best - b.best).slice(0, limit).map((s) => s.entity);
  }
}
