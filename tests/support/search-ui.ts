/**
 * Finds the site's search UI, whatever shape it takes: a search field in the page's banner or
 * in a search landmark (<search>, role="search"). Tests use it to exercise search where it
 * exists; tests that require search check for the Pagefind index and fail loudly without it.
 */
import type { Locator, Page } from 'playwright-core';

const FIELD = [
  'header input[type="search"]',
  'search input[type="search"]',
  '[role="search"] input[type="search"]',
  'header input[name="q"]',
  'search input',
  '[role="search"] input',
].join(', ');

/** The first visible search field on the page, or undefined. */
export async function searchField(page: Page): Promise<Locator | undefined> {
  const fields = page.locator(FIELD);
  for (let i = 0; i < (await fields.count()); i += 1) {
    const field = fields.nth(i);
    if (await field.isVisible()) return field;
  }
  return undefined;
}

/** Links to units of the reading view or to unit pages: what search results point at. */
export const RESULT_LINK = /(#(citation|recital|paragraph)-[\w-]+$)|\/(citations|recitals|paragraphs)\/[\w-]+\/$/;
