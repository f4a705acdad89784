/**
 * The documents the text cites, on the built site: "Cites:" under the units (reading view and
 * unit pages, without JavaScript, hidden by Plain text), /references/ and its links back, the
 * names and topics pages, and the JSON and Akoma Ntoso downloads. Expected values are the
 * research notes' facts, written here by hand.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { JsonExport } from '../../src/lib/exports/exports.ts';
import { fetchHtml, siteUrl, useBrowser } from '../support/browser.ts';
import { attr, attrs, followingSiblings, one, parseXml, selectAll, text, texts, xmlAll, xmlOne, type Element, type Root } from '../support/html.ts';

const CELLAR_2016 = 'http://publications.europa.eu/resource/cellar/abb09eec-0d6f-11e8-966a-01aa75ed71a1.0006.03/DOC_1';
const EP_2013 = 'https://www.europarl.europa.eu/doceo/document/TA-7-2013-0190_EN.html';
const EURLEX_2012 = 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?toc=OJ:C:2013:251E:TOC&uri=uriserv:OJ.CE.2013.251.01.0093.01.ENG';
const EP_2009_SV = 'https://www.europarl.europa.eu/doceo/document/TA-7-2009-0023_SV.html';
const EURLEX_EPCA = 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=celex%3A22016A0204%2801%29';
const COUNCIL_2018 = 'https://www.consilium.europa.eu/en/meetings/fac/2018/10/15/';
const EEAS_2018 =
  'https://eeas.europa.eu/headquarters/headquarters-homepage/54354/joint-communiqu%C3%A9-european-union-%E2%80%93-central-asia-foreign-ministers-meeting-brussels-23-november_en';

/** The "Cites:" list of a unit: each item's text, and the official links in it (the link to /references/ left out). */
function cites($: Root, unit: string) {
  return selectAll(`${unit} .unit-cites li`, $).map((li) => ({
    text: text(li),
    links: (attrs('a', li, 'href') as string[]).filter((href) => !href.includes('/references/')),
  }));
}

/** On /references/, the <dd> of each <dt> under `scope` whose words include `name` ("Cited in", "Source"). */
function fields($: Root, scope: string, name: string): Element[] {
  return selectAll(`${scope} dt`, $)
    .filter((dt) => text(dt).includes(name))
    .flatMap((dt) => followingSiblings(dt, $).slice(0, 1))
    .filter((next) => next.tagName === 'dd');
}

describe('"Cites:" under each unit that cites documents', () => {
  it('citation 1: the four earlier resolutions, with their texts-adopted numbers, each linked to the page where it was seen', async () => {
    const $ = await fetchHtml('');
    expect(cites($, '#citation-1')).toEqual([
      { text: '10 March 2016: P8_TA(2016)0083', links: [CELLAR_2016] },
      { text: '18 April 2013: P7_TA(2013)0190', links: [EP_2013] },
      { text: '15 March 2012: P7_TA(2012)0089', links: [EURLEX_2012] },
      {
        text: '17 September 2009: P7_TA(2009)0023 (Swedish) — The text counts it among its resolutions “on Kazakhstan”; its subject is the case of Yevgeny Zhovtis.',
        links: [EP_2009_SV],
      },
    ]);
    expect(attr(one('#citation-1 .unit-cites a[hreflang="sv"]', $), 'href')).toBe(EP_2009_SV);
  });

  it('citations 2–5 and 8–10: identifiers, and a link only where an official address was confirmed', async () => {
    const $ = await fetchHtml('');
    const items = (unit: string) => cites($, unit);
    expect(items('#citation-2')).toEqual([{ text: 'CELEX 22016A0204(01)', links: [EURLEX_EPCA] }]);
    expect(items('#citation-3')).toEqual([
      { text: '22 June 2015: Council document 10191/15, no official address confirmed', links: [] },
      { text: 'Council conclusions of 19 June 2017, no official address confirmed', links: [] },
    ]);
    expect(items('#citation-4')).toEqual([
      { text: 'Joint Communication of 19 September 2018: JOIN(2018) 31 final, no official address confirmed', links: [] },
      { text: 'Council conclusions of 15 October 2018', links: [COUNCIL_2018] },
    ]);
    expect(items('#citation-5')).toEqual([
      { text: 'EEAS press release 181123_10 — The text calls it a “Joint Communication”; the document is a joint communiqué of the ministers.', links: [EEAS_2018] },
    ]);
    expect(items('#citation-8')).toEqual([{ text: 'UN General Assembly resolution 217 A (III), no official address confirmed', links: [] }]);
    expect(items('#citation-9')).toEqual([{ text: 'UN General Assembly resolution 2200 A (XXI), no official address confirmed', links: [] }]);
    expect(items('#citation-10')).toEqual([
      { text: 'Rule 135 of the Rules of Procedure (8th term), no official address confirmed', links: [] },
      { text: 'Rule 123 of the Rules of Procedure (8th term), no official address confirmed', links: [] },
    ]);
  });

  it('only the units that cite documents have the list, and the text itself is untouched', async () => {
    const $ = await fetchHtml('');
    expect(selectAll('.unit-cites', $)).toHaveLength(13);
    expect(attrs('article:has(.unit-cites)', $, 'id')).toEqual([
      'citation-1',
      'citation-2',
      'citation-3',
      'citation-4',
      'citation-5',
      'citation-8',
      'citation-9',
      'citation-10',
      'recital-a',
      'recital-i',
      'recital-p',
      'paragraph-1',
      'paragraph-2',
    ]);
    expect(text(one('#citation-5 .unit-text', $))).toBe("having regard to the Joint Communication of the 14th EU-Central Asia Foreign Ministers' Meeting of 23 November 2018,");
    expect(selectAll('.unit-text .unit-cites', $).length).toBe(0);
    expect(selectAll('.unit-cites a[href*="/references/"]', $).length).toBe(0);
  });

  it('on the unit page too, with its link to the sources (the reading view leaves that link to the unit page)', async () => {
    const $ = await fetchHtml('citations/1/');
    expect(cites($, '.unit-alone').map((c) => c.links)).toEqual([[CELLAR_2016], [EP_2013], [EURLEX_2012], [EP_2009_SV], []]);
    expect(texts('.unit-alone .unit-cites li', $).at(-1)).toBe('Sources of the documents citation 1 cites');
    expect(selectAll('.unit-alone .unit-cites a[href$="/references/#ep-resolution-2016-03-10"]', $).length).toBe(1);
    expect(selectAll('.unit-cites', await fetchHtml('citations/7/')).length).toBe(0);
  });
});

