/**
 * The downloads, as one registry: one entry per format, with everything the site says or sends
 * about it. The download route (src/pages/downloads/), the /downloads/ page, /about/, the footer
 * and `_headers` (src/lib/headers-file.ts) all read this list, and a unit test holds it
 * equal to the downloads in content/permalinks.txt. A new format is one entry here and the
 * module that renders it.
 */
import { downloadPath } from '../addresses.ts';
import type { Reference } from '../editorial/references.ts';
import type { Language } from '../resolution/schema.ts';
import { citationFormats } from '../cite/citation.ts';
import type { DocumentRecord } from '../record/schema.ts';
import { akomaNtosoExport } from './akoma-ntoso.ts';
import { jsonExport, jsonExportJsonSchema, plainTextExport, type ExportHeading, type ExportUnit, type UnitAddresses } from './exports.ts';

export type { ExportUnit };

/** What every format is made from: the record, the text, and the absolute addresses of the build. */
export interface ExportInput {
  /** The document's id, which names its files ("b8-0205-2019"). */
  documentId: string;
  /** The language the text is written in (its frontmatter's). */
  language: Language;
  record: DocumentRecord;
  heading: ExportHeading;
  units: readonly ExportUnit[];
  /** The absolute address of the whole document (the reading view). */
  documentUrl: string;
  /** Absolute addresses of a unit: in the whole text and its own page. */
  unitAddresses: UnitAddresses;
  /** The absolute address of a path relative to the site's base ("downloads/…"). */
  absolute: (path: string) => string;
  /** The documents the text cites (content/references.yaml). */
  references: readonly Reference[];
  /** The absolute address of a cited document's entry on /references/. */
  referencePage: (slug: string) => string;
}

export interface ExportFormat {
  /** The file name's ending after the document's stem: "txt", "akn.xml". Never change: published. */
  extension: string;
  /** The Content-Type the file is served with (`_headers`, the build's own response). */
  mediaType: string;
  /** "Plain text": the format's name on /downloads/ and /about/. */
  title: string;
  /** What the file is for, after the title: "the whole text, each unit under its label". */
  note: string;
  /** The link text in every page's footer ("text"), for the formats the footer offers. */
  footerLabel?: string;
  /** The file's text. */
  render: (input: ExportInput) => string;
}

const citation = (input: ExportInput) => citationFormats(input.record, input.documentUrl);

/** Every download, in the order the site lists them. The text's formats first, then its citation's. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    extension: 'txt',
    mediaType: 'text/plain; charset=utf-8',
    title: 'Plain text',
    note: 'the whole text, each unit under its label',
    footerLabel: 'text',
    render: (input) => plainTextExport(input.record, input.heading, input.units, input.documentUrl),
  },
  {
    extension: 'json',
    mediaType: 'application/json; charset=utf-8',
    title: 'JSON',
    note: 'the record, one object per unit (id, kind, label, text, addresses, names, topics) and the documents the units cite',
    footerLabel: 'JSON',
    render: (input) =>
      `${JSON.stringify(jsonExport(input.record, input.heading, input.units, input.unitAddresses, input.absolute(downloadPath(input.documentId, 'schema.json')), input.references, input.referencePage), null, 2)}\n`,
  },
  {
    extension: 'schema.json',
    mediaType: 'application/schema+json; charset=utf-8',
    title: 'JSON Schema',
    note: 'the schema the JSON download follows',
    render: (input) => `${JSON.stringify(jsonExportJsonSchema(input.absolute(downloadPath(input.documentId, 'schema.json')), input.record.text.reference), null, 2)}\n`,
  },
  {
    extension: 'akn.xml',
    mediaType: 'application/akn+xml; charset=utf-8',
    title: 'Akoma Ntoso 3.0 XML',
    note: 'preface, preamble (citations, recitals) and body (paragraphs), with the conventional eIds cit_1, rec_A, para_1 …',
    footerLabel: 'Akoma Ntoso XML',
    render: (input) => akomaNtosoExport(input.record, input.heading, input.units, input.documentUrl, input.references, input.referencePage, input.language),
  },
  {
    extension: 'bib',
    mediaType: 'application/x-bibtex; charset=utf-8',
    title: 'BibTeX',
    note: 'the citation of the whole document',
    render: (input) => `${citation(input).bibtex}\n`,
  },
  {
    extension: 'ris',
    mediaType: 'application/x-research-info-systems; charset=utf-8',
    title: 'RIS',
    note: 'the citation, for reference managers',
    render: (input) => `${citation(input).ris}\n`,
  },
  {
    extension: 'csl.json',
    mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    title: 'CSL-JSON',
    note: 'the citation, for Zotero, Pandoc and citeproc',
    render: (input) => `${citation(input).csl}\n`,
  },
];

/** Where a format is published: "downloads/b8-0205-2019.txt". */
export function formatPath(format: ExportFormat, documentId: string): string {
  return downloadPath(documentId, format.extension);
}

/** Every format with its file's text and size in bytes (UTF-8): what the /downloads/ page lists. */
export function renderExports(input: ExportInput): { format: ExportFormat; path: string; body: string; bytes: number }[] {
  return EXPORT_FORMATS.map((format) => {
    const body = format.render(input);
    return { format, path: formatPath(format, input.documentId), body, bytes: new TextEncoder().encode(body).length };
  });
}
