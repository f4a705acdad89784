/**
 * The content collections. The resolution and its editorial layer (names, topics, relations)
 * are read together by src/loaders/content.ts into one unit model; each collection holds its
 * part, validated by the schemas below, and pages read them with getCollection/getEntry
 * (through src/data/).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { documentLoader, namesLoader, recordLoader, referencesLoader, relationsLoader, timelineLoader, topicsLoader, unitsLoader } from './loaders/collections.ts';
import { entitySchema } from './lib/editorial/names.ts';
import { referenceFields } from './lib/editorial/references.ts';
import { topicSchema } from './lib/editorial/topics.ts';
import { documentSchema } from './lib/resolution/schema.ts';
import { unitIdSchema, unitSchema } from './lib/resolution/units.ts';
import { recordSchema, RECORD_ID } from './lib/record/schema.ts';
import { timelineEventSchema } from './lib/record/timeline.ts';

/** A unit in the collection: the one unit model, plus its place in the whole text. */
const unitEntrySchema = unitSchema.extend({
  /** Place in the whole text, from 0. */
  order: z.number().int().nonnegative(),
});

export const collections = {
  resolution: defineCollection({
    loader: documentLoader(),
    schema: documentSchema,
  }),
  units: defineCollection({ loader: unitsLoader(), schema: unitEntrySchema }),
  names: defineCollection({ loader: namesLoader(), schema: entitySchema.extend({ order: z.number().int().nonnegative() }) }),
  topics: defineCollection({ loader: topicsLoader(), schema: topicSchema.extend({ order: z.number().int().nonnegative() }) }),
  relations: defineCollection({
    loader: relationsLoader(),
    schema: z.object({ restsOn: z.array(unitIdSchema), reasons: z.record(unitIdSchema, z.string().min(1)) }).strict(),
  }),
  references: defineCollection({ loader: referencesLoader(), schema: referenceFields.extend({ order: z.number().int().nonnegative() }) }),
  // The document's record (facts from outside the text, with sources) and the timeline of the dates it mentions.
  // Read and checked with the rest of the content (src/loaders/content.ts), not by Astro's file()
  // loader, which logs a mistake and keeps serving the last good data.
  record: defineCollection({ loader: recordLoader(RECORD_ID), schema: recordSchema }),
  timeline: defineCollection({ loader: timelineLoader(), schema: timelineEventSchema.extend({ order: z.number().int().nonnegative() }) }),
};
