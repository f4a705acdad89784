/**
 * The format of the search index's records (records.ts writes them at build), read back by
 * the search client: the separators, the filter keys, and the readers. Browser-side code
 * imports this module, not records.ts, which brings the build's address and editorial modules.
 * Pure, no DOM.
 */
import type { Token } from './normalise.ts';

/** Between the text and each name group of a unit record. */
export const GROUP_SEPARATOR = ' ¶ ';
/** Between a name group's text forms and its other spellings. */
export const FORMS_SEPARATOR = ' = ';
/** Between two spellings: a phrase never runs from one spelling into the next. */
export const SPELLING_SEPARATOR = ' | ';
export const SEPARATORS = [GROUP_SEPARATOR, FORMS_SEPARATOR, SPELLING_SEPARATOR].map((s) => s.trim());

/** Pagefind filter keys; also the search page's URL parameters (?kind=recital&topic=torture). */
export const FILTER_KEYS = ['kind', 'topic', 'name-kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The token is the word `key`, or ends with it whole-part ("Nazarbayev’s" is "nazarbayev"). */
export function sameWord(token: Token | undefined, key: string): boolean {
  return token !== undefined && (token.key === key || token.parts[0] === key);
}

/** A unit record's content read back: the text, and each name group (the text's forms, the other spellings). */
export interface UnitContent {
  text: string;
  groups: { forms: string[]; spellings: string[] }[];
}

export function readUnitContent(content: string): UnitContent {
  const [text = '', ...groups] = content.split(GROUP_SEPARATOR);
  return {
    text,
    groups: groups.map((group) => {
      const [forms = '', spellings = ''] = group.split(FORMS_SEPARATOR);
      return { forms: forms.split(SPELLING_SEPARATOR), spellings: spellings.split(SPELLING_SEPARATOR) };
    }),
  };
}

/** Every spelling a name or topic record holds. */
export function readSpellings(content: string): string[] {
  return content.split(SPELLING_SEPARATOR);
}

/** What a record's URL says it is (Pagefind's URL, base path included or not). */
export type RecordKind = { type: 'unit'; id: string } | { type: 'name'; slug: string } | { type: 'topic'; slug: string };

export function recordKind(url: string): RecordKind | undefined {
  const unit = /#([a-z]+-[a-z0-9]+)$/.exec(url);
  if (unit?.[1]) return { type: 'unit', id: unit[1] };
  const name = /\/names\/([a-z0-9-]+)\/$/.exec(url);
  if (name?.[1]) return { type: 'name', slug: name[1] };
  const topic = /\/topics\/([a-z0-9-]+)\/$/.exec(url);
  if (topic?.[1]) return { type: 'topic', slug: topic[1] };
  return undefined;
}
