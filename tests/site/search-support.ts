/**
 * Helpers for the search tests: the units as the built reading view prints them (the source
 * of every expected answer), and a /search/ page to type queries into.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

export interface BuiltUnit {
  id: string;
  title: string;
  /** The unit's words as a reader sees them, label left out. */
  text: string;
}

/** Every unit of the built reading view: article[id][data-pagefind-title], label and tools left out. */
export function builtUnits(): BuiltUnit[] {
  const $ = cheerio.load(readFileSync(join(inject('siteDir'), 'index.html'), 'utf8'));
  return $('article[id][data-pagefind-title]')
    .toArray()
    .map((article) => {
      const unit = $(article).clone();
      unit.find('[data-pagefind-ignore]').remove();
      return { id: unit.attr('id') ?? '', title: unit.attr('data-pagefind-title') ?? '', text: unit.text().replace(/\s+/g, ' ').trim() };
    });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');

/** The query's quoted phrases and loose words, as a reader means them. */
export function queryParts(query: string): { phrases: string[][]; words: string[] } {
  const phrases = [...query.matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? '').split(/\s+/));
  const words = query.replace(/"[^"]*"/g, ' ').split(/\s+/).filter(Boolean);
  return { phrases, words };
}

/** Does `text` contain every word of the query as a whole word, and every phrase word for word? */
export function containsQuery(text: string, query: string): boolean {
  const { phrases, words } = queryParts(query);
  return (
    words.every((word) => wordPattern(escape(word)).test(text)) &&
    phrases.every((phrase) => wordPattern(phrase.map(escape).join('\\s+')).test(text))
  );
}

/**
 * A loose bound for stemming and prefix matches: each query word's first letters (at most 4)
 * begin some word of the text. A unit that fails it was matched by something other than its words.
 */
export function resemblesQuery(text: string, query: string): boolean {
  const { phrases, words } = queryParts(query);
  return [...words, ...phrases.flat()].every((word) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word.slice(0, 4))}`, 'iu').test(text));
}

/** Types `query` into the search page's field and returns the unit ids of the results, in order. */
export async function resultsFor(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-page-q');
  await input.fill(query);
  await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`“${q}”`), query);
  return page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLElement).dataset['unit'] ?? ''));
}
