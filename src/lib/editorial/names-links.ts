/**
 * How names meet pages and search: the path of an entity's page, and the aliases that make a
 * unit findable by every spelling of the names it mentions. Pure.
 */
import type { Unit } from '../resolution/units.ts';
import { indexMentions, spellingsOf, type Entity, type Registry } from './names.ts';

/** What alias spellings need of a unit. */
export type UnitLike = Pick<Unit, 'id' | 'text' | 'mentions'>;


const splitSpelling = (s: string) => s.split(/[^\p{L}\p{N}/-]+/u).filter(Boolean);
const textWords = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));

/**
 * The spellings of `entities` that the unit's `text` does not contain in full (the reading view
 * finds the others), each once (case-insensitive), in registry order. A spelling's words go
 * together — a reader typing "Maks Bokaev" needs "Maks" and "Bokaev" in the same place — so a
 * partly present spelling is kept whole.
 */
export function aliasSpellings(entities: readonly Entity[], text: string): string[] {
  const present = textWords(text);
  const spellings = new Map<string, string>();
  for (const entity of entities) {
    for (const spelling of spellingsOf(entity)) {
      if (splitSpelling(spelling).every((w) => present.has(w.toLowerCase()))) continue;
      if (!spellings.has(spelling.toLowerCase())) spellings.set(spelling.toLowerCase(), spelling);
    }
  }
  return [...spellings.values()];
}


/** What search needs to find a unit by the spellings its text lacks. */
export interface UnitAliases {
  unitId: string;
  /** The spellings the text lacks (see aliasSpellings), in registry order. */
  spellings: string[];
  /**
   * Lower-cased alias word -> the forms, as the text writes them, of the mentions it stands for
   * in this unit ("bokaev" -> ["Maks Bokayev"]): what to highlight when a reader typed the alias.
   */
  forms: Record<string, string[]>;
}

/**
 * For each unit (in the order given) that mentions an entity by fewer than all its spellings:
 * the missing spellings, and the text's forms each of their words stands for. Mentions are
 * the ones the unit carries (the reading view's links), nested ones included.
 */
export function unitAliases(registry: Registry, units: readonly UnitLike[]): UnitAliases[] {
  const mentions = indexMentions(registry, units);
  const result: UnitAliases[] = [];
  for (const unit of units) {
    const spellings = new Map<string, string>();
    const forms = new Map<string, Set<string>>();
    for (const entity of registry) {
      const here = mentions.get(entity.slug)?.find((m) => m.unitId === unit.id);
      if (!here) continue;
      for (const spelling of aliasSpellings([entity], unit.text)) {
        if (!spellings.has(spelling.toLowerCase())) spellings.set(spelling.toLowerCase(), spelling);
        for (const word of splitSpelling(spelling)) {
          const key = word.toLowerCase();
          const set = forms.get(key) ?? new Set<string>();
          for (const mention of here.mentions) set.add(mention.form);
          forms.set(key, set);
        }
      }
    }
    if (spellings.size > 0) {
      result.push({ unitId: unit.id, spellings: [...spellings.values()], forms: Object.fromEntries([...forms].map(([w, s]) => [w, [...s]])) });
    }
  }
  return result;
}
