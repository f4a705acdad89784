/**
 * The editorial layer of the site — names, topics, relations — read once per build and
 * checked against the units of the resolution (an unknown unit stops the build with file,
 * line and fix). The mention index is computed from the units' text with the same matcher
 * the reading view's links come from (src/lib/mentions.ts), so pages and links agree.
 */
import { indexMentions, readNameRegistry, type Entity, type UnitMentions } from '../lib/editorial/names.ts';
import { readRelations, type Relations } from '../lib/editorial/relations.ts';
import { readTopics, type Topic } from '../lib/editorial/topics.ts';
import type { Unit } from '../lib/resolution/units.ts';
import { loadResolution } from './resolution.ts';

export interface Editorial {
  units: Unit[];
  unitById: Map<string, Unit>;
  registry: readonly Entity[];
  entityBySlug: Map<string, Entity>;
  /** slug -> the units that mention the entity, in text order. */
  mentions: Map<string, UnitMentions[]>;
  /** unit id -> the slugs of the entities it mentions, in registry order. */
  namesOfUnit: Map<string, string[]>;
  topics: Topic[];
  relations: Relations;
  unitOrder: string[];
}

async function load(): Promise<Editorial> {
  const { units } = await loadResolution();
  const unitOrder = units.map((u) => u.id);
  const registry = readNameRegistry();
  const mentions = indexMentions(registry, units);
  const namesOfUnit = new Map<string, string[]>(units.map((u) => [u.id, []]));
  for (const entity of registry) {
    for (const { unitId } of mentions.get(entity.slug) ?? []) namesOfUnit.get(unitId)?.push(entity.slug);
  }
  return {
    units,
    unitById: new Map(units.map((u) => [u.id, u])),
    registry,
    entityBySlug: new Map(registry.map((e) => [e.slug, e])),
    mentions,
    namesOfUnit,
    topics: readTopics(undefined, unitOrder),
    relations: readRelations(undefined, unitOrder),
    unitOrder,
  };
}

let cached: Promise<Editorial> | undefined;

/** Names, topics and relations, loaded once and shared by every page of the build. */
export function loadEditorial(): Promise<Editorial> {
  cached ??= load();
  return cached;
}
