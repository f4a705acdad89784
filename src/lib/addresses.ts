/**
 * Every address the site publishes, in one place. Permalinks are a contract: an anchor or a
 * path written here, once published, never changes (content/permalinks.txt lists them all and
 * tests/site/permalinks.test.ts checks the build against it).
 *
 * Paths are relative to the site's base ("recitals/j/"); `href` and `withBase` put the base in
 * front. Pure: no Astro imports, so plugins, integrations, pages and tests share it.
 */
import { sectionOf, type UnitKind } from './resolution/sections.ts';

/** The site's fixed pages, relative to the base. */
export const PAGES = {
  home: '',
  about: 'about/',
  search: 'search/',
  names: 'names/',
  topics: 'topics/',
  map: 'map/',
  downloads: 'downloads/',
  references: 'references/',
} as const;

/** Anchors of the reading view and of /about/ that are published too. */
export const ANCHORS = {
  contents: 'contents',
  text: 'text',
  permalinks: 'permalinks',
  editorial: 'editorial',
} as const;

/** "recitals": the section's anchor in the reading view and the path segment of its unit pages. */
export function sectionSegment(kind: UnitKind): string {
  return sectionOf(kind).id;
}

/** "recital-a": the unit's anchor in the reading view. Never change: published. */
export function unitId(kind: UnitKind, label: string): string {
  return `${kind}-${label.toLowerCase()}`;
}

/** "paragraph-4-a": a lettered point's anchor (after its unit's, "paragraph-4"), in the reading view and on the unit's page. Never change: published. */
export function pointId(unitAnchor: string, point: string): string {
  return `${unitAnchor}-${point}`;
}

/** "recitals/a/": the unit's own page. Never change: published. */
export function unitPath(kind: UnitKind, label: string): string {
  return `${sectionSegment(kind)}/${label.toLowerCase()}/`;
}

/** "#recital-a" on the reading view: the unit in the whole text. */
export function unitInText(kind: UnitKind, label: string): string {
  return `${PAGES.home}#${unitId(kind, label)}`;
}

/** "#recitals" on the reading view: a section in the whole text. */
export function sectionInText(kind: UnitKind): string {
  return `${PAGES.home}#${sectionSegment(kind)}`;
}

/** "names/maks-bokayev/": an entity's page. Never change: published. */
export function entityPath(slug: string): string {
  return `${PAGES.names}${slug}/`;
}

/** "names/notes.json": each entity's name and one-line description, fetched when a reader points at a name. */
export const NAME_NOTES_PATH = `${PAGES.names}notes.json`;

/** "topics/torture/": a topic's page. Never change: published. */
export function topicPath(slug: string): string {
  return `${PAGES.topics}${slug}/`;
}

/** "references/#epca": a cited document on the references page. Never change: published. */
export function referencePath(slug: string): string {
  return `${PAGES.references}#${slug}`;
}

/** "map/#torture": a theme on the findings-and-demands map. */
export function mapThemePath(slug: string): string {
  return `${PAGES.map}#${slug}`;
}

/** Joins the site's base ("/" or "/sub/") and a path relative to it ("recitals/a/"). */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

/** The base Astro builds with (import.meta.env.BASE_URL), or "/" outside Vite (plain Node). */
const BUILD_BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** A link to `path` (relative to the base) on the site being built: "/sub/about/". */
export function href(path: string): string {
  return withBase(BUILD_BASE, path);
}

// The document in context (issue 10): the record's pages, downloads and share cards.

/** Pages about the document as a whole. */
export const RECORD_PAGES = {
  timeline: 'timeline/',
} as const;

/**
 * The parts of the site, in the order the footer lists them all; `inHeader` marks the four most
 * used, which the header keeps so that it fits a phone.
 */
export interface SitePart {
  path: string;
  label: string;
  inHeader: boolean;
}

export const SITE_PARTS: readonly SitePart[] = [
  { path: PAGES.home, label: 'Text', inHeader: true },
  { path: PAGES.names, label: 'Names', inHeader: true },
  { path: PAGES.topics, label: 'Topics', inHeader: true },
  { path: PAGES.map, label: 'Map', inHeader: false },
  { path: RECORD_PAGES.timeline, label: 'Timeline', inHeader: false },
  { path: PAGES.references, label: 'References', inHeader: false },
  { path: PAGES.downloads, label: 'Downloads', inHeader: false },
  { path: PAGES.about, label: 'About', inHeader: true },
];

/** "recitals/": the page listing a section's units (also reached as /recitals/ by hand). */
export function sectionIndexPath(kind: UnitKind): string {
  return `${sectionSegment(kind)}/`;
}

/**
 * "downloads/b8-0205-2019.txt": a download of the whole text or of its citation, named after the
 * document's id (its Markdown file's name) and the ending its format gives it
 * (src/lib/exports/formats.ts). Never change: published.
 */
export function downloadPath(documentId: string, extension: string): string {
  return `${PAGES.downloads}${documentId}.${extension}`;
}

/**
 * The share card (Open Graph image) of a page, from the page's path: "" → "cards/home.png",
 * "about/" → "cards/about.png", "recitals/j/" → "cards/recitals-j.png".
 */
export function shareCardPath(pagePath: string): string {
  const name = pagePath.replace(/\/$/, '').replaceAll('/', '-') || 'home';
  return `cards/${name}.png`;
}
