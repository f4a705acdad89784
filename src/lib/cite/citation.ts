/**
 * Citations of the document and of each unit: the site's house style in plain text, and the
 * formats reference managers read (BibTeX, RIS, CSL-JSON), made at build by citation-js from
 * one CSL item. Pure apart from the library: record, unit and address in, strings out.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { joinCitation } from './citation-text.ts';
import type { DocumentRecord } from '../record/schema.ts';

/** What a citation needs of a unit: "recital" and "J" (never lower-cased: the label is the text's). */
export interface CitedUnit {
  kind: 'citation' | 'recital' | 'paragraph';
  label: string;
}

export interface CitationFormats {
  /** House style: "European Parliament, Motion for a resolution on …, B8-0205/2019, 12 March 2019, recital J, <URL>". */
  plain: string;
  bibtex: string;
  ris: string;
  /** CSL-JSON, an array of one item, pretty-printed. */
  csl: string;
}

/** "recital J", "paragraph 4", "citation 1": the unit as a citation names it. */
export function citedUnitName(unit: CitedUnit): string {
  return `${unit.kind} ${unit.label}`;
}

/** The institution every citation names as author (the house style), and the publisher. */
const INSTITUTION = 'European Parliament';

/** The house-style citation of the document without its address: "European Parliament, Motion for …, B8-0205/2019, 12 March 2019". */
export function citationPrefix(record: DocumentRecord): string {
  return [INSTITUTION, record.citationTitle, record.reference.value, record.tabled.written].join(', ');
}

/** The site's own citation, in plain text. `url` is the absolute address of the document or unit. */
export function plainCitation(record: DocumentRecord, url: string, unit?: CitedUnit): string {
  return joinCitation(citationPrefix(record), unit && citedUnitName(unit), url);
}

/**
 * A key the formats agree on, short enough for RIS's 20-character ID and made of the characters
 * citation-js keeps in a BibTeX key (no hyphen): "b8_0205_2019", "b8_0205_2019_rj", "b8_0205_2019_p12".
 */
export function citationKey(record: DocumentRecord, unit?: CitedUnit): string {
  const document = record.reference.value.replace(/[-/]/g, '_').toLowerCase();
  return unit ? `${document}_${unit.kind[0]}${unit.label.toLowerCase()}` : document;
}

/** The note every format carries: the procedure, who tabled it, and what became of it. */
export function citationNote(record: DocumentRecord): string {
  const { tabledBy, adopted, supersededBy } = record;
  return (
    `${record.reference.value}, procedure ${record.procedure.value}, tabled on behalf of the ${tabledBy.onBehalfOf}; ` +
    `not adopted as such: Parliament adopted the ${supersededBy.kind} ${supersededBy.reference} on ${adopted.written} (${adopted.reference})`
  );
}

/** The CSL-JSON item (a "document" of genre "Motion for a resolution": a motion is neither an act nor a bill). */
export function cslItem(record: DocumentRecord, url: string, unit?: CitedUnit): Record<string, unknown> {
  const [year, month, day] = record.tabled.date.split('-').map(Number);
  return {
    id: citationKey(record, unit),
    'citation-key': citationKey(record, unit),
    type: 'document',
    genre: record.type.value,
    title: unit ? `${record.citationTitle}, ${citedUnitName(unit)}` : record.citationTitle,
    author: [{ literal: INSTITUTION }],
    publisher: INSTITUTION,
    issued: { 'date-parts': [[year, month, day]] },
    number: record.reference.value,
    language: record.language.code,
    URL: url,
    note: citationNote(record),
  };
}

/**
 * citation-js wraps RIS values at 70 characters, and RIS readers (citation-js's own parser
 * among them) join a continued line with a space, which would put a space inside a title or
 * an address. RIS allows 255 characters a line: undo the wrapping.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}- ?|$)/g, '');
}

/** Every format of one citation. */
export function citationFormats(record: DocumentRecord, url: string, unit?: CitedUnit): CitationFormats {
  const item = cslItem(record, url, unit);
  const cite = new Cite(item);
  return {
    plain: plainCitation(record, url, unit),
    bibtex: cite.format('bibtex').trim(),
    ris: unwrapRis(cite.format('ris')).trim(),
    csl: JSON.stringify([item], null, 2),
  };
}
