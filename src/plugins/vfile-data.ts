/**
 * What our plugins hand each other and the loader on `file.data` (unified's way of passing
 * results along a pipeline), typed once.
 */
import type { ResolutionMeta } from '../lib/resolution/schema.ts';
import type { UnitKind, UnitMention } from '../lib/resolution/units.ts';

/** A unit as the structure plugin finds it, before any rendering. */
export interface UnitOutline {
  kind: UnitKind;
  label: string;
  /** 1-based place in its section. */
  position: number;
  /** Its anchor, "recital-a". */
  id: string;
  /** Its text, label left out, lines unwrapped. */
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    /** The validated frontmatter (remark-resolution-frontmatter). */
    meta: ResolutionMeta;
    /** The units in text order (remark-resolution-units). */
    units: UnitOutline[];
    /** The preamble formula's text (remark-resolution-units). */
    formula: string;
    /** unit id → the names mentioned in it, nested ones included, in text order (remark-link-names). */
    mentions: Record<string, UnitMention[]>;
    /** The sections' headings in text order, with the ids rehype-slug gave them (rehype-section-ids). */
    sections: { title: string; id: string }[];
    /** The HTML of the formula and of each unit's text, keyed by unit id; the formula under "formula" (rehype-unit-fragments). */
    fragments: Record<string, string>;
  }
}
