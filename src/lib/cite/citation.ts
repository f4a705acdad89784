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
import { outcomeText } from '../record/outcome.ts';
import type { UnitKind } from '../resolution/units.ts';
import type { DocumentRecord } from '../record/schema.ts';

/** What a citation needs of a unit: "recital" and "J" (never lower-cased: the label is the text's). */
export interface CitedUnit {
  kind: UnitKind;
  label: string;
}

export interface CitationFormats {
  /** House style: "Charles Tannock, … (on behalf of the ECR Group), Motion for a resolution on …, European Parliament, B8-0205/2019 (<official URL>), 12 March 2019, recital J, <URL>". */
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

/** The publisher of every document the site cites: the Parliament publishes a motion; its authors are the members who tabled it. */
export const PUBLISHER = 'European Parliament';

/** "Charles Tannock, …, Ryszard Czarnecki and Jana Žitňanská (on behalf of the ECR Group)" */
export function authorsText(record: DocumentRecord): string {
  const names = record.tabledBy.members.map((m) => `${m.given} ${m.family}`);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
  return `${listed} (on behalf of the ${record.tabledBy.onBehalfOf})`;
}

/**
 * The house-style citation of the document without this site's address: authors, the title as
 * the official page prints it, publisher, reference with its official address, date.
 */
export function citationPrefix(record: DocumentRecord): string {
  return [authorsText(record), record.title.value, PUBLISHER, `${record.text.reference} (${record.sources['document'].url})`, record.tabled.written].join(', ');
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
  const document = record.text.reference.replace(/[-/]/g, '_').toLowerCase();
  return unit ? `${document}_${unit.kind[0]}${unit.label.toLowerCase()}` : document;
}

/** The note every format carries: the procedure, on whose behalf, what became of it, and the official address. */
export function citationNote(record: DocumentRecord): string {
  return (
    `${record.text.reference}, procedure ${record.text.procedure}, tabled on behalf of the ${record.tabledBy.onBehalfOf}; ` +
    `${outcomeText(record)}. Official page: ${record.sources['document'].url}`
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
    title: unit ? `${record.title.value}, ${citedUnitName(unit)}` : record.title.value,
    author: record.tabledBy.members.map(({ family, given }) => ({ family, given })),
    publisher: PUBLISHER,
    issued: { 'date-parts': [[year, month, day]] },
    number: record.text.reference,
    language: record.text.language,
    URL: url,
    note: citationNote(record),
  };
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * citation-js writes the day into BibTeX's month (`month = {mar 12}`), which parsers reduce to
 * the year. BibTeX wants the month as its macro (`month = mar`); biblatex reads the whole date
 * from `date = {2019-03-12}`.
 */
function bibtexDates(bibtex: string, isoDate: string): string {
  const month = BIBTEX_MONTHS[Number(isoDate.slice(5, 7)) - 1];
  return bibtex.replace(/^(\s*)month = \{[^}]*\},$/m, `$1month = ${month},\n$1date = {${isoDate}},`);
}

/**
 * RIS wants `DA  - YYYY/MM/DD/` (citation-js writes `2019/3/12/`), and readers that take the
 * last date field they see (astrocite among them) would keep only PY's year: PY goes first.
 */
function risDates(ris: string, isoDate: string): string {
  const lines = ris.split(/\r?\n/).filter((line) => !/^(DA|PY) {2}- /.test(line));
  const at = lines.findIndex((line) => /^(?:ID|M1|N1|PB|TI|UR) {2}- /.test(line));
  lines.splice(at, 0, `PY  - ${isoDate.slice(0, 4)}`, `DA  - ${isoDate.replaceAll('-', '/')}/`);
  return lines.join('\n');
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
    bibtex: bibtexDates(cite.format('bibtex').trim(), record.tabled.date),
    ris: risDates(unwrapRis(cite.format('ris')).trim(), record.tabled.date),
    csl: JSON.stringify([item], null, 2),
  };
}
