/**
 * The search facets file (/search/facets.json): which units each filter value selects.
 * Pagefind's own filters are page-level and every unit lives on one page (/), so the search
 * interface filters sub-results by unit id on the client, from this file. Pure: the unit
 * kinds come from the unit model; more facets (topics, name kinds) are passed in.
 */
import { SECTIONS, kindTitle, type Unit } from '../resolution/units.ts';

export interface SearchFacetValue {
  /** As it appears in the URL: "?kind=recital". */
  value: string;
  /** As the reader sees it: "Recital". */
  label: string;
  /** The ids of the units this value selects, in reading order ("recital-a"). */
  units: string[];
}

export interface SearchFacet {
  /** The URL parameter: "kind", "topic". */
  id: string;
  /** The group's legend: "Unit kind". */
  label: string;
  values: SearchFacetValue[];
}

export interface SearchFacets {
  facets: SearchFacet[];
}

/** URL parameters the search page uses itself: a facet may not take them. */
const RESERVED_PARAMS = new Set(['q', 'highlight']);
const PARAM_PATTERN = /^[a-z][a-z0-9-]*$/;

/** The unit-kind facet: citation / recital / paragraph, in the order of the text. */
export function kindFacet(units: readonly Unit[]): SearchFacet {
  return {
    id: 'kind',
    label: 'Unit kind',
    values: SECTIONS.map(({ kind }) => ({
      value: kind,
      label: kindTitle(kind),
      units: units.filter((u) => u.kind === kind).map((u) => u.id),
    })),
  };
}

/**
 * All facets: unit kind first, then `extra` in the order given. Throws (failing the build)
 * when a facet id is not a usable URL parameter or repeats, a value repeats within its facet,
 * or a value names a unit that does not exist.
 */
export function buildSearchFacets(units: readonly Unit[], extra: readonly SearchFacet[] = []): SearchFacets {
  const facets = [kindFacet(units), ...extra];
  const known = new Set(units.map((u) => u.id));
  const ids = new Set<string>();
  for (const facet of facets) {
    if (!PARAM_PATTERN.test(facet.id) || RESERVED_PARAMS.has(facet.id)) {
      throw new Error(`Search facet id "${facet.id}" cannot be a URL parameter: use lower-case letters, digits and "-", not "q" or "highlight".`);
    }
    if (ids.has(facet.id)) throw new Error(`Search facet id "${facet.id}" is used twice: give each facet its own id.`);
    ids.add(facet.id);
    const values = new Set<string>();
    for (const value of facet.values) {
      if (values.has(value.value)) throw new Error(`Search facet "${facet.id}" has the value "${value.value}" twice.`);
      values.add(value.value);
      const unknown = value.units.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new Error(`Search facet "${facet.id}" value "${value.value}" names units that do not exist: ${unknown.join(', ')}.`);
      }
    }
  }
  return { facets };
}

/** The facet selections a URL carries: facet id → selected values (unknown ids and values are dropped). */
export function selectionFromParams(params: URLSearchParams, facets: readonly SearchFacet[]): Map<string, Set<string>> {
  const selection = new Map<string, Set<string>>();
  for (const facet of facets) {
    const allowed = new Set(facet.values.map((v) => v.value));
    const chosen = params.getAll(facet.id).filter((v) => allowed.has(v));
    if (chosen.length > 0) selection.set(facet.id, new Set(chosen));
  }
  return selection;
}

/**
 * Which unit ids a selection allows, or undefined when nothing is selected (everything goes).
 * Within a facet the values add up (recital OR paragraph); across facets they narrow (AND).
 */
export function allowedUnits(selection: ReadonlyMap<string, ReadonlySet<string>>, facets: readonly SearchFacet[]): Set<string> | undefined {
  let allowed: Set<string> | undefined;
  for (const facet of facets) {
    const chosen = selection.get(facet.id);
    if (!chosen || chosen.size === 0) continue;
    const units = new Set(facet.values.filter((v) => chosen.has(v.value)).flatMap((v) => v.units));
    allowed = allowed ? new Set([...allowed].filter((id) => units.has(id))) : units;
  }
  return allowed;
}
