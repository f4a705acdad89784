/**
 * How names meet pages and search: the path of an entity's page, and the alias words that make
 * a unit findable by every spelling of the names it mentions. Pure.
 */
import { spellingsOf, type Entity } from './names.ts';

/** "names/maks-bokayev/": an entity's page, relative to the site's base. Never change: published. */
export function entityPath(slug: string): string {
  return `names/${slug}/`;
}

/**
 * The words, once each, of every spelling of `entities` that `text` does not already contain
 * (Pagefind matches words, so a word the text has is already found). Case-insensitive.
 */
export function aliasWords(entities: readonly Entity[], text: string): string[] {
  const present = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const words = new Map<string, string>();
  for (const entity of entities) {
    for (const spelling of spellingsOf(entity)) {
      for (const word of spelling.split(/[^\p{L}\p{N}/-]+/u)) {
        const key = word.toLowerCase();
        if (word && !present.has(key) && !words.has(key)) words.set(key, word);
      }
    }
  }
  return [...words.values()];
}
