/**
 * Where a unit stands in the whole: its neighbours and its place in its section.
 * Pure; used by the unit pages.
 */
import type { Unit } from './units.ts';

export interface UnitPlace {
  unit: Unit;
  previous?: Unit;
  next?: Unit;
  /** How many units its section has. */
  sectionSize: number;
  /** "Paragraph 4 of 12". */
  placeText: string;
}

/** The place of the unit `id` among `units` (in reading order). */
export function placeOf(units: readonly Unit[], id: string): UnitPlace {
  const index = units.findIndex((u) => u.id === id);
  const unit = units[index];
  if (!unit) throw new Error(`No unit with the anchor "${id}"`);
  const sectionSize = units.filter((u) => u.kind === unit.kind).length;
  return {
    unit,
    previous: units[index - 1],
    next: units[index + 1],
    sectionSize,
    placeText: `${unit.title} of ${sectionSize}`,
  };
}
