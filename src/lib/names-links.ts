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
 * The words a unit's own page must carry so that every spelling of `entities` finds the unit:
 * the words, once each (case-insensitive), of each spelling that the unit's `text` does not
 * already contain in full (the reading view finds those). A spelling's words go together — a
 * reader typing "Maks Bokaev" needs "Maks" and "Bokaev" in the same place — so a partly
 * present spelling brings all its words.
 */
export function aliasWords(entities: readonly Entity[], text: string): string[] {
  const split = (s: string) => s.split(/[^\p{L}\p{N}/-]+/u).filter(Boolean);
  const present = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const words = new Map<string, string>();
  for (const entity of entities) {
    for (const spelling of spellingsOf(entity)) {
      const parts = split(spelling);
      if (parts.every((w) => present.has(w.toLowerCase()))) continue;
      for (const word of parts) if (!words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
    }
  }
  return [...words.values()];
}
