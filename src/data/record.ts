/**
 * The document's record (content/record.yaml) and its timeline (content/timeline.yaml), read
 * through the content layer, where they were checked (the timeline against the units' text)
 * before any page is rendered.
 */
import { getCollection, getEntry } from 'astro:content';
import { RECORD_ID, type DocumentRecord } from '../lib/record/schema.ts';
import type { TimelineEvent } from '../lib/record/timeline.ts';
import { throwContentError } from './content-error.ts';

/** The record: who tabled the motion, when, and what became of it, with sources. */
export async function loadRecord(): Promise<DocumentRecord> {
  throwContentError();
  const entry = await getEntry('record', RECORD_ID);
  if (!entry) throw new Error(`content/record.yaml has no record: the "record" collection is empty.`);
  return entry.data;
}

/** The dated events of the text, oldest first; every date is in the text of its unit (or the build stops). */
export async function loadTimeline(): Promise<TimelineEvent[]> {
  throwContentError();
  const entries = await getCollection('timeline');
  return entries.sort((a, b) => a.data.order - b.data.order).map(({ id, data: { order: _order, ...event } }) => ({ slug: id, ...event }));
}
