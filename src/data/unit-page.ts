/**
 * What a unit's own page shows beside the unit: its place among the units, the documents it
 * cites and its editorial context (the units it rests on or that answer it, its names, its
 * topics). Computed by the route, once per page, and handed to the components as props.
 */
import type { Entity } from '../lib/editorial/names.ts';
import type { Reference } from '../lib/editorial/references.ts';
import { relationsOf } from '../lib/editorial/relations.ts';
import { topicsOfUnit, type Topic } from '../lib/editorial/topics.ts';
import { placeOf, type UnitPlace } from '../lib/resolution/navigation.ts';
import type { Unit } from '../lib/resolution/units.ts';
import { loadEditorial } from './editorial.ts';
import { loadReferences } from './references.ts';

/** Units listed beside this one, each with why it is listed (unit id → reason). */
export interface RelatedUnits {
  units: Unit[];
  reasons: Map<string, string>;
}

export interface UnitContext {
  /** The recitals and citations a paragraph rests on (content/relations.yaml), with the reasons. */
  restsOn: RelatedUnits;
  /** The paragraphs that rest on a recital or citation, with the reasons. */
  answeredBy: RelatedUnits;
  /** The names its text mentions, in registry order. */
  names: Entity[];
  topics: Topic[];
}

export interface UnitPageData {
  place: UnitPlace;
  /** The documents its text cites (content/references.yaml), in the order it names them. */
  cites: Reference[];
  context: UnitContext;
}

export async function loadUnitPage(unitId: string): Promise<UnitPageData> {
  const [{ units, relations, relationReasons, unitOrder, unitById, namesOfUnit, entityBySlug, topics }, { byUnit }] = await Promise.all([
    loadEditorial(),
    loadReferences(),
  ]);
  const { restsOn, answeredBy } = relationsOf(relations, unitId, unitOrder);
  const listed = (ids: string[], reason: (id: string) => string | undefined): RelatedUnits => ({
    units: ids.map((id) => unitById.get(id)!),
    reasons: new Map(ids.map((id) => [id, reason(id) ?? ''])),
  });
  return {
    place: placeOf(units, unitId),
    cites: byUnit.get(unitId) ?? [],
    context: {
      // A paragraph's grounds, with why it rests on each; a recital's or citation's answers, with why each answers it.
      restsOn: listed(restsOn, (ground) => relationReasons.get(unitId)?.get(ground)),
      answeredBy: listed(answeredBy, (paragraph) => relationReasons.get(paragraph)?.get(unitId)),
      names: (namesOfUnit.get(unitId) ?? []).map((slug) => entityBySlug.get(slug)!),
      topics: topicsOfUnit(topics, unitId),
    },
  };
}
