/**
 * The names layer on the built site: links in the reading view and on unit pages, the
 * /names/ pages, and search by every spelling, against the real Pagefind index the build
 * writes (the page imports <base>pagefind/pagefind.js and calls pagefind.search()).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexMentions, readNameRegistry, registryMatcher, spellingsOf } from '../../src/lib/editorial/names.ts';
import { launchBrowser, newContext, siteUrl, fetchHtml } from '../support/browser.ts';
import { readSourceUnits } from '../unit/names-source.ts';

const registry = readNameRegistry();
const units = readSourceUnits();
const mentions = indexMentions(registry, units);
const match = registryMatcher(registry);
const basePath = () => inject('basePath');
const unitPagePath = (id: string) => {
  const [kind, label] = id.split('-') as [string, string];
  return `${kind}s/${label}/`;
};

const html = fetchHtml;

describe('mentions in the text', () => {
  it('link every outermost mention in the reading view, without changing the text', async () => {
    const $ = await html('');
    for (const unit of units) {
      const text = $(`#${unit.id} .unit-text`).clone();
      text.find('.unit-label').remove();
      expect(text.text().trim(), unit.id).toBe(unit.text);
      const links = $(`#${unit.id} .unit-text a:not(.unit-label)`);
      const expected = match(unit.text);
      expect(links.map((_, a) => $(a).attr('href')).get(), unit.id).toEqual(expected.map((m) => `${basePath()}names/${m.slug}/`));
      expect(links.map((_, a) => $(a).text()).get(), unit.id).toEqual(expected.map((m) => m.form));
    }
  });

  it('link the same mentions on every unit page', async () => {
    for (const unit of units) {
      const $ = await html(unitPagePath(unit.id));
      const links = $('.unit-alone .unit-text a');
      expect(links.map((_, a) => $(a).attr('href')).get(), unit.id).toEqual(match(unit.text).map((m) => `${basePath()}names/${m.slug}/`));
    }
  });

  it('expand every registered abbreviation with <abbr title>', async () => {
    const $ = await html('');
    const abbrs = $('.unit-text abbr')
      .map((_, a) => `${$(a).text()}=${$(a).attr('title')}`)
      .get();
    const expected = new Set(registry.flatMap((e) => Object.entries(e.abbr ?? {}).map(([k, v]) => `${k}=${v}`)));
    expect(new Set(abbrs)).toEqual(expected);
  });
});

describe('/names/', () => {
  it('lists every entity by kind with its mention count', async () => {
    const $ = await html('names/');
    for (const entity of registry) {
      const link = $(`#${entity.kind}`).parent().find(`a[href="${basePath()}names/${entity.slug}/"]`);
      expect(link.length, entity.slug).toBe(1);
      const found = mentions.get(entity.slug)!;
      const count = found.reduce((n, u) => n + u.mentions.length, 0);
      expect(link.parent().find('.nm-count').text(), entity.slug).toMatch(new RegExp(`^${count} mentions? in ${found.length} units?$`));
    }
  });

  it('gives each entity a page with its spellings and exactly the units that mention it', async () => {
    for (const entity of registry) {
      const $ = await html(`names/${entity.slug}/`);
      expect($('h1').text()).toBe(entity.name);
      expect($('.nm-spellings li').map((_, li) => $(li).text()).get()).toEqual(spellingsOf(entity));
      const listed = $('.nm-units > li').map((_, li) => $(li).attr('id')).get();
      expect(listed, entity.slug).toEqual(mentions.get(entity.slug)!.map((m) => `in-${m.unitId}`));
      for (const { unitId } of mentions.get(entity.slug)!) {
        expect($(`#in-${unitId} a[href="${basePath()}#${unitId}"]`).length, `${entity.slug} deep link to ${unitId}`).toBe(1);
        expect($(`#in-${unitId} mark`).length, `${entity.slug} marks in ${unitId}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('search by every spelling', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await page.goto(siteUrl(''));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Every URL a query lands on: pages and their sub-results, relative to the base. */
  async function landings(queries: string[]): Promise<Record<string, string[]>> {
    // A string, not a function: Vite would rewrite a function's import() for Node.
    return page.evaluate(`(async (queries, base) => {
      const pf = await import(base + 'pagefind/pagefind.js');
      const out = {};
      for (const q of queries) {
        const search = await pf.search(q);
        const data = await Promise.all(search.results.map((r) => r.data()));
        out[q] = data.flatMap((d) => [d.url, ...d.sub_results.map((s) => s.url)]);
      }
      return out;
    })(${JSON.stringify(queries)}, ${JSON.stringify(basePath())})`);
  }

  const unitUrl = (id: string) => `${basePath()}#${id}`;
  const isUnitPage = (url: string) => /^(citation|recital|paragraph)s\/[a-z0-9]+\/$/.test(url.slice(basePath().length));

  it('lands on every unit that mentions the entity, in the reading view, and on its page', async () => {
    const failures: string[] = [];
    for (const entity of registry) {
      const spellings = spellingsOf(entity);
      const results = await landings(spellings);
      const expected = mentions.get(entity.slug)!.map((m) => unitUrl(m.unitId));
      expect(expected.length, `${entity.slug} is mentioned`).toBeGreaterThan(0);
      for (const spelling of spellings) {
        const urls = results[spelling];
        const missing = expected.filter((url) => !urls.includes(url));
        if (missing.length) failures.push(`"${spelling}" (${entity.slug}) misses ${missing.join(', ')}`);
        if (!urls.includes(`${basePath()}names/${entity.slug}/`)) failures.push(`"${spelling}" does not find /names/${entity.slug}/`);
        const unitPages = urls.filter(isUnitPage);
        if (unitPages.length) failures.push(`"${spelling}" lands on unit pages ${unitPages.join(', ')}: they must not be indexed`);
      }
    }
    expect(failures).toEqual([]);
  });
});
