/**
 * The documents the text cites (content/references.yaml): the facts each unit's "Cites:" and
 * /references/ show, checked against the research notes by hand, and the registry's checks.
 */
import { describe, expect, it } from 'vitest';
import { mainIdentifier, parseReferences, referencesOfUnit, writtenDate, type Reference } from '../../src/lib/editorial/references.ts';
import { siteContent, units } from '../support/content.ts';

const { references } = siteContent;
const unitText = new Map(units.map((u) => [u.id, u.text]));
const bySlug = (slug: string) => references.find((r) => r.slug === slug)!;
/** What a unit's "Cites:" lists: each document's main identifier (or short name) and its address (or none). */
const citesOf = (unitId: string) => referencesOfUnit(references, unitId, unitText.get(unitId)!).map((r) => [mainIdentifier(r) ?? r.short, r.address ?? null]);

describe('the cited documents', () => {
  it('lists the four earlier resolutions of citation 1, in the order the text names them, with their texts-adopted numbers', () => {
    expect(citesOf('citation-1')).toEqual([
      ['P8_TA(2016)0083', 'http://publications.europa.eu/resource/cellar/abb09eec-0d6f-11e8-966a-01aa75ed71a1.0006.03/DOC_1'],
      ['P7_TA(2013)0190', 'https://www.europarl.europa.eu/doceo/document/TA-7-2013-0190_EN.html'],
      ['P7_TA(2012)0089', 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?toc=OJ:C:2013:251E:TOC&uri=uriserv:OJ.CE.2013.251.01.0093.01.ENG'],
      ['P7_TA(2009)0023', 'https://www.europarl.europa.eu/doceo/document/TA-7-2009-0023_SV.html'],
    ]);
  });

  it('gives citations 2–5 and 8–10 their documents; an address only where its page was seen', () => {
    expect(citesOf('citation-2')).toEqual([['CELEX 22016A0204(01)', 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=celex%3A22016A0204%2801%29']]);
    // The Council register address of 10191/15 is a pattern nobody saw; the 2017 conclusions have no number.
    expect(citesOf('citation-3')).toEqual([
      ['Council document 10191/15', null],
      ['Council conclusions of 19 June 2017', null],
    ]);
    // EUR-Lex's page of JOIN(2018) 31 was not seen; the Council meeting's page was.
    expect(citesOf('citation-4')).toEqual([
      ['JOIN(2018) 31 final', null],
      ['Council conclusions of 15 October 2018', 'https://www.consilium.europa.eu/en/meetings/fac/2018/10/15/'],
    ]);
    expect(citesOf('citation-5')).toEqual([
      ['EEAS press release 181123_10', 'https://eeas.europa.eu/headquarters/headquarters-homepage/54354/joint-communiqu%C3%A9-european-union-%E2%80%93-central-asia-foreign-ministers-meeting-brussels-23-november_en'],
    ]);
    // UN and OHCHR addresses are patterns, not seen: no link.
    expect(citesOf('citation-8')).toEqual([['UN General Assembly resolution 217 A (III)', null]]);
    expect(citesOf('citation-9')).toEqual([['UN General Assembly resolution 2200 A (XXI)', null]]);
    expect(citesOf('citation-10')).toEqual([
      ['Rule 135 of the Rules of Procedure (8th term)', null],
      ['Rule 123 of the Rules of Procedure (8th term)', null],
    ]);
    expect(referencesOfUnit(references, 'citation-10', unitText.get('citation-10')!).map((r) => r.slug)).toEqual(['ep-rules-8-rule-135', 'ep-rules-8-rule-123']);
  });

  it('does not link the addresses the notes mark as patterns', () => {
    const addresses = references.map((r) => r.address).filter(Boolean);
    for (const pattern of [
      'https://www.europarl.europa.eu/doceo/document/TA-8-2016-0083_EN.html',
      'https://www.europarl.europa.eu/doceo/document/TA-7-2012-0089_EN.html',
      'https://www.europarl.europa.eu/doceo/document/TA-7-2009-0023_EN.html',
      'https://data.consilium.europa.eu/doc/document/ST-10191-2015-INIT/en/pdf',
      'https://www.un.org/en/about-us/universal-declaration-of-human-rights',
      'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights',
      'https://adilet.zan.kz/eng/docs/K1400000226',
    ]) {
      expect(addresses).not.toContain(pattern);
    }
    expect(addresses).toHaveLength(7);
  });

  it('says where the text’s words differ from the document: the joint communiqué, the Zhovtis resolution', () => {
    expect(references.filter((r) => r.textSays).map((r) => r.slug)).toEqual(['ep-resolution-2009-09-17', 'eu-central-asia-joint-communique-2018-11-23']);
    expect(bySlug('eu-central-asia-joint-communique-2018-11-23').textSays).toMatch(/“Joint Communication”.*joint communiqué/);
    expect(bySlug('ep-resolution-2009-09-17').textSays).toMatch(/Yevgeny Zhovtis/);
  });

  it('has the identifiers that are easy to get wrong right', () => {
    expect(bySlug('ep-resolution-2016-03-10').identifiers).toEqual({ 'texts-adopted': 'P8_TA(2016)0083', 'official-journal': 'OJ C 50, 9.2.2018, p. 38' });
    expect(bySlug('council-conclusions-2015-06-22').identifiers).toEqual({ 'council-document': '10191/15' });
    expect(bySlug('iccpr').identifiers).toEqual({ 'un-ga-resolution': '2200 A (XXI)', unts: 'vol. 999, No. I-14668' });
  });

  it('ties the EPCA to the recital and paragraphs that name it', () => {
    expect(bySlug('epca').cites).toEqual({
      'citation-2': 'Enhanced Partnership and Cooperation Agreement (EPCA)',
      'recital-a': 'Enhanced Partnership and Cooperation Agreement',
      'paragraph-1': 'EPCA',
      'paragraph-2': 'EPCA',
    });
  });

  it('writes dates as the site does', () => {
    expect(writtenDate('2016-03-10')).toBe('10 March 2016');
    expect(writtenDate('2017-01')).toBe('January 2017');
  });
});

describe('content/references.yaml is checked', () => {
  const context = { unitText, entities: ['epca'] };
  const entry = (lines: string) =>
    `a-document:\n  kind: resolution\n  title: A resolution\n  short: A resolution\n  source: https://example.org/seen\n${lines}`;
  const parse = (text: string): Reference[] => parseReferences(text, 'content/references.yaml', context);

  it('accepts a well-formed entry', () => {
    expect(parse(entry('  identifiers:\n    texts-adopted: P8_TA(2016)0083\n  cites:\n    citation-1: 10 March 2016\n')).map((r) => r.slug)).toEqual(['a-document']);
  });

  it('stops on a unit the resolution lacks, with file, line and fix', () => {
    expect(() => parse(entry('  cites:\n    citation-11: 10 March 2016\n'))).toThrow(
      /content\/references\.yaml:7:18: a-document\.cites\.citation-11: "citation-11" is not a unit of the resolution\.\n {2}Fix: use one of citation-1 … paragraph-12\./,
    );
  });

  it('stops on words the unit does not hold', () => {
    expect(() => parse(entry('  cites:\n    citation-1: 10 March 2015\n'))).toThrow(/content\/references\.yaml:7:17: a-document\.cites\.citation-1: "10 March 2015" is not in the text of citation-1\.\n {2}Fix: /);
  });

  it('stops on a malformed identifier', () => {
    expect(() => parse(entry('  identifiers:\n    texts-adopted: P8-TA(2016)0083\n  cites:\n    citation-1: 10 March 2016\n'))).toThrow(
      /content\/references\.yaml:7:20: a-document\.identifiers\.texts-adopted: "P8-TA\(2016\)0083" is not a texts-adopted identifier in its official form \(such as "P8_TA\(2016\)0083"\)\n {2}Fix: /,
    );
    expect(() => parse(entry('  identifiers:\n    doi: 10.1000/1\n  cites:\n    citation-1: 10 March 2016\n'))).toThrow(/content\/references\.yaml:7:5: a-document\.identifiers: Unrecognized key: "doi"\n {2}Fix: see the format described at the top of content\/references\.yaml/);
  });

  it('stops on a document with neither identifier nor short name', () => {
    expect(() => parse('a-document:\n  kind: resolution\n  title: A resolution\n  source: https://example.org/seen\n  cites:\n    citation-1: 10 March 2016\n')).toThrow(
      /content\/references\.yaml:2:3: a-document\.short: a document without identifiers needs a `short` name/,
    );
  });

  it('stops on a missing source', () => {
    expect(() => parse('a-document:\n  kind: resolution\n  title: A resolution\n  cites:\n    citation-1: 10 March 2016\n')).toThrow(/content\/references\.yaml:2:3: a-document\.source: /);
  });

  it('stops on two documents with one title (their sections on /references/ could not be told apart)', () => {
    const twice = `${entry('  cites:\n    citation-1: 10 March 2016\n')}${entry('  cites:\n    citation-1: 18 April 2013\n').replace('a-document:', 'b-document:')}`;
    expect(() => parse(twice)).toThrow(/content\/references\.yaml:10:10: b-document\.title: "A resolution" is the title of another document too\.\n {2}Fix: /);
  });

  it('stops on an entity the names registry lacks', () => {
    expect(() => parse(entry('  entity: epcaa\n  cites:\n    citation-2: EPCA\n'))).toThrow(/a-document\.entity: "epcaa" is not in the names registry\./);
  });
});
