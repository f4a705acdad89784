/**
 * The kinds of unit and the sections they make, as plain data: client scripts reach them (through
 * src/lib/addresses.ts) without the unit schema's zod (./units.ts re-exports them).
 */

/** The kinds of unit, in the order the text gives their sections: the one list. */
export const UNIT_KINDS = ['citation', 'recital', 'paragraph'] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

/** The three sections, in the order the text gives them. */
export const SECTIONS = [
  { kind: 'citation', id: 'citations', title: 'Citations' },
  { kind: 'recital', id: 'recitals', title: 'Recitals' },
  { kind: 'paragraph', id: 'paragraphs', title: 'Paragraphs' },
] as const satisfies readonly { kind: UnitKind; id: string; title: string }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a kind belongs to. */
export function sectionOf(kind: UnitKind): (typeof SECTIONS)[number] {
  const section = SECTIONS.find((s) => s.kind === kind);
  if (!section) throw new Error(`No section for unit kind "${kind}"`);
  return section;
}
