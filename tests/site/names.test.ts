/**
 * The names layer on the built site: links in the reading view and on unit pages, and the
 * /names/ pages. Search by every spelling, against the real Pagefind index, is
 * search-spellings.test.ts's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { UNIT_NAMES } from '../fixtures/unit-names.ts';
import { fetchHtml, siteUrl } from '../support/browser.ts';
import { attr, attrs, innerHtml, one, selectAll, text, texts, textWithout, type Root } from '../support/html.ts';
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
/** Every spelling of an entity: its name, its forms in the text, the other spellings, once each (search-spellings.test.ts searches each). */
const spellingsOf = (entity: RegistryEntry) => [...new Set([entity.name, ...entity.text, ...(entity.spellings ?? [])])];
/** entity slug → the units that mention it, in text order. */
const unitsNaming = (slug: string) => Object.keys(UNIT_NAMES).filter((id) => UNIT_NAMES[id].includes(slug));
/**
 * Written by hand from the text: the units that name an entity only inside a longer registered
 * name ("UN" in "UN Working Group on Arbitrary Detention"). The longer name wins: the entity's page
 * does not count or list them, and says where they are.
 */
const INSIDE_ONLY: Record<string, string[]> = {
  'central-asia': ['citation-3', 'citation-5', 'recital-e'],
  'european-union': ['citation-3', 'citation-5', 'citation-6', 'recital-e'],
  kazakhstan: ['citation-6', 'citation-7', 'paragraph-12'],
  'united-nations': ['recital-j'],
  zhanaozen: ['recital-f', 'paragraph-4'],
};
/** entity slug → the units that name it in their own words, not only inside a longer name. */
const namedDirectly = (slug: string) => unitsNaming(slug).filter((id) => !(INSIDE_ONLY[slug] ?? []).includes(id));
const basePath = () => inject('basePath');
const unitPagePath = (id: string) => {
  const [kind, label] = id.split('-') as [string, string];
  return `${kind}s/${label}/`;
};

const html = fetchHtml;

describe('mentions in the text', () => {
  /** The links of a unit's text: "form → href", label left out. */
  const linksOf = (page: Root, selector: string) => selectAll(`${selector} .unit-text a:not(.unit-label)`, page).map((a) => `${text(a)} → ${attr(a, 'href')}`);

  it('link each name once per unit in the reading view, without changing the text', async () => {
    const $ = await html('');
    for (const unit of units) {
      expect(textWithout(one(`#${unit.id} .unit-text`, $), '.unit-label').trim(), unit.id).toBe(unit.text);
    }
    const names = (slug: string) => `${basePath()}names/${slug}/`;
    expect(linksOf($, '#recital-j')).toEqual([
      `protests against the land reform in 2016 → ${names('land-reform-protests-2016')}`,
      `Maks Bokayev → ${names('maks-bokayev')}`,
      `UN Working Group on Arbitrary Detention → ${names('un-working-group-on-arbitrary-detention')}`,
      `Iskander Yerimbetov → ${names('iskander-yerimbetov')}`,
      `Mukhtar Dzhakishev → ${names('mukhtar-dzhakishev')}`,
    ]);
    expect(linksOf($, '#citation-2')).toEqual([`Enhanced Partnership and Cooperation Agreement → ${names('epca')}`]);
    // "EU-Kazakhstan": the EU is linked, Kazakhstan (joined to it by the hyphen) is not, so two links never touch.
    expect(linksOf($, '#paragraph-1')).toEqual([
      `government of Kazakhstan → ${names('government-of-kazakhstan')}`,
      `EU → ${names('european-union')}`,
      `EPCA → ${names('epca')}`,
      `Commission → ${names('european-commission')}`,
    ]);
    expect(text(one('#paragraph-1 .unit-text', $))).toContain('EU-Kazakhstan cooperation');
    // Recital J names Maks Bokayev twice: the second stays plain text, and is still counted on his page.
    const bokayev = await html('names/maks-bokayev/');
    expect(text(one('#recital-j .unit-text', $)).match(/Maks Bokayev/g)).toHaveLength(2);
    expect(texts('#in-recital-j mark', bokayev)).toEqual(['Maks Bokayev', 'Maks Bokayev']);
  });

  it('link an entity at most once in each unit, and never two links joined by a hyphen or slash', async () => {
    const $ = await html('');
    const units_ = selectAll('article.unit', $);
    expect(units_.length).toBe(units.length);
    const repeated = units_.flatMap((u) => {
      const hrefs = attrs('.unit-text a:not(.unit-label)', u, 'href');
      return hrefs.filter((h, i) => hrefs.indexOf(h) !== i).map((h) => `${attr(u, 'id')}: ${h}`);
    });
    expect(repeated).toEqual([]);
    // A link, then only "-" or "/", then another link: "EU-Kazakhstan" as two links.
    const html_ = selectAll('.unit-text', $).map(innerHtml).join('\n');
    expect(html_).toContain('</a>-Kazakhstan');
    expect(html_.match(/<\/a>[-/]<a\b[^>]*>[^<]*/g) ?? []).toEqual([]);
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
    const abbrs = selectAll('.unit-text abbr', $).map((a) => `${text(a)}=${attr(a, 'title')}`);
    const expected = new Set(registry.flatMap((e) => Object.entries(e.abbr ?? {}).map(([k, v]) => `${k}=${v}`)));
    expect(new Set(abbrs)).toEqual(expected);
  });
});

