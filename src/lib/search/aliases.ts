/**
 * The alias records of the search index. Pagefind has no synonyms, so for each unit that
 * mentions a name by fewer than all its spellings, the build adds one custom record to the
 * index: its URL is the unit in the reading view ("/#recital-j", the form Pagefind gives the
 * reading view's own sub-results), its content the spellings the text lacks. Nothing is added
 * to any page: the reading view's weight stays as it is, and unit pages stay out of the index.
 *
 * The units are read from the built reading view (what Pagefind indexed), so "what the text
 * lacks" is measured against exactly the indexed text. Pure: HTML and registry in, records out.
 */
import * as cheerio from 'cheerio';
import { unitAliases } from '../editorial/names-links.ts';
import type { Registry } from '../editorial/names.ts';
import { openingWords } from '../resolution/units.ts';

export interface IndexedUnit {
  /** "recital-j" */
  id: string;
  /** "Recital J" */
  title: string;
  /** The unit's words, label and tools left out. */
  text: string;
}

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
 * The units of the built reading view (index.html): each article[id][data-pagefind-title],
 * its text with what Pagefind ignores (label, tools) left out and white space collapsed.
 */
export function readingViewUnits(html: string): IndexedUnit[] {
  const $ = cheerio.load(html);
  return $('article[id][data-pagefind-title]')
    .toArray()
    .map((article) => {
      const text = $(article).find('.unit-text').clone();
      text.find('[data-pagefind-ignore]').remove();
      return {
        id: $(article).attr('id') ?? '',
        title: $(article).attr('data-pagefind-title') ?? '',
        text: text.text().replace(/\s+/g, ' ').trim(),
      };
    });
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
