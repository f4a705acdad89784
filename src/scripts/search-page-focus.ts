/**
 * Arrived on the search page by the header's Search link (phones) or "/": the reader came to
 * type. Imported last, so that search-boot.ts already listens for the focus and loads the search
 * code; the page is parsed by then (the page script runs after the first paint:
 * src/lib/page-script-loader.ts). Part of the one page script (a page script of its own would be
 * a second request).
 */
const SEARCH_PAGE_FIELD = 'search-page-q';

if (location.hash === `#${SEARCH_PAGE_FIELD}`) document.getElementById(SEARCH_PAGE_FIELD)?.focus();
