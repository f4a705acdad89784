/**
 * The frontmatter of a resolution, validated once when content is loaded.
 * Strict: an unknown or misspelt key is an error, not a silently ignored field.
 */
import { z } from 'astro/zod';
import { UNIT_KINDS } from './units.ts';

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

/**
 * Each language as Open Graph's `og:locale` names it, with the EU country whose usage the
 * Parliament's text follows (British English, European Portuguese): not Intl's likeliest region.
 */
export const OPEN_GRAPH_LOCALES: Record<Language, string> = {
  bg: 'bg_BG', cs: 'cs_CZ', da: 'da_DK', de: 'de_DE', el: 'el_GR', en: 'en_GB', es: 'es_ES', et: 'et_EE',
  fi: 'fi_FI', fr: 'fr_FR', ga: 'ga_IE', hr: 'hr_HR', hu: 'hu_HU', it: 'it_IT', lt: 'lt_LT', lv: 'lv_LV',
  mt: 'mt_MT', nl: 'nl_NL', pl: 'pl_PL', pt: 'pt_PT', ro: 'ro_RO', sk: 'sk_SK', sl: 'sl_SI', sv: 'sv_SE',
};

export const resolutionSchema = z
  .object({
    // Any term: B8-0205/2019, B10-0123/2025.
    reference: z.string().regex(/^B\d{1,2}-\d{4}\/\d{4}$/, 'a reference looks like "B9-0123/2020" or "B10-0123/2025": B, the term, a hyphen, four digits, a slash, the year'),
    procedure: z.string().regex(/^\d{4}\/\d{4}\([A-Z]{3}\)$/, 'a procedure looks like "2019/2610(RSP)"'),
    title: z.string().min(1),
    /** The site's short name for the document, in its header and as its site name. Editorial, not the source's. */
    shortTitle: z.string().min(1),
    term: count,
    year: z.number().int().min(1952),
    language: z.enum(Object.keys(LANGUAGES) as [Language, ...Language[]], { error: 'a language is the two-letter code of an official EU language, such as "en" or "fr"' }),
    sourceFile: z.string().min(1),
    counts: z.object({ citations: count, recitals: count, paragraphs: count }).strict(),
  })
  .strict();

export type ResolutionMeta = z.infer<typeof resolutionSchema>;

/** A section of the text as the reading view shows it: its kind of unit, its anchor ("recitals") and its heading. */
export const documentSectionSchema = z.object({ kind: z.enum(UNIT_KINDS), id: z.string().min(1), title: z.string().min(1) }).strict();

/**
 * The document as the content collection holds it, the one definition: what the text says of
 * itself (frontmatter), its sections and its preamble formula (plain text and HTML). The units
 * are their own collection (src/lib/resolution/units.ts).
 */
export const documentSchema = z
  .object({
    meta: resolutionSchema,
    sections: z.array(documentSectionSchema).length(UNIT_KINDS.length),
    formula: z.object({ text: z.string().min(1), html: z.string().min(1) }).strict(),
  })
  .strict();

export type DocumentSection = z.infer<typeof documentSectionSchema>;
export type DocumentData = z.infer<typeof documentSchema>;
