import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolutionSchema } from './lib/schema.ts';

// RESOLUTION_CONTENT_DIR lets the tests build the site from a fixture (malformed content).
const base = process.env.RESOLUTION_CONTENT_DIR ?? './content/resolution';

export const collections = {
  resolution: defineCollection({ loader: glob({ pattern: '*.md', base }), schema: resolutionSchema }),
};
