/**
 * The document's record (content/record.yaml) and its timeline (content/timeline.yaml), read
 * through the content layer once per build; the timeline checked against the units' text.
 */
import { getCollection, getEntry } from 'astro:content';
import { documentRecord, RECORD_ID, type DocumentRecord } from '../lib/record/schema.ts';
import { checkTimeline, type TimelineEvent } from '../lib/record/timeline.ts';
import { loadResolution } from './resolution.ts';

/** The record (who tabled the document, when, and what became of it, with sources) beside what its text says of itself. */
export async function loadRecord(): Promise<DocumentRecord> {
  const [entry, { meta }] = await Promise.all([getEntry('record', RECORD_ID), loadResolution()]);
  if (!entry) throw new Error(`content/record.yaml has no record: the "record" collection is empty.`);
  return documentRecord(entry.data, { reference: meta.reference, heading: meta.title, procedure: meta.procedure, language: meta.language });
}

/** The dated events of the text, oldest first; every date is in the text of its unit (or the build stops). */
export async function loadTimeline(): Promise<TimelineEvent[]> {
  const [entries, { units }] = await Promise.all([getCollection('timeline'), loadResolution()]);
  return checkTimeline(
    entries.map((entry) => ({ slug: entry.id, ...entry.data })),
    units,
  );
}
