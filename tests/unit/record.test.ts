/**
 * The document's record, its timeline and the pure pieces built on them: citations (parsed
 * back by citation-js), text fragments, forgiving addresses. Expected values written by hand.
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { citationFormats, plainCitation } from '../../src/lib/cite/citation.ts';
import { forgivingTarget, manifestPages, redirectRules } from '../../src/lib/links/forgiving-addresses.ts';
import { documentRecord, parseRecord, readRecord, RECORD_FILE } from '../../src/lib/record/schema.ts';
import { textDirective, passageUrl } from '../../src/lib/links/text-fragment.ts';
import { parseTimeline, TIMELINE_FILE } from '../../src/lib/record/timeline.ts';
import { units } from '../support/content.ts';

const file = readRecord();
const TEXT = { reference: 'B8-0205/2019', heading: 'European Parliament resolution on human rights situation in Kazakhstan', procedure: '2019/2610(RSP)', language: 'en' };
const record = documentRecord(file, TEXT);
const recordText = readFileSync(RECORD_FILE, 'utf8');

describe('the record (content/record.yaml)', () => {
  it('holds the facts of document-record.md', () => {
    expect(file.type).toEqual({ value: 'Motion for a resolution', source: 'document' });
    expect(file.title.value).toBe('Motion for a resolution on human rights situation in Kazakhstan');
    expect(file.tabled).toEqual({ date: '2019-03-12', written: '12 March 2019', source: 'document' });
    expect(file.tabledBy.members.map((m) => `${m.given} ${m.family}`)).toEqual(['Charles Tannock', 'Karol Karski', 'Monica Macovei', 'Ruža Tomašić', 'Ryszard Czarnecki', 'Jana Žitňanská']);
    expect(file.tabledBy.onBehalfOf).toBe('ECR Group');
    expect(file.outcome).toMatchObject({ status: 'replaced', jointMotion: { reference: 'RC-B8-0204/2019' }, adoptedText: { reference: 'P8_TA(2019)0203', date: '2019-03-14' } });
    expect(file.sources['pdf']?.url).toBe('https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.pdf');
    expect(file.sources['procedureFile']?.url).toBe('https://oeil.secure.europarl.europa.eu/oeil/popups/ficheprocedure.do?reference=2019/2610(RSP)&l=en');
  });

  it('lists the six motions the joint motion replaced, each with its group', () => {
    expect(file.outcome.status === 'replaced' && file.outcome.jointMotion.replaced.motions).toEqual([
      { reference: 'B8-0204/2019', group: 'Verts/ALE' },
      { reference: 'B8-0205/2019', group: 'ECR' },
      { reference: 'B8-0206/2019', group: 'GUE/NGL' },
      { reference: 'B8-0207/2019', group: 'ALDE' },
      { reference: 'B8-0208/2019', group: 'S&D' },
      { reference: 'B8-0209/2019', group: 'PPE' },
    ]);
  });

  it('holds no fact the text states itself (reference, procedure, the text’s language)', () => {
    expect(Object.keys(file)).not.toContain('reference');
    expect(Object.keys(file)).not.toContain('procedure');
    expect(recordText).not.toMatch(/^\s*code:/m);
    const frontmatter = readFileSync('content/resolution/b8-0205-2019.md', 'utf8').split('---')[1];
    expect(frontmatter).not.toMatch(/^(documentType|author|sourceUrl):/m);
  });

  it('fails with the line and the fix when a written date contradicts its ISO date', () => {
    const bad = recordText.replace('tabled: { date: 2019-03-12, written: 12 March 2019', 'tabled: { date: 2019-03-12, written: 13 March 2019');
    expect(() => parseRecord(bad)).toThrow(/content\/record\.yaml:\d+:\d+: tabled\.written: "13 March 2019" is not 2019-03-12\.\n {2}Fix: write "12 March 2019"/);
  });

  it('fails when a fact names a source that does not exist', () => {
    const bad = recordText.replace('type: { value: Motion for a resolution, source: document }', 'type: { value: Motion for a resolution, source: website }');
    expect(() => parseRecord(bad)).toThrow(/content\/record\.yaml:\d+:\d+: type\.source: "website" is not a key of `sources`\./);
  });
});

describe('the timeline (content/timeline.yaml)', () => {
  const timelineText = readFileSync(TIMELINE_FILE, 'utf8');
  const events = parseTimeline(timelineText, units);

  it('lists the dates oldest first, a month or year after the days it contains', () => {
    expect(events[0]).toMatchObject({ written: '17 September 2009', units: ['citation-1'] });
    expect(events.at(-1)).toMatchObject({ written: '2020', units: ['paragraph-10'] });
    const written = events.map((e) => e.written);
    expect(written.indexOf('21 December 2015')).toBeLessThan(written.indexOf('10 March 2016'));
    expect(written.indexOf('27 February 2019')).toBeLessThan(written.indexOf('2019'));
    expect(written.indexOf('21 December 2018')).toBeLessThan(written.indexOf('2018'));
  });

  it('sorts a fixture that starts out of order', () => {
    const fixture = [
      'late:\n  when: 2019-02-27\n  written: 27 February 2019\n  what: x\n  units: [recital-h]',
      'year:\n  when: "2016"\n  written: "2016"\n  what: x\n  units: [recital-j]',
      'early:\n  when: 2016-03-10\n  written: 10 March 2016\n  what: x\n  units: [citation-1]',
    ].join('\n');
    expect(parseTimeline(fixture, units).map((e) => e.slug)).toEqual(['early', 'year', 'late']);
  });

  it('stops when a date is not in the text of its unit, naming the line and the fix', () => {
    const bad = timelineText.replace('written: 13 March 2018', 'written: 13 March 2017');
    expect(() => parseTimeline(bad, units)).toThrow(/content\/timeline\.yaml:\d+:\d+: dvk-ban-2018\.written: "13 March 2017" is not in the text of recital-m as written\.\n {2}Fix: copy the date/);
  });

  it('stops when a name is not mentioned by the units of its event', () => {
    const bad = timelineText.replace('names: [vincent-prado]', 'names: [elena-semenova]');
    expect(() => parseTimeline(bad, units)).toThrow(/prado-detained-2018\.names\.0: "elena-semenova" is not mentioned in paragraph-4/);
  });

  it('matches a year only as a whole number: "2011" is not found inside "20110"', () => {
    const fixture = 'x:\n  when: "2011"\n  written: "201"\n  what: x\n  units: [recital-f]';
    expect(() => parseTimeline(fixture, units)).toThrow(/"201" is not in the text of recital-f/);
  });
});

describe('citations', () => {
  const url = 'https://kazakhstan.test/recitals/j/';
  const formats = citationFormats(record, url, { kind: 'recital', label: 'J' });
  const TITLE = 'Motion for a resolution on human rights situation in Kazakhstan';
  const OFFICIAL = 'https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html';
  const AUTHORS = [
    { family: 'Tannock', given: 'Charles' },
    { family: 'Karski', given: 'Karol' },
    { family: 'Macovei', given: 'Monica' },
    { family: 'Tomašić', given: 'Ruža' },
    { family: 'Czarnecki', given: 'Ryszard' },
    { family: 'Žitňanská', given: 'Jana' },
  ];

  it('writes the house style: the tabling members and their group, the official title, the publisher, both addresses', () => {
    expect(plainCitation(record, url, { kind: 'recital', label: 'J' })).toBe(
      'Charles Tannock, Karol Karski, Monica Macovei, Ruža Tomašić, Ryszard Czarnecki and Jana Žitňanská (on behalf of the ECR Group), ' +
        'Motion for a resolution on human rights situation in Kazakhstan, European Parliament, ' +
        'B8-0205/2019 (https://www.europarl.europa.eu/doceo/document/B-8-2019-0205_EN.html), 12 March 2019, recital J, https://kazakhstan.test/recitals/j/',
    );
    expect(plainCitation(record, 'https://kazakhstan.test/')).toMatch(/, 12 March 2019, https:\/\/kazakhstan\.test\/$/);
  });

  it('BibTeX parses back (citation-js) with the key, title, authors, date and address', () => {
    const [item] = new Cite(formats.bibtex).data;
    expect(item).toMatchObject({ 'citation-key': 'b8_0205_2019_rj', title: `${TITLE}, recital J`, URL: url, publisher: 'European Parliament', issued: { 'date-parts': [[2019, 3, 12]] } });
    expect(item?.['author']).toEqual(AUTHORS);
    expect(item?.['note']).toContain('not adopted as such: Parliament adopted the joint motion for a resolution RC-B8-0204/2019 on 14 March 2019 (P8_TA(2019)0203)');
    expect(item?.['note']).toContain(`Official page: ${OFFICIAL}`);
  });

  it('BibTeX parses in an independent parser (@retorquere/bibtex-parser) with its date whole and the publisher one name', () => {
    expect(formats.bibtex).toContain('\tmonth = mar,\n\tdate = {2019-03-12},');
    const { entries, errors } = parseBibtex(formats.bibtex);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const fields = entries[0].fields;
    expect(fields['date']).toBe('2019-03-12');
    expect(fields['month']).toBe('3');
    expect(fields['year']).toBe('2019');
    expect(fields['publisher']).toEqual(['European Parliament']);
    // citation-js writes accents as TeX ({\v Z}); the parser gives them back as combining marks: compare composed forms.
    const authors = (fields['author'] as { lastName: string; firstName: string }[]).map((a) => ({ lastName: a.lastName.normalize('NFC'), firstName: a.firstName.normalize('NFC') }));
    expect(authors).toEqual(AUTHORS.map(({ family, given }) => ({ lastName: family, firstName: given })));
    expect(fields['title']).toBe(`${TITLE}, recital J`);
    expect(fields['note']).toContain(OFFICIAL);
  });

  it('RIS parses back (citation-js) with the same fields, long lines unbroken', () => {
    const [item] = new Cite(formats.ris).data;
    expect(item).toMatchObject({ title: `${TITLE}, recital J`, number: 'B8-0205/2019', genre: 'Motion for a resolution', URL: url, publisher: 'European Parliament', issued: { 'date-parts': [[2019, 3, 12]] } });
    expect(item?.['author']).toEqual(AUTHORS);
  });

  it('RIS writes DA as YYYY/MM/DD/ and parses in an independent parser (astrocite-ris) with the date whole and names kept whole', () => {
    expect(formats.ris).toMatch(/^DA {2}- 2019\/03\/12\/$/m);
    // astrocite-ris types its items with csl-json's types, which do not resolve here: the fields read below.
    const [item] = parseRis(formats.ris) as unknown as { issued?: unknown; author?: unknown; publisher?: string; title?: string; URL?: string; note?: string }[];
    expect(item?.issued).toEqual({ 'date-parts': [['2019', '03', '12']] });
    expect(item?.author).toEqual(AUTHORS);
    expect(item?.publisher).toBe('European Parliament');
    expect(item?.title).toBe(`${TITLE}, recital J`);
    expect(item?.URL).toBe(url);
    expect(item?.note).toContain(`on behalf of the ECR Group`);
    expect(item?.note).toContain(`Official page: ${OFFICIAL}`);
  });

  it('CSL-JSON parses back as one document item by the tabling members', () => {
    const [item] = new Cite(JSON.parse(formats.csl)).data;
    expect(item).toMatchObject({ id: 'b8_0205_2019_rj', type: 'document', number: 'B8-0205/2019', language: 'en', URL: url, title: `${TITLE}, recital J`, publisher: 'European Parliament' });
    expect(item?.['author']).toEqual(AUTHORS);
  });
});

describe('links to a passage', () => {
  it('writes the words as a text directive, hyphens and commas encoded', () => {
    expect(textDirective('Maks  Bokayev\nis serving')).toBe(':~:text=Maks%20Bokayev%20is%20serving');
    expect(textDirective('EU-Kazakhstan, and')).toBe(':~:text=EU%2DKazakhstan%2C%20and');
    expect(textDirective('   ')).toBeUndefined();
  });

  it('keeps a long passage short with its first and last words', () => {
    expect(textDirective('one two three four five six seven eight nine ten eleven twelve')).toBe(':~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  it('puts the directive on the unit page, replacing any fragment', () => {
    expect(passageUrl('https://kazakhstan.test/recitals/j/#x', 'Maks Bokayev')).toBe('https://kazakhstan.test/recitals/j/#:~:text=Maks%20Bokayev');
  });
});

describe('forgiving addresses', () => {
  const pages = new Set(['', 'about/', 'recitals/', 'recitals/j/', 'paragraphs/7/', 'citations/1/', 'names/maks-bokayev/']);

  it.each([
    ['recitals/J/', 'recitals/j/'],
    ['recitals/J', 'recitals/j/'],
    ['recital/j/', 'recitals/j/'],
    ['Recitals/J./', 'recitals/j/'],
    ['paragraph/7/', 'paragraphs/7/'],
    ['paragraphs/07/', 'paragraphs/7/'],
    ['paragraphs/007', 'paragraphs/7/'],
    ['citation/01/', 'citations/1/'],
    ['recital/', 'recitals/'],
    ['about', 'about/'],
    ['names/maks-bokayev', 'names/maks-bokayev/'],
  ])('%s → %s', (typed, expected) => {
    expect(forgivingTarget(typed, pages)).toBe(expected);
  });

  it.each(['recitals/z/', 'paragraphs/70/', 'nothing/', 'recitals/j/', '%E0%A4%A'])('offers nothing for %s (unpublished, or already right)', (typed) => {
    expect(forgivingTarget(typed, pages)).toBeUndefined();
  });

  it('reads the pages of the manifest, not its anchors or files', () => {
    expect(manifestPages('# c\n/\n/about/\n/about/#permalinks\n/downloads/b8-0205-2019.txt\n/recitals/j/\n')).toEqual(['', 'about/', 'recitals/j/']);
  });

  it('writes _redirects rules for singular words and leading zeros, under the base', () => {
    expect(redirectRules('/sub/', ['paragraphs/7/', 'paragraphs/12/', 'recitals/j/'])).toEqual([
      '/sub/citation/* /sub/citations/:splat 301',
      '/sub/recital/* /sub/recitals/:splat 301',
      '/sub/paragraph/* /sub/paragraphs/:splat 301',
      '/sub/paragraphs/07/ /sub/paragraphs/7/ 301',
      '/sub/paragraphs/07 /sub/paragraphs/7/ 301',
    ]);
  });
});
