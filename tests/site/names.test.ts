/**
 * The names layer on the built site: links in the reading view and on unit pages, the
 * /names/ pages, and search by every spelling, against the real Pagefind index the build
 * writes (the page imports <base>pagefind/pagefind.js and calls pagefind.search()).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { UNIT_NAMES } from '../fixtures/unit-names.ts';
import { launchBrowser, newContext, siteUrl, fetchHtml } from '../support/browser.ts';
import { resultsFor } from './search-support.ts';
import { units } from '../support/content.ts';

interface RegistryEntry {
  kind: string;
  name: string;
  text: string[];
  spellings?: string[];
  abbr?: Record<string, string>;
}
// Expectations come from the registry as written (plain YAML) and the hand-written table of
// which units name whom (tests/fixtures/unit-names.ts), not from the site's mention index.
const registry = Object.entries(parse(readFileSync('content/names.yaml', 'utf8')) as Record<string, RegistryEntry>).map(([slug, entry]) => ({ slug, ...entry }));
/** Every spelling of an entity: its name, its forms in the text, the other spellings, once each. */
const spellingsOf = (entity: RegistryEntry) => [...new Set([entity.name, ...entity.text, ...(entity.spellings ?? [])])];
/** entity slug → the units that mention it, in text order. */
const unitsNaming = (slug: string) => Object.keys(UNIT_NAMES).filter((id) => UNIT_NAMES[id].includes(slug));
const basePath = () => inject('basePath');
const unitPagePath = (id: string) => {
  const [kind, label] = id.split('-') as [string, string];
  return `${kind}s/${label}/`;
};

const html = fetchHtml;

describe('mentions in the text', () => {
  /** The links of a unit's text: "form → href", label left out. */
  const linksOf = ($: Awaited<ReturnType<typeof html>>, selector: string) =>
    $(`${selector} .unit-text a:not(.unit-label)`)
      .map((_, a) => `${$(a).text()} → ${$(a).attr('href')}`)
      .get();

  it('link the names of a unit in the reading view, without changing the text', async () => {
    const $ = await html('');
    for (const unit of units) {
      const text = $(`#${unit.id} .unit-text`).clone();
      text.find('.unit-label').remove();
      expect(text.text().trim(), unit.id).toBe(unit.text);
    }
    const names = (slug: string) => `${basePath()}names/${slug}/`;
    expect(linksOf($, '#recital-j')).toEqual([
      `protests against the land reform in 2016 → ${names('land-reform-protests-2016')}`,
      `Maks Bokayev → ${names('maks-bokayev')}`,
      `UN Working Group on Arbitrary Detention → ${names('un-working-group-on-arbitrary-detention')}`,
      `Maks Bokayev → ${names('maks-bokayev')}`,
      `Iskander Yerimbetov → ${names('iskander-yerimbetov')}`,
      `Mukhtar Dzhakishev → ${names('mukhtar-dzhakishev')}`,
    ]);
    expect(linksOf($, '#citation-2')).toEqual([`Enhanced Partnership and Cooperation Agreement → ${names('epca')}`, `EPCA → ${names('epca')}`]);
  });

  it('link the same names on every unit page as in the reading view', async () => {
    const reading = await html('');
    for (const unit of units) {
      const $ = await html(unitPagePath(unit.id));
      expect(linksOf($, '.unit-alone'), unit.id).toEqual(linksOf(reading, `#${unit.id}`));
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
      const found = unitsNaming(entity.slug);
      const [, mentionCount, unitCount] = /^(\d+) mentions? in (\d+) units?$/.exec(link.parent().find('.nm-count').text()) ?? [];
      expect(Number(unitCount), entity.slug).toBe(found.length);
      expect(Number(mentionCount), entity.slug).toBeGreaterThanOrEqual(found.length);
    }
  });

  it('gives each entity a page with its spellings and exactly the units that mention it', async () => {
    for (const entity of registry) {
      const $ = await html(`names/${entity.slug}/`);
      expect($('h1').text()).toBe(entity.name);
      expect($('.nm-spellings li').map((_, li) => $(li).text()).get()).toEqual(spellingsOf(entity));
      const listed = $('.nm-units > li').map((_, li) => $(li).attr('id')).get();
      expect(listed, entity.slug).toEqual(unitsNaming(entity.slug).map((id) => `in-${id}`));
      for (const unitId of unitsNaming(entity.slug)) {
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
    await page.goto(siteUrl('search/'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  // Which entity a spelling belongs to is the registry's (data written by hand), not the search code's.
  it('answers every registered spelling with the entity’s page among the names, and never says the text lacks it', { timeout: 240_000 }, async () => {
    const failures: string[] = [];
    for (const entity of registry) {
      const page_ = `${basePath()}names/${entity.slug}/`;
      for (const spelling of spellingsOf(entity)) {
        const shown = await resultsFor(page, spelling);
        const names = await page.$$eval('.search-name', (links) => links.map((a) => a.getAttribute('href')));
        if (/does not mention/.test(shown.note + shown.status)) failures.push(`"${spelling}" (${entity.slug}): says the text does not mention it`);
        else if (!names.includes(page_)) failures.push(`"${spelling}" (${entity.slug}): no ${page_} among the names (${names.join(', ')})`);
      }
    }
    expect(failures).toEqual([]);
  });
});
