/**
 * Arrived on the search page by the header's Search link (phones) or "/": the reader came to
 * type. After every module has run, so that search-boot.ts hears the focus and loads the search
 * code. Part of the one page script (a page script of its own would be a second request).
 */
const SEARCH_PAGE_FIELD = 'search-page-q';

if (location.hash === `#${SEARCH_PAGE_FIELD}`) {
  document.addEventListener('DOMContentLoaded', () => document.getElementById(SEARCH_PAGE_FIELD)?.focus());
}
