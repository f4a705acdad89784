/**
 * The document in context, on the built site: the record in the head (citation_* meta and
 * JSON-LD) and under the heading, citations parsed back by citation-js, the downloads (word for
 * word, JSON against its schema, the Akoma Ntoso eIds), share cards, the timeline, _redirects,
 * and no placeholder domain anywhere. Expected values are facts written by hand.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import type { JsonExport } from '../../src/lib/exports/exports.ts';
import { fetchHtml, siteUrl } from '../support/browser.ts';
import { readBuiltSite } from '../support/built-site.ts';
import { attr, attrs, one, parseXml, readHtml, selectAll, text, texts, xmlAll, xmlOne, type Root } from '../support/html.ts';
import { firstDifference, sourceWords, words } from '../support/source-text.ts';

const siteDir = inject('siteDir');
/** The origin the build publishes (from its canonical links): the local origin when SITE_URL is unset. */
const root = readBuiltSite(siteDir).root.href;
const published = (path: string) => new URL(path, root).href;

async function download(name: string): Promise<string> {
  const response = await fetch(siteUrl(`downloads/${name}`));
  expect(response.status, name).toBe(200);
  return response.text();
}

/** The title as the official page prints it: no "the" before "human rights". */
const TITLE = 'Motion for a resolution on human rights situation in Kazakhstan';
const OFFICIAL = 'https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html';
const AUTHORS = ['Charles Tannock', 'Karol Karski', 'Monica Macovei', 'Ruža Tomašić', 'Ryszard Czarnecki', 'Jana Žitňanská'];
const HOUSE_AUTHORS = 'Charles Tannock, Karol Karski, Monica Macovei, Ruža Tomašić, Ryszard Czarnecki and Jana Žitňanská (on behalf of the ECR Group)';
const OUTCOME = 'not adopted as such: Parliament adopted the joint motion for a resolution RC-B8-0204/2019 on 14 March 2019 (P8_TA(2019)0203)';

describe('the record in the head', () => {
  const jsonLd = (page: Root) => JSON.parse(text(one('script[type="application/ld+json"]', page))) as Record<string, unknown>;
  const meta = (page: Root, name: string) => attrs(`meta[name="${name}"]`, page, 'content');

  it.each(['', 'about/'])('/%s describes the motion as Legislation with the record’s facts', async (path) => {
    const $ = await fetchHtml(path);
    expect(jsonLd($)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': published(''),
      url: published(''),
      name: TITLE,
      legislationIdentifier: 'B8-0205/2019',
      legislationType: 'Motion for a resolution',
      legislationDate: '2019-03-12',
      legislationJurisdiction: 'EU',
      inLanguage: 'en',
      author: AUTHORS.map((name) => ({ '@type': 'Person', givenName: name.split(' ')[0], familyName: name.split(' ')[1], name })),
      publisher: { '@type': 'Organization', name: 'European Parliament' },
      sameAs: 'https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html',
    });
    expect(meta($, 'citation_title')).toEqual([TITLE]);
    expect(meta($, 'citation_author')).toEqual(['Tannock, Charles', 'Karski, Karol', 'Macovei, Monica', 'Tomašić, Ruža', 'Czarnecki, Ryszard', 'Žitňanská, Jana']);
    expect(meta($, 'citation_publisher')).toEqual(['European Parliament']);
    expect(meta($, 'citation_publication_date')).toEqual(['2019/03/12']);
    expect(meta($, 'citation_technical_report_number')).toEqual(['B8-0205/2019']);
    expect(meta($, 'citation_pdf_url')).toEqual(['https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.pdf']);
    expect(meta($, 'citation_public_url')).toEqual([published(path)]);
  });

  it('a unit page is part of the motion, with its own name, identifier and text', async () => {
    const $ = await fetchHtml('recitals/j/');
    const data = jsonLd($);
    expect(data).toMatchObject({
      '@type': 'Legislation',
      '@id': published('recitals/j/'),
      name: `${TITLE}, recital J`,
      legislationIdentifier: 'B8-0205/2019, recital J',
      legislationDate: '2019-03-12',
      isPartOf: { '@id': published(''), '@type': 'Legislation', legislationIdentifier: 'B8-0205/2019' },
    });
    expect(data['text']).toMatch(/^whereas protests against the land reform in 2016 .* was denied release on parole,$/);
    expect(meta($, 'citation_title')).toEqual([`${TITLE}, recital J`]);
  });

  it('pages that are not the document carry no citation metadata', async () => {
    const $ = await fetchHtml('names/');
    expect(selectAll('script[type="application/ld+json"]', $)).toHaveLength(0);
    expect(selectAll('meta[name^="citation_"]', $)).toHaveLength(0);
  });
});

