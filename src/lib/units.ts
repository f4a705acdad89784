/**
 * The unit model of a resolution: kinds, labels, anchors and URLs.
 * Pure functions, no Astro imports: everything that names a unit goes through here,
 * so that an anchor or a URL is spelled in exactly one place (permalinks are a contract).
 */

export type UnitKind = 'citation' | 'recital' | 'paragraph';

/** The three sections, in the order the text gives them. */
export const SECTIONS = [
  { kind: 'citation', id: 'citations', title: 'Citations', opening: 'having regard to' },
  { kind: 'recital', id: 'recitals', title: 'Recitals', opening: 'whereas' },
  { kind: 'paragraph', id: 'paragraphs', title: 'Paragraphs', opening: 'operative part' },
] as const satisfies readonly { kind: UnitKind; id: string; title: string; opening: string }[];

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
 * The label expected at a 1-based position: recitals are lettered A, B, … Z;
 * citations and paragraphs are numbered 1, 2, ….
 */
export function expectedLabel(kind: UnitKind, position: number): string {
  if (kind === 'recital') {
    if (position < 1 || position > 26) throw new RangeError(`Recital position ${position} is outside A–Z`);
    return String.fromCharCode(64 + position);
  }
  return String(position);
}

/** "recital-a": the unit's anchor in the reading view. Never change: published. */
export function unitId(kind: UnitKind, label: string): string {
  return `${kind}-${label.toLowerCase()}`;
}

/** "recitals/a/": the unit's own page, relative to the site's base. Never change: published. */
export function unitPath(kind: UnitKind, label: string): string {
  return `${sectionOf(kind).id}/${label.toLowerCase()}/`;
}

/** "Recital A". */
export function unitTitle(kind: UnitKind, label: string): string {
  return `${kindTitle(kind)} ${label}`;
}

/**
 * The label as the source prints it before the text: "A.", "4.".
 * Citations have none: the source sets them as an unlabelled list.
 */
export function printedLabel(kind: UnitKind, label: string): string | undefined {
  return kind === 'citation' ? undefined : `${label}.`;
}

/** Joins the site's base ("/" or "/sub/") and a path relative to it ("recitals/a/"). */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

/** The first words of a text, for descriptions and previews: at most `max` characters, cut at a word. */
export function openingWords(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 0 ? lastSpace : max).replace(/[,;:]$/, '')} …`;
}
