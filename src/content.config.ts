/**
 * The content collections. The resolution and its editorial layer (names, topics, relations)
 * are read together by src/loaders/content.ts into one unit model; each collection holds its
 * part, validated by the schemas below, and pages read them with getCollection/getEntry
 * (through src/data/).
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { documentLoader, namesLoader, referencesLoader, relationsLoader, topicsLoader, unitsLoader } from './loaders/collections.ts';
import { entitySchema } from './lib/editorial/names.ts';
import { referenceFields } from './lib/editorial/references.ts';
import { topicSchema, unitIdSchema } from './lib/editorial/topics.ts';
import { resolutionSchema } from './lib/resolution/schema.ts';
import { parseRecordForLoader, recordSchema, RECORD_FILE } from './lib/record/schema.ts';
import { parseTimelineForLoader, timelineEventSchema, TIMELINE_FILE } from './lib/record/timeline.ts';

const unitSchema = z
  .object({
    kind: z.enum(['citation', 'recital', 'paragraph']),
    label: z.string(),
    id: unitIdSchema,
    title: z.string(),
    text: z.string().min(1),
    position: z.number().int().positive(),
    html: z.string().min(1),
    mentions: z.array(z.object({ slug: z.string(), start: z.number().int(), end: z.number().int(), form: z.string() }).strict()),
    names: z.array(z.string()),
    topics: z.array(z.string()),
    /** Place in the whole text, from 0. */
    order: z.number().int().nonnegative(),
  })
  .strict();

export const collections = {
  resolution: defineCollection({
    loader: documentLoader(),
    schema: z.object({ meta: resolutionSchema, formula: z.object({ text: z.string().min(1), html: z.string().min(1) }).strict() }).strict(),
  }),
  units: defineCollection({ loader: unitsLoader(), schema: unitSchema }),
  names: defineCollection({ loader: namesLoader(), schema: entitySchema.extend({ order: z.number().int().nonnegative() }) }),
  topics: defineCollection({ loader: topicsLoader(), schema: topicSchema.extend({ order: z.number().int().nonnegative() }) }),
  relations: defineCollection({
    loader: relationsLoader(),
    schema: z.object({ restsOn: z.array(unitIdSchema), reasons: z.record(unitIdSchema, z.string().min(1)) }).strict(),
  }),
  references: defineCollection({ loader: referencesLoader(), schema: referenceFields.extend({ order: z.number().int().nonnegative() }) }),
  // The document's record (facts from outside the text, with sources) and the timeline of the dates it mentions.
  record: defineCollection({ loader: file(RECORD_FILE, { parser: parseRecordForLoader }), schema: recordSchema }),
  timeline: defineCollection({ loader: file(TIMELINE_FILE, { parser: parseTimelineForLoader }), schema: timelineEventSchema }),
};