describe('/names/', () => {
  it('lists every entity by kind with its mention count', async () => {
    const $ = await html('names/');
    for (const entity of registry) {
      const href = `${basePath()}names/${entity.slug}/`;
      expect(selectAll(`:has(> #${entity.kind}) a[href="${href}"]`, $).length, entity.slug).toBe(1);
      const found = namedDirectly(entity.slug);
      const [, mentionCount, unitCount] = /^(\d+) mentions? in (\d+) units?$/.exec(texts(`:has(> #${entity.kind}) :has(> a[href="${href}"]) .nm-count`, $).join('')) ?? [];
      expect(Number(unitCount), entity.slug).toBe(found.length);
      expect(Number(mentionCount), entity.slug).toBeGreaterThanOrEqual(found.length);
    }
  });

  it('gives each entity a page with its spellings and exactly the units that mention it', async () => {
    for (const entity of registry) {
      const $ = await html(`names/${entity.slug}/`);
      expect(text(one('h1', $))).toBe(entity.name);
      expect(texts('.nm-spellings li', $)).toEqual(spellingsOf(entity));
      const listed = attrs('.nm-units > li', $, 'id');
      expect(listed, entity.slug).toEqual(namedDirectly(entity.slug).map((id) => `in-${id}`));
      for (const unitId of namedDirectly(entity.slug)) {
        expect(selectAll(`#in-${unitId} a[href="${basePath()}#${unitId}"]`, $).length, `${entity.slug} deep link to ${unitId}`).toBe(1);
        expect(selectAll(`#in-${unitId} mark`, $).length, `${entity.slug} marks in ${unitId}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('descriptions of people', () => {
  it('say as of when: the date the text was tabled', async () => {
    const $ = await html('names/iskander-yerimbetov/');
    expect(text(one('.nm-description', $))).toBe(
      'As of 12 March 2019, the text’s date: sentenced to seven years; the UN Working Group on Arbitrary Detention had recognised his deprivation of liberty as arbitrary.',
    );
    const notes = (await (await fetch(siteUrl('names/notes.json'))).json()) as Record<string, { description: string }>;
    expect(notes[`${basePath()}names/vladimir-kozlov/`]?.description).toBe('As of 12 March 2019, the text’s date: leader of the Alga! opposition party, released on parole.');
    // Not a person: no date, the line is about the text's own events.
    expect(notes[`${basePath()}names/afet-delegation/`]?.description).toMatch(/^Visited Kazakhstan on 17-19 September 2018/);
  });
});

describe('a longer name wins over the names inside it', () => {
  it('/names/united-nations/ does not count the “UN” of “UN Working Group on Arbitrary Detention”, and says where it is', async () => {
    const $ = await html('names/united-nations/');
    expect(text(one('#mentions + p', $))).toBe('2 mentions in 2 units.');
    expect(attrs('.nm-units > li', $, 'id')).toEqual(['in-recital-i', 'in-paragraph-9']);
    expect(text(one('.nm-inside', $)).replace(/\s+/g, ' ')).toBe('Also named inside a longer name, which counts as that name’s mention: UN Working Group on Arbitrary Detention in Recital J.');
    const list = await html('names/');
    expect(text(one(`:has(> a[href="${basePath()}names/united-nations/"]) .nm-count`, list))).toBe('2 mentions in 2 units');
  });
});
