/**
 * The document's record (content/record.yaml) and its timeline (content/timeline.yaml), read
 * through the content layer, where they were checked (the timeline against the units' text)
 * before any page is rendered.
 */
import { getCollection, getEntry } from 'astro:content';
import { documentRecord, RECORD_ID, type DocumentRecord } from '../lib/record/schema.ts';
import type { TimelineEvent } from '../lib/record/timeline.ts';
import { throwContentError } from './content-error.ts';
import { loadResolution } from './resolution.ts';

/** The record (who tabled the document, when, and what became of it, with sources) beside what its text says of itself. */
export async function loadRecord(): Promise<DocumentRecord> {
  throwContentError();
  const [entry, { meta }] = await Promise.all([getEntry('record', RECORD_ID), loadResolution()]);
  if (!entry) throw new Error(`content/record.yaml has no record: the "record" collection is empty.`);
  return documentRecord(entry.data, { reference: meta.reference, heading: meta.title, procedure: meta.procedure, language: meta.language });
}

/** The dated events of the text, oldest first; every date is in the text of its unit (or the build stops). */
export async function loadTimeline(): Promise<TimelineEvent[]> {
  throwContentError();
  const entries = await getCollection('timeline');
  return entries.sort((a, b) => a.data.order - b.data.order).map(({ id, data: { order: _order, ...event } }) => ({ slug: id, ...event }));
}
