/**
 * The alias records of the search index. Pagefind has no synonyms, so for each unit that
 * mentions a name by fewer than all its spellings, the build adds one custom record to the
 * index: its URL is the unit in the reading view ("/#recital-j", the form Pagefind gives the
 * reading view's own sub-results), its content the spellings the text lacks. Nothing is added
 * to any page: the reading view's weight stays as it is, and unit pages stay out of the index.
 *
 * The units come from the unit model (the same one the reading view prints), so "what the
 * text lacks" is measured against exactly the indexed text. Pure: units and registry in, records out.
 */
import { unitAliases } from '../editorial/names-links.ts';
import type { Registry } from '../editorial/names.ts';
import { openingWords, type Unit } from '../resolution/units.ts';

/** What a record needs of a unit (the unit model, src/lib/resolution/units.ts). */
export type IndexedUnit = Pick<Unit, 'id' | 'title' | 'text' | 'mentions'>;

/** Meta keys of an alias record, read back by the search interface (search-ui.ts). */
export interface AliasRecordMeta extends Record<string, string> {
  /**
   * "Recital J". Pagefind also matches queries against meta values (a result then has no
   * locations in its content): the search interface keeps only records matched in their content,
   * so "J" never finds recital J by this title.
   */
  title: string;
  /** The unit's anchor: results merge on it. */
  unit: string;
  /** The unit's opening words: the excerpt of a result found by an alias only. */
  opening: string;
  /** JSON: lower-cased alias word -> the forms the text writes for it (UnitAliases.forms). */
  forms: string;
}

/** The shape of Pagefind's addCustomRecord() argument that we use. */
export interface AliasRecord {
  url: string;
  content: string;
  language: 'en';
  meta: AliasRecordMeta;
}

/**
 * One record per unit with alias spellings. `url` is relative to the site's root, as Pagefind
 * writes its own URLs; the search client puts the base path in front (its baseUrl option).
 */
export function aliasRecords(registry: Registry, units: readonly IndexedUnit[]): AliasRecord[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return unitAliases(registry, units).map(({ unitId, spellings, forms }) => {
    const unit = byId.get(unitId)!;
    return {
      url: `/#${unitId}`,
      // Each spelling's words stay next to each other, so a quoted spelling matches; the
      // separator is a word of its own, so that no phrase runs from one spelling into the next.
      content: spellings.join(' | '),
      language: 'en',
      meta: { title: unit.title, unit: unitId, opening: openingWords(unit.text), forms: JSON.stringify(forms) },
    };
  });
}
