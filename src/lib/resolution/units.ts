/**
 * The unit model of a resolution: its schema (the one definition: the content collection
 * validates with it, and its type is inferred from it), kinds, labels, titles. No Astro
 * runtime imports (astro/zod is plain zod). Anchors and URLs are in src/lib/addresses.ts; the
 * kinds and sections, which client scripts need without zod, in ./sections.ts.
 */
import { z } from 'astro/zod';
import { UNIT_KINDS, type UnitKind } from './sections.ts';

export { SECTIONS, sectionOf, UNIT_KINDS, type SectionId, type UnitKind } from './sections.ts';

/** A unit's anchor: "citation-1", "recital-a", "recital-ab", "paragraph-4" (src/lib/addresses.ts makes them). */
export const UNIT_ID_PATTERN = /^(?:citation-\d+|recital-[a-z]{1,2}|paragraph-\d+)$/;

export const unitIdSchema = z.string().regex(UNIT_ID_PATTERN, 'a unit is written as its anchor: "citation-1", "recital-a" or "paragraph-4"');

/** A mention of a registered name in a unit's text: text.slice(start, end) === form. */
export const unitMentionSchema = z
  .object({
    /** The entity's slug (content/names.yaml). */
    slug: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    form: z.string(),
  })
  .strict();

/** A lettered point of a paragraph ("(a) …;"): its letter, its anchor and its text, marker included. */
export const unitPointSchema = z
  .object({
    /** "a". */
    label: z.string().regex(/^[a-z]$/),
    /** "paragraph-4-a" (src/lib/addresses.ts). */
    id: z.string().regex(/^paragraph-\d+-[a-z]$/),
    /** "(a) to …;": a slice of the unit's text. */
    text: z.string().min(1),
  })
  .strict();

/**
 * A unit as every part of the site sees it — reading view, unit pages, search records,
 * citations, downloads: the one unit model, built once by the content loader and validated
 * by the units collection with this same schema.
 */
export const unitSchema = z
  .object({
    kind: z.enum(UNIT_KINDS),
    /** As written in the content: "1", "A". */
    label: z.string().min(1),
    /** Stable anchor in the reading view, e.g. "recital-a" (src/lib/addresses.ts). */
    id: unitIdSchema,
    /** "Recital A", "Paragraph 4". */
    title: z.string().min(1),
    /** The unit's text with its label left out, whitespace as in the source once joined. */
    text: z.string().min(1),
    /** 1-based position within its section. */
    position: z.number().int().positive(),
    /** The text as HTML: the source's words with the editorial links to names around them, label left out. */
    html: z.string().min(1),
    /** The mentions of registered names in `text`, nested ones included, in text order. */
    mentions: z.array(unitMentionSchema),
    /** The slugs of the entities it mentions, in registry order. */
    names: z.array(z.string()),
    /** The slugs of the topics it is tagged with, in taxonomy order (content/topics.yaml). */
    topics: z.array(z.string()),
    /** Its lettered points, in order; none for most units (src/lib/resolution/points.ts). */
    points: z.array(unitPointSchema),
  })
  .strict();

export type UnitMention = z.infer<typeof unitMentionSchema>;
export type UnitPoint = z.infer<typeof unitPointSchema>;
export type Unit = z.infer<typeof unitSchema>;

const KIND_TITLES: Record<UnitKind, string> = {
  citation: 'Citation',
  recital: 'Recital',
  paragraph: 'Paragraph',
};

/** "Citation" for "citation". */
export function kindTitle(kind: UnitKind): string {
  return KIND_TITLES[kind];
}

/** The kind a heading word names ("Recital" → "recital"), or undefined. */
export function kindFromTitle(word: string): UnitKind | undefined {
  return (Object.keys(KIND_TITLES) as UnitKind[]).find((kind) => KIND_TITLES[kind] === word);
}


/**
 * The label expected at a 1-based position: recitals are lettered A, B, … Z, then AA, AB, …
 * AZ, BA, … as in long Parliament texts; citations and paragraphs are numbered 1, 2, ….
 */
export function expectedLabel(kind: UnitKind, position: number): string {
  if (!Number.isInteger(position) || position < 1) throw new RangeError(`A unit position starts at 1, not ${position}`);
  if (kind !== 'recital') return String(position);
  const letter = (n: number) => String.fromCharCode(64 + n);
  return position <= 26 ? letter(position) : `${letter(Math.floor((position - 1) / 26))}${letter(((position - 1) % 26) + 1)}`;
}

/** The 1-based position a label stands for ("AB" → 28, "4" → 4), or undefined for a label of no sequence. */
export function labelPosition(kind: UnitKind, label: string): number | undefined {
  if (kind !== 'recital') return /^[1-9]\d*$/.test(label) ? Number(label) : undefined;
  if (!/^[A-Z]{1,2}$/.test(label)) return undefined;
  const value = (letter: string) => letter.charCodeAt(0) - 64;
  return label.length === 1 ? value(label) : value(label[0]) * 26 + value(label[1]);
}

/** "Recital A". */
export function unitTitle(kind: UnitKind, label: string): string {
  return `${kindTitle(kind)} ${label}`;
}

/**
 * "recital J", "paragraph 4": a unit named inside a sentence. The kind takes lower case as any
 * noun; the label keeps the case the text prints ("J."), whatever the sentence.
 */
export function unitInProse(kind: UnitKind, label: string): string {
  return `${kindTitle(kind).toLowerCase()} ${label}`;
}

/**
 * The label as the source prints it before the text: "A.", "4.".
 * Citations have none: the source sets them as an unlabelled list.
 */
export function printedLabel(kind: UnitKind, label: string): string | undefined {
  return kind === 'citation' ? undefined : `${label}.`;
}

/** The first words of a text, for descriptions and previews: at most `max` characters, cut at a word. */
export function openingWords(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 0 ? lastSpace : max).replace(/[,;:]$/, '')} …`;
}
