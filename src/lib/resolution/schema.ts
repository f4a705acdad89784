/**
 * The frontmatter of a resolution, validated once when content is loaded.
 * Strict: an unknown or misspelt key is an error, not a silently ignored field.
 */
import { z } from 'astro/zod';

const count = z.number().int().positive();

export const resolutionSchema = z
  .object({
    reference: z.string().regex(/^B\d-\d{4}\/\d{4}$/, 'a reference looks like "B8-0205/2019"'),
    procedure: z.string().regex(/^\d{4}\/\d{4}\([A-Z]{3}\)$/, 'a procedure looks like "2019/2610(RSP)"'),
    title: z.string().min(1),
    /** The site's short name for the document, in its header: "Human rights in Kazakhstan". Editorial, not the source's. */
    shortTitle: z.string().min(1),
    term: count,
    year: z.number().int().min(1952),
    language: z.string().regex(/^[a-z]{2}$/, 'a language is a two-letter code such as "en"'),
    sourceFile: z.string().min(1),
    counts: z.object({ citations: count, recitals: count, paragraphs: count }).strict(),
  })
  .strict();

export type ResolutionMeta = z.infer<typeof resolutionSchema>;
