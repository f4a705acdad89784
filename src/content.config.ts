import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { entitySchema, NAMES_FILE, parseNameRegistryForLoader } from './lib/editorial/names.ts';
import { parseRelationsForLoader, RELATIONS_FILE } from './lib/editorial/relations.ts';
import { resolutionSchema } from './lib/resolution/schema.ts';
import { parseTopicsForLoader, topicSchema, TOPICS_FILE } from './lib/editorial/topics.ts';
import { resolutionLoader } from './loaders/resolution-loader.ts';

// RESOLUTION_CONTENT_DIR lets the tests build the site from a fixture (malformed content).
const base = process.env.RESOLUTION_CONTENT_DIR ?? './content/resolution';

export const collections = {
  resolution: defineCollection({ loader: resolutionLoader(base, resolutionSchema), schema: resolutionSchema }),
  // The editorial layer: names, topics and relations. Their parsers fail with file, line and fix.
  names: defineCollection({ loader: file(NAMES_FILE, { parser: parseNameRegistryForLoader }), schema: entitySchema }),
  topics: defineCollection({ loader: file(TOPICS_FILE, { parser: parseTopicsForLoader }), schema: topicSchema }),
  relations: defineCollection({
    loader: file(RELATIONS_FILE, { parser: parseRelationsForLoader }),
    schema: z.object({ restsOn: z.array(z.string()), reasons: z.record(z.string(), z.string()) }).strict(),
  }),
};
