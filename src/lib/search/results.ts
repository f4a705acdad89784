/**
 * From Pagefind's answers to the list the search interface shows. Pure, no DOM.
 *
 * The index holds three kinds of record (see src/integrations/pagefind.ts):
 * - the reading view (/), whose sub-results are its units ("/#recital-j");
 * - alias records, one per unit whose text lacks some spellings of the names it mentions
 *   (meta.unit; src/lib/search-aliases.ts): a hit on one is a hit on that unit;
 * - entity pages (/names/<slug>/, meta.entity and meta.kind): a small group of their own.
 * A unit found both in the text and by its aliases is one result.
 */
import { unitsMatching, type ParsedQuery } from './query.ts';
import { matchedWords } from './text.ts';

/** The part of Pagefind's result data we read (pagefind.js, result.data()). */
export interface PagefindPageData {
  url: string;
  content: string;
  /** Word locations of the matches in `content`, page-wide. */
  locations: number[];
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string; locations: number[]; anchor?: { id?: string } }[];
}

export interface TextPage {
  type: 'text';
  content: string;
  /** One per unit ("" for text before the first unit), in Pagefind's order. */
  subs: { id: string; title: string; excerpt: string; locations: number[] }[];
}
export interface AliasPage {
  type: 'alias';
  unit: string;
  title: string;
  content: string;
  locations: number[];
  opening: string;
  forms: Record<string, string[]>;
}
export interface NamePage {
  type: 'name';
  url: string;
  title: string;
  kind: string;
  slug: string;
}
export type ResultPage = TextPage | AliasPage | NamePage;

function parseForms(json: string | undefined): Record<string, string[]> {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string[]>) : {};
  } catch {
    return {};
  }
}

/**
 * Which kind of record a Pagefind result is, by its meta; undefined for an alias record or
 * entity page that matched only in its meta values (Pagefind searches those too: "J" would
 * find recital J's alias record by its title "Recital J", "C" any unit by its id).
 */
export function classifyPage(page: PagefindPageData): ResultPage | undefined {
  if ((page.meta['unit'] || page.meta['entity']) && page.locations.length === 0) return undefined;
  const { unit, entity, kind, title, opening, forms } = page.meta;
  if (unit) {
    return { type: 'alias', unit, title: title ?? unit, content: page.content, locations: page.locations, opening: opening ?? '', forms: parseForms(forms) };
  }
  if (entity) return { type: 'name', url: page.url, title: title ?? entity, kind: kind ?? '', slug: entity };
  return {
    type: 'text',
    content: page.content,
    subs: page.sub_results.map((sub) => ({ id: sub.anchor?.id ?? '', title: sub.title, excerpt: sub.excerpt, locations: sub.locations })),
  };
}

/**
 * Alias locations are shifted past every location of the reading view, so that a quoted
 * phrase never joins a word of the text to a word of the aliases.
 */
export const ALIAS_LOCATION_OFFSET = 1_000_000;

/** For one word's results: unit id -> where the word matched (text locations, then shifted alias locations). */
export function locationsByUnit(pages: readonly ResultPage[]): Map<string, number[]> {
  const byUnit = new Map<string, number[]>();
  const add = (id: string, locations: readonly number[]) => byUnit.set(id, [...(byUnit.get(id) ?? []), ...locations]);
  for (const page of pages) {
    if (page.type === 'text') for (const sub of page.subs) add(sub.id, sub.locations);
    else if (page.type === 'alias') add(page.unit, page.locations.map((l) => l + ALIAS_LOCATION_OFFSET));
  }
  return byUnit;
}

/** One unit that matches: what a result shows and where it leads. */
export interface UnitHit {
  /** The unit's anchor ("recital-j"), or "" for text outside the units (the document's title). */
  id: string;
  title: string;
  /** Escaped text with <mark> around matches (Pagefind's excerpt, or the unit's opening words). */
  excerpt: string;
  /** The words to highlight on arrival, as the text writes them (lower-cased). */
  highlight: string[];
}

/** An entity page that matches. */
export interface NameHit {
  slug: string;
  title: string;
  kind: string;
  /** Pagefind's URL, base path included. */
  url: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const words = (form: string) => form.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The units that hold every word of the query — in their text or in their aliases, a word
 * found either way counts — each once, in Pagefind's order for the whole query, then in the
 * order of the per-word answers; and the entity pages that match the whole query.
 * `perWord` has one entry per word of `query.words`.
 */
export function mergeResults(query: ParsedQuery, ranked: readonly ResultPage[], perWord: ReadonlyMap<string, readonly ResultPage[]>): { units: UnitHit[]; names: NameHit[] } {
  const byWord = new Map(query.words.map((word) => [word, locationsByUnit(perWord.get(word) ?? [])]));
  const matches = unitsMatching(query, byWord);
  const all = [...ranked, ...query.words.flatMap((word) => perWord.get(word) ?? [])];

  let content = '';
  const subs = new Map<string, TextPage['subs'][number]>();
  const aliases = new Map<string, AliasPage>();
  const order: string[] = [];
  for (const page of all) {
    if (page.type === 'text') {
      content = page.content; // one page holds the text: the reading view
      for (const sub of page.subs) {
        if (!subs.has(sub.id)) subs.set(sub.id, sub); // the whole query's excerpt first
        order.push(sub.id);
      }
    } else if (page.type === 'alias') {
      if (!aliases.has(page.unit)) aliases.set(page.unit, page);
      order.push(page.unit);
    }
  }

  const units = [...new Set(order)].flatMap((id): UnitHit[] => {
    const locations = matches.get(id);
    if (!locations) return [];
    const sub = subs.get(id);
    const alias = aliases.get(id);
    const inText = locations.filter((l) => l < ALIAS_LOCATION_OFFSET);
    const inAliases = locations.filter((l) => l >= ALIAS_LOCATION_OFFSET).map((l) => l - ALIAS_LOCATION_OFFSET);
    const highlight = new Set(matchedWords(content, inText));
    // A spelling the text lacks: mark the mention it stands for.
    if (alias) for (const word of matchedWords(alias.content, inAliases)) for (const form of alias.forms[word] ?? []) for (const w of words(form)) highlight.add(w);
    return [{ id, title: sub?.title ?? alias?.title ?? id, excerpt: sub?.excerpt ?? escapeHtml(alias?.opening ?? ''), highlight: [...highlight] }];
  });

  const names = new Map<string, NameHit>();
  for (const page of ranked) if (page.type === 'name' && !names.has(page.slug)) names.set(page.slug, { slug: page.slug, title: page.title, kind: page.kind, url: page.url });
  return { units, names: [...names.values()] };
}
