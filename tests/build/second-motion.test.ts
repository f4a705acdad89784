/**
 * A second motion, of another shape, built from tests/fixtures/second-motion/ with the same
 * code: a 10th-term reference, 3 citations, recitals A … AB, a paragraph with lettered points,
 * in French, its own names, topics, relations, timeline and record. One build, then every
 * feature checked on it; the expected values are written here by hand from the fixture.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsFor, sorted } from '../site/search-support.ts';
import { goTo, launchBrowser } from '../support/browser.ts';
import { buildFixture } from '../support/build-fixture.ts';
import { serveDirectory, type ServedSite } from '../support/serve-site.ts';

const FIXTURE = 'tests/fixtures/second-motion';
const work = mkdtempSync(join(tmpdir(), 'second-motion-'));
const outDir = join(work, 'dist');
let status: number | null = null;
let output = '';

const file = (path: string) => readFileSync(join(outDir, path), 'utf8');
const html = (path: string) => fromHtml(file(path));
const attribute = (path: string, selector: string, name: string) => String(select(selector, html(path))?.properties[name] ?? '');

beforeAll(() => {
  ({ status, output } = buildFixture({ work, env: { CONTENT_DIR: FIXTURE } }));
}, 200_000);

describe('a second motion, built with the same code', () => {
  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('reads as its own document: language, site name, title, status line', () => {
    expect(attribute('index.html', 'html', 'lang')).toBe('fr');
    expect(attribute('index.html', 'meta[property="og:locale"]', 'content')).toBe('fr_FR');
    expect(attribute('index.html', 'meta[property="og:site_name"]', 'content')).toBe('B10-0123/2025 — La presse à Villeport');
    expect(toString(select('.site-subtitle', html('index.html'))!)).toBe('La presse à Villeport');
    expect(toString(select('title', html('index.html'))!)).toBe('B10-0123/2025 — Motion for a resolution (not adopted): Résolution du Parlement européen sur la liberté de la presse à Villeport');
    const status = toString(select('.doc-status', html('index.html'))!);
    expect(status).toContain('tabled on 10 March 2025 by two members on behalf of the Test Group');
    // Another outcome than the real document's: rejected, said as such.
    expect(status).toContain('Not adopted: Parliament rejected the motion on 13 March 2025');
  });

  it('prints its 34 units in the reading view, recitals lettered past Z, sections anchored by their headings', () => {
    const page = html('index.html');
    const ids = selectAll('article.unit[id]', page).map((article) => String(article.properties['id']));
    expect(ids).toHaveLength(34);
    expect(ids.slice(0, 4)).toEqual(['citation-1', 'citation-2', 'citation-3', 'recital-a']);
    expect(ids.slice(27, 31)).toEqual(['recital-y', 'recital-z', 'recital-aa', 'recital-ab']);
    expect(ids.slice(-3)).toEqual(['paragraph-1', 'paragraph-2', 'paragraph-3']);
    expect(selectAll('h2[id]', page).map((h) => String(h.properties['id']))).toEqual(['citations', 'recitals', 'paragraphs']);
    expect(toString(select('#paragraph-2 .unit-text', page)!)).toBe(
      '2. invite les autorités de Villeport: (a) à rouvrir les journaux fermés; (b) à abroger la loi sur les médias; (c) à garantir la visite consulaire;',
    );
  });

  it('anchors the lettered points of paragraph 2, in the reading view, on its page and in every download', () => {
    const anchors = (path: string) => selectAll('#paragraph-2 [id], .unit-paragraph [id]', html(path)).map((span) => String(span.properties['id']));
    expect(anchors('index.html')).toEqual(['paragraph-2-a', 'paragraph-2-b', 'paragraph-2-c']);
    expect(anchors('paragraphs/2/index.html')).toEqual(['paragraph-2-a', 'paragraph-2-b', 'paragraph-2-c']);
    expect(anchors('paragraphs/1/index.html')).toEqual([]);
    const akn = file('downloads/b10-0123-2025.akn.xml');
    expect(akn).toContain('<point eId="para_2__point_a"><num>(a)</num><content><p>à rouvrir les journaux fermés;</p></content></point>');
    expect(akn).toContain('<intro><p>invite les autorités de Villeport:</p></intro>');
    expect(akn).toContain('<point eId="para_2__point_c"><num>(c)</num><content><p>à garantir la visite consulaire;</p></content></point>');
    const json = JSON.parse(file('downloads/b10-0123-2025.json')) as { units: { id: string; points?: { id: string; text: string; addresses: { inText: string; page: string } }[] }[] };
    const paragraph2 = json.units.find((unit) => unit.id === 'paragraph-2');
    expect(paragraph2?.points?.map((point) => [point.id, point.text])).toEqual([
      ['paragraph-2-a', '(a) à rouvrir les journaux fermés;'],
      ['paragraph-2-b', '(b) à abroger la loi sur les médias;'],
      ['paragraph-2-c', '(c) à garantir la visite consulaire;'],
    ]);
    expect(paragraph2?.points?.[0]?.addresses.page).toMatch(/\/paragraphs\/2\/#paragraph-2-a$/);
    expect(json.units.find((unit) => unit.id === 'paragraph-1')).not.toHaveProperty('points');
  });

  it('gives every unit its page, and no page the first motion had', () => {
    for (const path of ['citations/3/', 'recitals/z/', 'recitals/aa/', 'recitals/ab/', 'paragraphs/3/']) {
      expect(existsSync(join(outDir, path, 'index.html')), path).toBe(true);
    }
    for (const path of ['citations/4/', 'recitals/ac/', 'paragraphs/4/', 'names/maks-bokayev/']) {
      expect(existsSync(join(outDir, path, 'index.html')), path).toBe(false);
    }
    expect(toString(select('h1', html('recitals/ab/index.html'))!)).toBe('Recital AB');
  });

  it('links its names and lists them, with their pages', () => {
    const links = selectAll('#recital-a .unit-text a:not(.unit-label)', html('index.html')).map((a) => String(a.properties['href']));
    expect(links).toEqual(['/names/ana-exemplova/', '/names/villeport/']);
    expect(existsSync(join(outDir, 'names/council-of-europe/index.html'))).toBe(true);
    const listed = selectAll('main li a[href^="/names/"]', html('names/index.html')).map((a) => toString(a));
    expect(listed.sort()).toEqual(['Ana Exemplova', 'Conseil de l’Europe', 'Villeport']);
  });

  it('lists its topics and their units', () => {
    const units = selectAll('main a[href^="/recitals/"], main a[href^="/paragraphs/"]', html('topics/press-freedom/index.html')).map((a) => String(a.properties['href']));
    expect([...new Set(units)]).toEqual(['/recitals/b/', '/recitals/z/', '/paragraphs/2/']);
  });

  it('names its downloads after its id, in its language', () => {
    for (const ending of ['txt', 'json', 'schema.json', 'akn.xml', 'bib', 'ris', 'csl.json']) {
      expect(existsSync(join(outDir, `downloads/b10-0123-2025.${ending}`)), ending).toBe(true);
    }
    expect(existsSync(join(outDir, 'downloads/b8-0205-2019.txt'))).toBe(false);
    const akn = file('downloads/b10-0123-2025.akn.xml');
    expect(akn).toContain('<FRBRlanguage language="fra"></FRBRlanguage>');
    // Its authors are the two members who tabled it, not the Parliament.
    expect(akn).toContain('<FRBRauthor href="#author_1" as="#author"></FRBRauthor>\n          <FRBRauthor href="#author_2" as="#author"></FRBRauthor>\n          <FRBRcountry');
    expect(akn).toContain('<TLCPerson eId="author_2" href="/ontology/person/Bruno.Mod%C3%A8le" showAs="Bruno Modèle"></TLCPerson>');
    expect(akn).toContain('<TLCOrganization eId="group" href="/ontology/organization/eu/europeanParliament/group/Test%20Group" showAs="Test Group"></TLCOrganization>');
    expect(akn).not.toContain('<FRBRauthor href="#ep"');
    expect(akn).toContain('<FRBRthis value="/akn/eu/bill/motionForAResolution/2025-03-10/B10-0123-2025/fra@/!main"></FRBRthis>');
    expect(file('downloads/b10-0123-2025.txt')).toContain('[Recital AB]\nAB. considérant que la Cour de Villeport a refusé toute visite consulaire;');
  });

  it('cites it by its own reference and title', () => {
    expect(file('downloads/b10-0123-2025.bib')).toContain('B10-0123/2025');
    expect(attribute('recitals/ab/index.html', 'meta[name="citation_title"]', 'content')).toBe('Proposition de résolution sur la liberté de la presse à Villeport, recital AB');
    expect(file('downloads/b10-0123-2025.ris')).toContain('B10-0123/2025');
  });

  it('has a share card per page, PNG', () => {
    for (const card of ['home', 'about', 'recitals-ab', 'paragraphs-2']) {
      expect(readFileSync(join(outDir, `cards/${card}.png`)).subarray(1, 4).toString('latin1'), card).toBe('PNG');
    }
    expect(attribute('recitals/ab/index.html', 'meta[property="og:image"]', 'content')).toMatch(/\/cards\/recitals-ab\.png$/);
    // The card names the document for what it is, never as a text of the Parliament.
    expect(attribute('recitals/ab/index.html', 'meta[property="og:image:alt"]', 'content')).toBe(
      'Recital AB: Motion for a resolution B10-0123/2025. Tabled 10 March 2025, not adopted: Parliament rejected the motion on 13 March 2025',
    );
  });

  it('publishes its search vocabulary and its host files, and nothing the build used only for itself', () => {
    const vocabulary = JSON.parse(file('search/vocabulary.json')) as { words: string[]; names: string[][] };
    expect(vocabulary.words).toContain('consulaire');
    expect(vocabulary.words).not.toContain('Bokayev');
    expect(vocabulary.names.map(([slug]) => slug)).toContain('ana-exemplova');
    expect(file('_headers')).toContain('/downloads/b10-0123-2025.txt\n  Content-Type: text/plain; charset=utf-8\n');
    expect(file('_headers')).not.toContain('b8-0205-2019');
    // The search index's input (src/integrations/pagefind-input.ts) is read and deleted.
    expect(existsSync(join(outDir, 'pagefind-input.json'))).toBe(false);
  });

  it('sets its timeline in order, the text’s dates among the record’s', () => {
    const dates = selectAll('.timeline-date', html('timeline/index.html')).map((p) => toString(p).trim());
    expect(dates).toEqual(['2024', '3 février 2025', '10 March 2025 (from the record)', '13 March 2025 (from the record)']);
    expect(toString(select('main', html('timeline/index.html'))!)).toContain('not adopted: Parliament rejected the motion on 13 March 2025');
  });

  it('writes redirects for its own units', () => {
    const rules = file('_redirects').split('\n');
    expect(rules).toContain('/citations/03/ /citations/3/ 301');
    expect(rules).toContain('/paragraphs/03 /paragraphs/3/ 301');
    expect(rules.some((rule) => rule.includes('/citations/4/') || rule.includes('/paragraphs/4/'))).toBe(false);
    expect(rules.filter((rule) => rule.endsWith(' 301'))).toHaveLength(15);
  });

  it('speaks of its term with the right ordinal', () => {
    expect(toString(select('main', html('about/index.html'))!)).toMatch(/in its\s*10th term/);
  });
});

describe('searching the second motion', () => {
  let site: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveDirectory(outDir);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('indexes it in its language and finds its words and names, Cyrillic spellings too', async () => {
    const entry = JSON.parse(file('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    const page = await browser.newPage();
    await goTo(page, `${site.url}search/`);
    expect(sorted((await resultsFor(page, 'consulaire')).units)).toEqual(['paragraph-2', 'recital-ab']);
    expect(sorted((await resultsFor(page, 'Экземплова')).units)).toEqual(['paragraph-1', 'recital-a', 'recital-aa']);
    expect((await resultsFor(page, 'Bokayev')).units).toEqual([]);
    await page.close();
  });
});