describe('the status line under the heading', () => {
  it('says what the text is and what became of it, with the official pages', async () => {
    const $ = await fetchHtml('');
    const status = one('.doc-header .doc-status', $);
    expect(text(status).replace(/\s+/g, ' ').trim()).toBe(
      `Motion for a resolution tabled on 12 March 2019 by six members on behalf of the ECR Group. Not adopted as such: Parliament adopted the joint motion for a resolution RC-B8-0204/2019 on 14 March 2019 (P8_TA(2019)0203). Official page · PDF · Procedure · Record`,
    );
    expect(attrs('a', status, 'href')).toEqual([
      'https://www.europarl.europa.eu/doceo/document/RC-8-2019-0204_EN.html',
      'https://www.europarl.europa.eu/doceo/document/TA-8-2019-0203_EN.html',
      'https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html',
      'https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.pdf',
      'https://oeil.secure.europarl.europa.eu/oeil/popups/ficheprocedure.do?reference=2019/2610(RSP)&l=en',
      `${new URL(root).pathname}about/#record`,
    ]);
  });

  it('/about/ names the six tablers and gives each fact its source', async () => {
    const $ = await fetchHtml('about/');
    const record = one('dl.record', $);
    expect(text(record)).toContain('Charles Tannock, Karol Karski, Monica Macovei, Ruža Tomašić, Ryszard Czarnecki, Jana Žitňanská, on behalf of the ECR Group');
    expect(text(record)).toContain('B8-0204/2019 (Verts/ALE), B8-0205/2019 (ECR), B8-0206/2019 (GUE/NGL), B8-0207/2019 (ALDE), B8-0208/2019 (S&D), B8-0209/2019 (PPE)');
    expect(selectAll('dt', record)).toHaveLength(12);
    expect(selectAll('dd', record).filter((dd) => selectAll('.record-source a[href^="https://"]', dd).length === 1)).toHaveLength(12);
    // The second element after the section's heading.
    expect(text(one('#document + * + *', $))).toContain(`N${OUTCOME.slice(1)}.`);
  });

  it('/about/ lists the six motions merged into the joint motion, this one marked', async () => {
    const $ = await fetchHtml('about/');
    expect(texts('ul.merged-motions li', $).map((li) => li.replace(/\s+/g, ' ').trim())).toEqual([
      'B8-0204/2019 (Verts/ALE)',
      'B8-0205/2019 (ECR) — this motion',
      'B8-0206/2019 (GUE/NGL)',
      'B8-0207/2019 (ALDE)',
      'B8-0208/2019 (S&D)',
      'B8-0209/2019 (PPE)',
    ]);
  });

  it('every page’s footer links the official page and the PDF', async () => {
    for (const path of ['', 'recitals/j/', 'names/', 'timeline/']) {
      const $ = await fetchHtml(path);
      const links = attrs('footer.site-footer a', $, 'href');
      expect(links, path).toContain('https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html');
      expect(links, path).toContain('https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.pdf');
    }
  });
});

describe('citations, parsed back by citation-js', () => {
  it('a unit page gives the house style and the three formats for its unit', async () => {
    const $ = await fetchHtml('paragraphs/4/');
    expect(text(one('.cite-text', $))).toBe(`${HOUSE_AUTHORS}, ${TITLE}, European Parliament, B8-0205/2019 (${OFFICIAL}), 12 March 2019, paragraph 4, ${published('paragraphs/4/')}`);
    const blocks = texts('.cite-formats pre', $);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) {
      const [item] = new Cite(block.startsWith('[') ? JSON.parse(block) : block).data;
      expect(item, block.slice(0, 20)).toMatchObject({ title: `${TITLE}, paragraph 4`, URL: published('paragraphs/4/'), issued: { 'date-parts': [[2019, 3, 12]] }, publisher: 'European Parliament' });
      expect(item?.['author'], block.slice(0, 20)).toHaveLength(6);
    }
  });

  it.each(['b8-0205-2019.bib', 'b8-0205-2019.ris', 'b8-0205-2019.csl.json'])('the download %s cites the whole motion', async (name) => {
    const downloaded = await download(name);
    const [item] = new Cite(name.endsWith('.json') ? JSON.parse(downloaded) : downloaded).data;
    expect(item).toMatchObject({ title: TITLE, URL: published(''), issued: { 'date-parts': [[2019, 3, 12]] } });
    expect(String(item?.['note'])).toContain('B8-0205/2019, procedure 2019/2610(RSP), tabled on behalf of the ECR Group');
    expect(String(item?.['note'])).toContain(`Official page: ${OFFICIAL}`);
    expect((item?.['author'] as { family: string }[]).map((a) => a.family)).toEqual(['Tannock', 'Karski', 'Macovei', 'Tomašić', 'Czarnecki', 'Žitňanská']);
  });
});

