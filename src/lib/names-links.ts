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
 * The words, once each (case-insensitive), of every spelling of `entities`. A unit's own page
 * carries them as its only indexed content, so they must include the words the text already
 * has: a reader typing "Maks Bokaev" needs "Maks" and "Bokaev" in the same place.
 */
export function aliasWords(entities: readonly Entity[]): string[] {
  const words = new Map<string, string>();
  for (const entity of entities) {
    for (const spelling of spellingsOf(entity)) {
      for (const word of spelling.split(/[^\p{L}\p{N}/-]+/u)) {
        const key = word.toLowerCase();
        if (word && !words.has(key)) words.set(key, word);
      }
    }
  }
  return [...words.values()];
}
