/**
 * The editorial layer of the site — names, topics, relations — as pages read it from the
 * content layer, with the indexes pages need. Which units mention a name comes from the units
 * themselves (the mentions their text links), so pages and links always agree.
 */
import { getCollection } from 'astro:content';
import { indexMentions, type Entity, type UnitMentions } from '../lib/editorial/names.ts';
import type { RelationReasons, Relations } from '../lib/editorial/relations.ts';
import type { Topic } from '../lib/editorial/topics.ts';
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
  /** paragraph id → ground id → why the paragraph rests on it. */
  relationReasons: RelationReasons;
  unitOrder: string[];
}

async function load(): Promise<Editorial> {
  const [{ units }, names, topicEntries, relationEntries] = await Promise.all([
    loadResolution(),
    getCollection('names'),
    getCollection('topics'),
    getCollection('relations'),
  ]);
  const registry: Entity[] = names.sort((a, b) => a.data.order - b.data.order).map(({ id, data: { order: _order, ...entity } }) => ({ slug: id, ...entity }));
  const topics: Topic[] = topicEntries
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data: { order: _order, ...topic } }) => ({ slug: id, ...topic }));
  return {
    units,
    unitById: new Map(units.map((u) => [u.id, u])),
    registry,
    entityBySlug: new Map(registry.map((e) => [e.slug, e])),
    mentions: indexMentions(registry, units),
    namesOfUnit: new Map(units.map((u) => [u.id, u.names])),
    topics,
    relations: new Map(relationEntries.map((entry) => [entry.id, entry.data.restsOn])),
    relationReasons: new Map(relationEntries.map((entry) => [entry.id, new Map(Object.entries(entry.data.reasons))])),
    unitOrder: units.map((u) => u.id),
  };
}

let cached: Promise<Editorial> | undefined;

/** Names, topics and relations, read once and shared by every page of the build (afresh in dev). */
export function loadEditorial(): Promise<Editorial> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