describe('"Cites:" in the browser', () => {
  const chromium = useBrowser();

  it('is read without JavaScript, and the Plain text switch hides it', async () => {
    const still = await chromium.open('', { javaScriptEnabled: false });
    expect(await still.locator('#citation-1 .unit-cites').isVisible()).toBe(true);
    await still.context().close();

    const page = await chromium.open('');
    const list = page.locator('#citation-2 .unit-cites');
    expect(await list.isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Plain text/ }).click();
    await expect.poll(() => list.isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Plain text/ }).click();
    await expect.poll(() => list.isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('/references/', () => {
  it('lists every cited document, each with its anchor, in the file’s order', async () => {
    const $ = await fetchHtml('references/');
    expect(text(one('h1', $))).toBe('References');
    expect(attrs('.refs section', $, 'id')).toEqual([
      'ep-resolution-2016-03-10',
      'ep-resolution-2013-04-18',
      'ep-resolution-2012-03-15',
      'ep-resolution-2009-09-17',
      'epca',
      'council-conclusions-2015-06-22',
      'council-conclusions-2017-06-19',
      'join-2018-31',
      'council-conclusions-2018-10-15',
      'eu-central-asia-joint-communique-2018-11-23',
      'udhr',
      'iccpr',
      'ep-rules-8-rule-135',
      'ep-rules-8-rule-123',
      'criminal-code-2014',
    ]);
  });

  it('links every document back to the units that cite it', async () => {
    const $ = await fetchHtml('references/');
    const citedIn = (id: string) => fields($, `#${id}`, 'Cited in').flatMap((dd) => attrs(':scope > ul > li > a:first-child', dd, 'href'));
    expect(citedIn('epca')).toEqual(['/citations/2/', '/recitals/a/', '/paragraphs/1/', '/paragraphs/2/']);
    expect(citedIn('iccpr')).toEqual(['/citations/9/', '/recitals/p/']);
    expect(citedIn('ep-rules-8-rule-123')).toEqual(['/citations/10/']);
    expect(selectAll('#ep-resolution-2016-03-10 a[href="/#citation-1"]', $).length).toBe(1);
  });

  it('names the source of each document’s facts, and links an official address only where one was confirmed', async () => {
    const $ = await fetchHtml('references/');
    const field = (id: string, name: string) => fields($, `#${id}`, name);
    const firstLink = (id: string, name: string) => field(id, name).flatMap((dd) => attrs('a', dd, 'href'))[0];
    expect(text(field('ep-resolution-2016-03-10', 'Identifiers'))).toBe('Texts adopted: P8_TA(2016)0083Official Journal: OJ C 50, 9.2.2018, p. 38');
    expect(text(field('ep-resolution-2016-03-10', 'Date'))).toBe('Adopted 10 March 2016');
    expect(firstLink('ep-resolution-2016-03-10', 'Official address')).toBe(CELLAR_2016);
    expect(text(field('udhr', 'Official address'))).toBe('no official address confirmed');
    expect(field('udhr', 'Official address').flatMap((dd) => selectAll('a', dd)).length).toBe(0);
    expect(text(field('udhr', 'Source'))).toBe('https://fr.scribd.com/document/373650968/UDHR-en-fr-pdf (a scan of the volume of General Assembly resolutions, an unofficial copy)');
    expect(firstLink('council-conclusions-2015-06-22', 'Source')).toBe('https://paperzz.com/doc/7953685/eu-strategy-for-central-asia');
    expect(text(field('ep-rules-8-rule-123', 'Date'))).toBe('Edition of January 2017');
    expect(text(field('ep-rules-8-rule-123', 'Official address'))).toBe('no official address confirmed');
    expect(text(field('eu-central-asia-joint-communique-2018-11-23', 'The text’s words'))).toBe(
      'The text calls it a “Joint Communication”; the document is a joint communiqué of the ministers.',
    );
    // Every document has a source; exactly the seven confirmed addresses are links.
    expect(selectAll('.refs section', $).length).toBe(15);
    expect(fields($, '.refs', 'Source').flatMap((dd) => selectAll(':scope > a', dd)).length).toBe(15);
    expect(fields($, '.refs', 'Official address').flatMap((dd) => attrs(':scope > a', dd, 'href'))).toEqual([CELLAR_2016, EP_2013, EURLEX_2012, EP_2009_SV, EURLEX_EPCA, COUNCIL_2018, EEAS_2018]);
  });

  it('is linked from the names and topics pages where they overlap', async () => {
    const epca = await fetchHtml('names/epca/');
    expect(attrs('#as-cited ~ ul a', epca, 'href')).toEqual(['/references/#epca']);
    const rules = await fetchHtml('names/rules-of-procedure/');
    expect(attrs('#as-cited ~ ul a', rules, 'href')).toEqual(['/references/#ep-rules-8-rule-135', '/references/#ep-rules-8-rule-123']);
    const bokayev = await fetchHtml('names/maks-bokayev/');
    expect(selectAll('#as-cited', bokayev).length).toBe(0);
    const topic = await fetchHtml('topics/international-commitments/');
    expect(attrs('#tp-references ~ ul a', topic, 'href')).toContain('/references/#iccpr');
  });
});

describe('downloads', () => {
  const download = async (name: string) => {
    const response = await fetch(siteUrl(`downloads/${name}`));
    expect(response.status).toBe(200);
    return response.text();
  };

  it('JSON: the references, valid against the JSON Schema', async () => {
    const json = JSON.parse(await download('b8-0205-2019.json')) as JsonExport;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(await download('b8-0205-2019.schema.json')) as object);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.references).toHaveLength(15);
    const epca = json.references.find((r) => r.id === 'epca')!;
    expect(epca).toMatchObject({
      kind: 'agreement',
      date: '2015-12-21',
      dated: 'signed',
      address: EURLEX_EPCA,
      citedBy: [
        { unit: 'citation-2', words: 'Enhanced Partnership and Cooperation Agreement (EPCA)' },
        { unit: 'recital-a', words: 'Enhanced Partnership and Cooperation Agreement' },
        { unit: 'paragraph-1', words: 'EPCA' },
        { unit: 'paragraph-2', words: 'EPCA' },
      ],
    });
    expect(epca.identifiers[0]).toEqual({ scheme: 'celex', label: 'CELEX', value: '22016A0204(01)' });
    expect(json.references.find((r) => r.id === 'udhr')!.address).toBeNull();
    // The schema can say no: a reference without its source fails.
    delete (json.references[0] as Partial<JsonExport['references'][number]>).source;
    expect(validate(json)).toBe(false);
  });

  it('Akoma Ntoso: each cited document’s words marked <ref href>, the documents listed as TLCReference', async () => {
    const akn = parseXml(await download('b8-0205-2019.akn.xml'));
    const refs = (eId: string) => xmlAll(`[eId="${eId}"] ref`, akn).map((r) => [text(r), attr(r, 'href')]);
    expect(refs('cit_1')).toEqual([
      ['10 March 2016', CELLAR_2016],
      ['18 April 2013', EP_2013],
      ['15 March 2012', EURLEX_2012],
      ['17 September 2009', EP_2009_SV],
    ]);
    // No official address confirmed: the reference leads to this site's page that says so.
    expect(refs('cit_8').map(([text, href]) => [text, new URL(href!).pathname + new URL(href!).hash])).toEqual([['Universal Declaration of Human Rights', '/references/#udhr']]);
    expect(refs('cit_6')).toEqual([]);
    expect(xmlAll('references TLCReference', akn).length).toBe(15);
    expect(attr(xmlOne('references TLCReference[eId="ref_epca"]', akn), 'href')).toBe(EURLEX_EPCA);
    expect(text(xmlAll('citation[eId="cit_2"] p', akn))).toBe('having regard to the Enhanced Partnership and Cooperation Agreement (EPCA) that was signed on 21 December 2015,');
  });
});
