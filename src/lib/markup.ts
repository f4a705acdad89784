/**
 * The markup contract: the class and data-* names that components write and that client
 * scripts and tests read. Spelled once here, so that renaming one cannot silently break the
 * copy button, the search highlighter or a test.
 */

/** Class names. */
export const CLASS = {
  /** An <article> holding one unit (reading view and unit page). */
  unit: 'unit',
  /** The unit's text paragraph. */
  unitText: 'unit-text',
  /** The printed label ("A.", "4.") before a unit's text; a link to the unit in the reading view. */
  unitLabel: 'unit-label',
  /** The unit's tools: its page, copy link. */
  unitTools: 'unit-tools',
  /** A "Copy link" button, revealed by src/scripts/copy-link.ts. */
  copyLink: 'copy-link',
  /** Hidden from view, read by screen readers. */
  visuallyHidden: 'vh',
  /** The preamble formula ("The European Parliament,"). */
  formula: 'formula',
  /** A section of the reading view (citations, recitals, paragraphs). */
  part: 'part',
} as const;

/** data-* attributes, as written in HTML. */
export const DATA = {
  /** On every element whose text is the source's own words: the fidelity test reads exactly these. */
  sourceText: 'data-source-text',
  /** On a Copy link button: the path (relative to the base) it copies. */
  copyLink: 'data-copy-link',
  /** Pagefind: keep this element's text out of the index. */
  pagefindIgnore: 'data-pagefind-ignore',
  /** Pagefind: an element with an id and this title is its own search sub-result. */
  pagefindTitle: 'data-pagefind-title',
  /** Pagefind: the part of the page that is indexed. */
  pagefindBody: 'data-pagefind-body',
} as const;

/** The same data-* names as DOM dataset keys ("data-copy-link" → "copyLink"). */
export function datasetKey(attribute: string): string {
  return attribute.replace(/^data-/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
