/**
 * The markup contract: the class and data-* names that components write and that client
 * scripts and tests read. Spelled once here, so that renaming one cannot silently break the
 * copy button, the search highlighter or a test. Plain constants (not one object), so that a
 * client script's bundle carries only the names it uses.
 */

/** An <article> holding one unit (reading view), or the unit standing alone on its page. */
export const UNIT = 'unit';
/** The unit's text paragraph. */
export const UNIT_TEXT = 'unit-text';
/** The printed label ("A.", "4.") before a unit's text; a link to the unit in the reading view. */
export const UNIT_LABEL = 'unit-label';
/** On a unit's <article>: the unit as prose names it ("recital J"), for its tools' names and citation. */
export const UNIT_NAME_ATTRIBUTE = 'data-name';
/** The unit's tools: its page, Copy link. */
export const UNIT_TOOLS = 'unit-tools';
/** A "Copy link" button (src/scripts/unit-tools.ts). */
export const COPY_LINK = 'copy-link';
/** Hidden from view, read by screen readers. */
export const VISUALLY_HIDDEN = 'vh';
/** The preamble formula ("The European Parliament,"). */
export const FORMULA = 'formula';
/** A section of the reading view (citations, recitals, paragraphs). */
export const PART = 'part';
/** On <html> while the reader has the editorial links turned off (src/scripts/plain-text.ts). */
export const PLAIN_TEXT = 'plain-text';
/** Where the reader's Plain text choice is kept on their device (localStorage: "1" when on). */
export const PLAIN_TEXT_STORAGE_KEY = 'plain-text';
/** The "Plain text" switch. */
export const PLAIN_SWITCH = 'plain-switch';
/** The documents a unit cites ("Cites: …", under its text); hidden by the Plain text switch. */
export const UNIT_CITES = 'unit-cites';
/** A "Cite" button: copies the house-style citation of a unit or of the document (src/scripts/unit-tools.ts). */
export const CITE_COPY = 'cite-copy';


/** On every element whose text is the source's own words: the fidelity test reads exactly these. */
export const SOURCE_TEXT_ATTRIBUTE = 'data-source-text';
/** On a unit page's Copy link button: the path (relative to the base) it copies. */
export const COPY_LINK_ATTRIBUTE = 'data-copy-link';
/** On a Cite button of a unit page or /about/: the whole plain citation it copies. */
export const CITE_TEXT_ATTRIBUTE = 'data-cite-text';
/** On <body> of the reading view: the document's plain citation without its address, which Cite completes per unit. */
export const CITE_PREFIX_ATTRIBUTE = 'data-cite-prefix';
/** On the 404 page: the published page paths, space-separated, that a mistyped address may mean. */
export const PUBLISHED_PAGES_ATTRIBUTE = 'data-published-pages';
/** On the 404 page: where the link to the page a mistyped address means is shown. */
export const FORGIVING_LINK_ATTRIBUTE = 'data-forgiving-link';
/** On the 404 page: the list of one section's units, by the section's path segment ("paragraphs"). */
export const SECTION_UNITS_ATTRIBUTE = 'data-section-units';
/** On <html> once the page script has run (src/lib/page-script-loader.ts loads it after the first paint). */
export const PAGE_SCRIPT_RAN_ATTRIBUTE = 'data-scripted';
