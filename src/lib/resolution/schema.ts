/**
 * The frontmatter of a resolution, validated once when content is loaded.
 * Strict: an unknown or misspelt key is an error, not a silently ignored field.
 */
import { z } from 'astro/zod';

const count = z.number().int().positive();

/**
 * The European Union's 24 official languages, a Parliament document's possible languages: the
 * two-letter code (ISO 639-1; <html lang>, Pagefind) → the three-letter one (ISO 639-2/T; Akoma Ntoso).
 */
export const LANGUAGES = {
  bg: 'bul', cs: 'ces', da: 'dan', de: 'deu', el: 'ell', en: 'eng', es: 'spa', et: 'est',
  fi: 'fin', fr: 'fra', ga: 'gle', hr: 'hrv', hu: 'hun', it: 'ita', lt: 'lit', lv: 'lav',
  mt: 'mlt', nl: 'nld', pl: 'pol', pt: 'por', ro: 'ron', sk: 'slk', sl: 'slv', sv: 'swe',
} as const;

export type Language = keyof typeof LANGUAGES;

export const resolutionSchema = z
  .object({
    // Any term: B8-0205/2019, B10-0123/2025.
    reference: z.string().regex(/^B\d{1,2}-\d{4}\/\d{4}$/, 'a reference looks like "B9-0123/2020": B, the term, a hyphen, four digits, a slash, the year'),
    procedure: z.string().regex(/^\d{4}\/\d{4}\([A-Z]{3}\)$/, 'a procedure looks like "2019/2610(RSP)"'),
    title: z.string().min(1),
    /** The site's short name for the document, in its header and as its site name. Editorial, not the source's. */
    shortTitle: z.string().min(1),
    documentType: z.string().min(1),
    author: z.string().min(1),
    term: count,
    year: z.number().int().min(1952),
    language: z.enum(Object.keys(LANGUAGES) as [Language, ...Language[]], { error: 'a language is the two-letter code of an official EU language, such as "en" or "fr"' }),
    sourceUrl: z.url(),
    sourceFile: z.string().min(1),
    counts: z.object({ citations: count, recitals: count, paragraphs: count }).strict(),
  })
  .strict();

export type ResolutionMeta = z.infer<typeof resolutionSchema>;
