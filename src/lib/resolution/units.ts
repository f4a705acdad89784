/**
 * The unit model of a resolution: kinds, labels, anchors and URLs.
 * Pure functions, no Astro imports: everything that names a unit goes through here,
 * so that an anchor or a URL is spelled in exactly one place (permalinks are a contract).
 */

export type UnitKind = 'citation' | 'recital' | 'paragraph';

/** The three sections, in the order the text gives them. */
export const SECTIONS = [
  { kind: 'citation', id: 'citations', title: 'Citations' },
  { kind: 'recital', id: 'recitals', title: 'Recitals' },
  { kind: 'paragraph', id: 'paragraphs', title: 'Paragraphs' },
] as const satisfies readonly { kind: UnitKind; id: string; title: string }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** A unit as the rest of the site sees it. */
export interface Unit {
  kind: UnitKind;
  /** As written in the content: "1", "A". */
  label: string;
  /** Stable anchor in the reading view, e.g. "recital-a". */
  id: string;
  /** "Recital A", "Paragraph 4". */
  title: string;
  /** The unit's text with its label left out, whitespace as in the source once joined. */
  text: string;
  /** 1-based position within its section. */
  position: number;
}

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

/** The section a kind belongs to. */
export function sectionOf(kind: UnitKind): (typeof SECTIONS)[number] {
  const section = SECTIONS.find((s) => s.kind === kind);
  if (!section) throw new Error(`No section for unit kind "${kind}"`);
  return section;
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
