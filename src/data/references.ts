/**
 * The documents the resolution cites (content/references.yaml), as pages read them from the
 * content layer, with the indexes pages need: by unit, by names entity.
 */
import { getCollection } from 'astro:content';
import { referencesOfUnit, type Reference } from '../lib/editorial/references.ts';
import { loadResolution } from './resolution.ts';

export interface References {
  /** Every cited document, in the file's order. */
  references: Reference[];
  /** unit id → the documents it cites, in the order its text names them. */
  byUnit: Map<string, Reference[]>;
  /** names entity slug → the documents that are that entity. */
  byEntity: Map<string, Reference[]>;
}

async function load(): Promise<References> {
  const [{ units }, entries] = await Promise.all([loadResolution(), getCollection('references')]);
  const references: Reference[] = entries.sort((a, b) => a.data.order - b.data.order).map(({ id, data: { order: _order, ...reference } }) => ({ slug: id, ...reference }));
  const byEntity = new Map<string, Reference[]>();
  for (const reference of references) if (reference.entity) byEntity.set(reference.entity, [...(byEntity.get(reference.entity) ?? []), reference]);
  return {
    references,
    byUnit: new Map(units.map((u) => [u.id, referencesOfUnit(references, u.id, u.text)])),
    byEntity,
  };
}

let cached: Promise<References> | undefined;

/** The references, read once and shared by every page of the build (afresh in dev). */
export function loadReferences(): Promise<References> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
