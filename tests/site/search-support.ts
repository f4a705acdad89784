/**
 * Helpers for the search tests: a /search/ page to type queries into, and what it shows.
 * Nothing here computes an expected answer: the tests write those by hand.
 */
import type { Page } from 'playwright-core';

/** What the search page shows for a query. */
export interface Shown {
  status: string;
  /** Corrections, "Did you mean", the way to the names. */
  note: string;
  /** The names pages the search offers (their addresses), in order. */
  names: string[];
  /** Unit ids of the results, in order. */
  units: string[];
  /** Per result, why it is listed ("about Trade unions", "1 of 2 words: bloggers"), "" when for all the words. */
  why: string[];
}

/** Types `query` into the search page's field and waits for its answer. */
export async function resultsFor(page: Page, query: string): Promise<Shown> {
  await page.fill('#search-page-q', query);
  const shown = query.replace(/\s+/g, ' ').trim();
  await page.waitForFunction((q) => document.querySelector('[data-search-answered]')?.getAttribute('data-search-answered') === q, shown);
  return page.evaluate(() => ({
    status: document.querySelector('.search-status')?.textContent ?? '',
    note: document.querySelector('.search-note')?.textContent ?? '',
    names: [...document.querySelectorAll('.search-name')].map((link) => link.getAttribute('href') ?? ''),
    units: [...document.querySelectorAll<HTMLElement>('.search-hit')].map((hit) => hit.dataset['unit'] ?? ''),
    why: [...document.querySelectorAll<HTMLElement>('.search-hit')].map((hit) => (hit.querySelector('.search-hit-why')?.textContent ?? '').replace(/^ · /, '')),
  }));
}

/** The ids, sorted: for comparing sets. */
export const sorted = (ids: readonly string[]) => [...ids].sort();
