/**
 * The filters of the search page, applied to an answer's units: within a key any chosen value,
 * across keys all. And the counts beside each checkbox: how many units a value would show,
 * the choices of the other keys applied (a value of the same key adds, it does not narrow).
 * Pure, no DOM.
 */
import { EMPTY_FACETS, type FacetCounts, type Selection, type UnitResult } from './answer-types.ts';
import { FILTER_KEYS, type FilterKey } from './record-format.ts';

type Filtered = Pick<UnitResult, 'filters'>;

/** Does the unit pass the chosen values of every key (but `except`)? */
export function passes(unit: Filtered, selection: Selection, except?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const chosen = selection.get(key);
    if (key === except || !chosen || chosen.size === 0) return true;
    return (unit.filters[key] ?? []).some((value) => chosen.has(value));
  });
}

export const isFiltered = (selection: Selection): boolean => [...selection.values()].some((values) => values.size > 0);

/** Per key and value, the units it would show. */
export function facetCounts(units: readonly Filtered[], selection: Selection): FacetCounts {
  const counts = EMPTY_FACETS();
  for (const key of FILTER_KEYS) {
    for (const unit of units) {
      if (!passes(unit, selection, key)) continue;
      for (const value of new Set(unit.filters[key] ?? [])) counts[key][value] = (counts[key][value] ?? 0) + 1;
    }
  }
  return counts;
}
