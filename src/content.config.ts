import { defineCollection } from 'astro:content';
import { resolutionSchema } from './lib/schema.ts';
import { resolutionLoader } from './loaders/resolution-loader.ts';

// RESOLUTION_CONTENT_DIR lets the tests build the site from a fixture (malformed content).
const base = process.env.RESOLUTION_CONTENT_DIR ?? './content/resolution';

export const collections = {
  resolution: defineCollection({ loader: resolutionLoader(base, resolutionSchema), schema: resolutionSchema }),
};
