/**
 * The one resolution the site publishes, as pages read it from the content layer: its
 * validated metadata, its preamble formula and its units (the one unit model, in text order).
 */
import { getCollection } from 'astro:content';
import type { DocumentSection, ResolutionMeta } from '../lib/resolution/schema.ts';
import type { Unit } from '../lib/resolution/units.ts';
import { throwContentError } from './content-error.ts';

export interface Resolution {
  /** The document's id: its Markdown file's name without ".md"; the downloads are named after it. */
  id: string;
  meta: ResolutionMeta;
  /** The sections, with the anchors their headings got (rehype-slug), in text order. */
  sections: DocumentSection[];
  formula: { text: string; html: string };
  /** Every unit, in the order of the text. */
  units: Unit[];
}

async function load(): Promise<Resolution> {
  const [documents, entries] = await Promise.all([getCollection('resolution'), getCollection('units')]);
  const [document] = documents;
  if (!document || documents.length !== 1) {
    throw new Error(`Expected exactly one resolution in the content layer, found ${documents.length}.`);
  }
  const units = entries
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...unit }) => unit);
  return { id: document.id, meta: document.data.meta, sections: document.data.sections, formula: document.data.formula, units };
}

let cached: Promise<Resolution> | undefined;

/** The resolution, read once and shared by every page of the build. */
export function loadResolution(): Promise<Resolution> {
  // In dev the content can change between requests: read it afresh each time, unless a mistake waits to be fixed.
  if (import.meta.env.DEV) {
    throwContentError();
    return load();
  }
  cached ??= load();
  return cached;
}