describe('downloads', () => {
  const source = sourceWords();

  it('plain text: the source word for word once the bracketed labels and the header are set aside', async () => {
    const downloaded = await download('b8-0205-2019.txt');
    const [header, body] = downloaded.split('==== TEXT ====\n') as [string, string];
    expect(header).toContain(OUTCOME.replace(/^n/, 'N'));
    const lines = body.split('\n').filter((line) => !/^\[.*\]$/.test(line));
    expect(firstDifference(source, words(lines.join('\n')))).toBeUndefined();
    expect(body).toContain('[Recital J]\nJ. whereas protests against the land reform in 2016');
    expect(body).toContain('[Citation 1]\nhaving regard to its previous resolutions on Kazakhstan');
  });

  it('JSON: valid against its JSON Schema, and the source word for word', async () => {
    const json = JSON.parse(await download('b8-0205-2019.json')) as JsonExport;
    const schema = JSON.parse(await download('b8-0205-2019.schema.json')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.$schema).toBe(published('downloads/b8-0205-2019.schema.json'));
    const { heading, units } = json;
    const joined = [heading.reference, heading.title, `(${heading.procedure})`, heading.formula, ...units.flatMap((u) => [u.printedLabel ?? '', u.text])].join(' ');
    expect(firstDifference(source, words(joined))).toBeUndefined();
  });

  it('JSON: each unit has its addresses, names and topics', async () => {
    const { units, record } = JSON.parse(await download('b8-0205-2019.json')) as JsonExport;
    expect(units).toHaveLength(39);
    expect(units.find((u) => u.id === 'recital-j')).toMatchObject({
      kind: 'recital',
      label: 'J',
      printedLabel: 'J.',
      addresses: { inText: published('#recital-j'), page: published('recitals/j/') },
      // Recital J names the three men, the UN Working Group (and so the UN) and the 2016 protests.
      names: ['maks-bokayev', 'iskander-yerimbetov', 'mukhtar-dzhakishev', 'united-nations', 'un-working-group-on-arbitrary-detention', 'land-reform-protests-2016'],
      topics: ['freedom-of-assembly', 'political-prisoners', 'human-rights-defenders'],
    });
    expect(record.outcome).toMatchObject({ status: 'replaced', adoptedText: { reference: 'P8_TA(2019)0203' } });
  });

  it('JSON: an invalid document fails its schema (the schema can say no)', async () => {
    const json = JSON.parse(await download('b8-0205-2019.json')) as { units: { kind: string }[]; record: { tabled?: unknown } };
    const schema = JSON.parse(await download('b8-0205-2019.schema.json')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    for (const unit of json.units.slice(0, 1)) unit.kind = 'article';
    delete json.record.tabled;
    expect(ajv.compile(schema)(json)).toBe(false);
  });

  it('Akoma Ntoso: the 39 conventional eIds, in preface, preamble and body, and the source word for word', async () => {
    const akn = parseXml(await download('b8-0205-2019.akn.xml'));
    const eIds = (selector: string) => xmlAll(selector, akn).map((element) => attr(element, 'eId'));
    expect(attr(xmlOne('akomaNtoso', akn), 'xmlns')).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    const cits = Array.from({ length: 10 }, (_, i) => `cit_${i + 1}`);
    const recs = 'ABCDEFGHIJKLMNOPQ'.split('').map((l) => `rec_${l}`);
    const paras = Array.from({ length: 12 }, (_, i) => `para_${i + 1}`);
    expect(eIds('preamble > citations > citation')).toEqual(cits);
    expect(eIds('preamble > recitals > recital')).toEqual(recs);
    expect(eIds('body > paragraph')).toEqual(paras);
    expect(text(xmlOne('preface docNumber', akn))).toBe('B8-0205/2019');
    expect(attr(xmlOne('FRBRWork FRBRdate', akn), 'date')).toBe('2019-03-12');
    expect(text(xmlOne('recital[eId="rec_J"] > num', akn))).toBe('J.');
    const printed = xmlAll('preface p, preamble p, preamble num, body num, body p', akn).map((element) => text(element)).join(' ');
    expect(firstDifference(source, words(printed))).toBeUndefined();
  });
});

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share cards', () => {
  const unitPages = ['citations', 'recitals', 'paragraphs'].flatMap((section) =>
    readdirSync(join(siteDir, section), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${section}/${entry.name}/`),
  );

  it('there are 39 unit pages', () => {
    expect(unitPages).toHaveLength(39);
  });

  it.each(['', 'about/', ...unitPages])('/%s has its own 1200×630 PNG card, at an absolute URL, with a text alternative', (path) => {
    const $ = readHtml(join(siteDir, path, 'index.html'));
    const image = attr(one('meta[property="og:image"]', $), 'content')!;
    expect(image).toMatch(/^https?:\/\//);
    const card = new URL(image);
    expect(card.origin).toBe(new URL(root).origin);
    const file = join(siteDir, card.pathname.slice(new URL(root).pathname.length));
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(attr(one('meta[property="og:image:alt"]', $), 'content')).toContain('B8-0205/2019');
  });

  it('the card of recital J is its own, and says what the document is', () => {
    const $ = readHtml(join(siteDir, 'recitals/j/index.html'));
    expect(attr(one('meta[property="og:image"]', $), 'content')).toBe(published('cards/recitals-j.png'));
    expect(attr(one('meta[property="og:image:alt"]', $), 'content')).toBe(
      'Recital J: Motion for a resolution B8-0205/2019. Tabled 12 March 2019, not adopted as such: Parliament adopted the joint motion for a resolution RC-B8-0204/2019 on 14 March 2019',
    );
  });
});

describe('the timeline', () => {
  it('lists the dates oldest first, from 2009 to 2020, the record’s own marked', async () => {
    const $ = await fetchHtml('timeline/');
    const dates = texts('.timeline > li .timeline-date', $).map((date) => date.replace(/\s+/g, ' ').trim());
    expect(dates[0]).toBe('17 September 2009');
    expect(dates.at(-1)).toBe('2020');
    expect(dates.filter((d) => d.endsWith('(from the record)'))).toEqual(['12 March 2019 (from the record)', '14 March 2019 (from the record)', '14 March 2019 (from the record)']);
    expect(dates.indexOf('27 February 2019')).toBeLessThan(dates.indexOf('12 March 2019 (from the record)'));
    const zhanaozen = selectAll('.timeline > li', $).filter((li) => texts('.timeline-date', li).join('').trim() === '2011');
    expect(zhanaozen.flatMap((li) => attrs('a', li, 'href'))).toEqual(
      ['recitals/f/', 'paragraphs/4/', 'names/zhanaozen-events-2011/', 'names/zhanaozen/'].map((p) => `${new URL(root).pathname}${p}`),
    );
  });
});

describe('addresses', () => {
  it.each([
    ['citations/', 10],
    ['recitals/', 17],
    ['paragraphs/', 12],
  ] as const)('/%s lists its %i units', async (path, count) => {
    const $ = await fetchHtml(path);
    expect(selectAll('ol.section-index > li > a', $)).toHaveLength(count);
  });

  it('_redirects sends singular words and leading zeros to the published pages', () => {
    const rules = readFileSync(join(siteDir, '_redirects'), 'utf8');
    const base = new URL(root).pathname;
    expect(rules).toContain(`${base}paragraph/* ${base}paragraphs/:splat 301`);
    expect(rules).toContain(`${base}paragraphs/07/ ${base}paragraphs/7/ 301`);
    expect(rules).not.toMatch(/\/recitals\/[A-Z]/);
  });

  it('no file of the build names a placeholder domain', () => {
    // Reserved names (RFC 2606) as hosts: "example.org", "site.example", "x.invalid", "x.test", "localhost.localdomain".
    const placeholder = /\b(?:[\w-]+\.)*example\.(?:org|com|net)\b|\b[\w-]+\.(?:example|invalid|test|localdomain)(?=[/:"'\s<]|$)/m;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(?:html|xml|txt|json|bib|ris|js|css|webmanifest)$|^_(?:headers|redirects)$/.test(entry.name) && statSync(file).size < 5_000_000) {
          // Pagefind's own code parses relative URLs against a dummy base and strips it again
          // (`new URL(`https://example.com${path}`)`, `.replace(/^https:\/\/example.com/, "")`):
          // never an address the site shows or links. Only those exact uses are set aside.
          const contents = readFileSync(file, 'utf8').replaceAll('new URL(`https://example.com${', '').replaceAll('.replace(/^https:\\/\\/example.com/,"")', '');
          const match = contents.match(placeholder);
          if (match) offenders.push(`${file}: ${match[0]}`);
        }
      }
    };
    walk(siteDir);
    expect(offenders).toEqual([]);
  });
});
