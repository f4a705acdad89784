/**
 * What the frame of every page shows of the document — the head's metadata, the header, the
 * footer, the print colophon — read once per build. Each route loads it and passes it to Base,
 * which hands each part what it renders: no component of the frame loads data for itself.
 */
import type { DocumentRecord } from '../lib/record/schema.ts';
import type { ResolutionMeta } from '../lib/resolution/schema.ts';
import { loadRecord } from './record.ts';
import { loadResolution } from './resolution.ts';

export interface SiteData {
  /** The document's id, which names its downloads ("b8-0205-2019"). */
  documentId: string;
  /** What the text says of itself: reference, title as printed, procedure, language. */
  meta: ResolutionMeta;
  /** What happened to it, with sources (content/record.yaml). */
  record: DocumentRecord;
}

export async function loadSite(): Promise<SiteData> {
  const [{ id, meta }, record] = await Promise.all([loadResolution(), loadRecord()]);
  return { documentId: id, meta, record };
}
