/**
 * The content collections, each with its loader and schema (src/content.config.ts hands them to Astro).
 * The resolution and its editorial layer (names, topics, relations) are read together by
 * src/loaders/content.ts into one unit model; each collection holds its part, validated by the
 * schemas below, and pages read them with getCollection/getEntry (through src/data/).
 *
 * This module and all it imports are loaded by Node itself (type stripping), not by Vite: see
 * src/content.config.ts. So it imports nothing that only Vite resolves (no `astro:` module, no
 * `?raw`, no import.meta.env): defineCollection comes from `astro/content/config`, the module
 * that `astro:content` re-exports it from.
 */
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { entitySchema } from '../lib/editorial/names.ts';
import { referenceFields } from '../lib/editorial/references.ts';
import { topicSchema } from '../lib/editorial/topics.ts';
import { recordSchema, RECORD_ID } from '../lib/record/schema.ts';
import { timelineEventSchema } from '../lib/record/timeline.ts';
import { documentSchema } from '../lib/resolution/schema.ts';
import { unitIdSchema, unitSchema } from '../lib/resolution/units.ts';
import { documentLoader, namesLoader, recordLoader, referencesLoader, relationsLoader, timelineLoader, topicsLoader, unitsLoader } from './collections.ts';

/** An entry's place in its file (or in the whole text, for units), from 0. */
const order = z.number().int().nonnegative();

export const collections = {
  resolution: defineCollection({ loader: documentLoader(), schema: documentSchema }),
  /** A unit in the collection: the one unit model, plus its place in the whole text. */
  units: defineCollection({ loader: unitsLoader(), schema: unitSchema.extend({ order }) }),
  names: defineCollection({ loader: namesLoader(), schema: entitySchema.extend({ order }) }),
  topics: defineCollection({ loader: topicsLoader(), schema: topicSchema.extend({ order }) }),
  relations: defineCollection({
    loader: relationsLoader(),
    schema: z.object({ restsOn: z.array(unitIdSchema), reasons: z.record(unitIdSchema, z.string().min(1)) }).strict(),
  }),
  references: defineCollection({ loader: referencesLoader(), schema: referenceFields.extend({ order }) }),
  // The document's record (facts from outside the text, with sources) and the timeline of the dates it mentions.
  // Read and checked with the rest of the content (src/loaders/content.ts), not by Astro's file()
  // loader, which logs a mistake and keeps serving the last good data.
  record: defineCollection({ loader: recordLoader(RECORD_ID), schema: recordSchema }),
  timeline: defineCollection({ loader: timelineLoader(), schema: timelineEventSchema.extend({ order }) }),
};
