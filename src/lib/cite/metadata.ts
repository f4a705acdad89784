/**
 * What reference managers and search engines read in a page's head: the `citation_*` meta tags
 * (as Google Scholar and Zotero read them) and schema.org JSON-LD (`Legislation`), for the
 * document's pages (/ and /about/) and each unit's page. Pure: record, unit and URLs in.
 */
import { citedUnitName, type CitedUnit } from './citation.ts';
import type { DocumentRecord } from '../record/schema.ts';

/** Highwire Press tags: name, content; a name may repeat. */
export type MetaTag = readonly [name: string, content: string];

/** "2019/03/12": the date form Highwire Press tags use. */
const highwireDate = (iso: string) => iso.replaceAll('-', '/');

const INSTITUTION = 'European Parliament';

/** The `citation_*` tags of the document (`documentUrl`) or of one of its units (`unit`, at `pageUrl`). */
export function citationMetaTags(record: DocumentRecord, pageUrl: string, unit?: CitedUnit): MetaTag[] {
  return [
    ['citation_title', unit ? `${record.citationTitle}, ${citedUnitName(unit)}` : record.citationTitle],
    ['citation_author', INSTITUTION],
    ['citation_publication_date', highwireDate(record.tabled.date)],
    ['citation_publisher', INSTITUTION],
    ['citation_technical_report_institution', INSTITUTION],
    ['citation_technical_report_number', record.reference.value],
    ['citation_language', record.language.code],
    ['citation_public_url', pageUrl],
    ['citation_pdf_url', record.sources.pdf.url],
  ];
}

/** schema.org JSON-LD of the document, or of a unit that `isPartOf` it. `documentUrl` is the reading view's absolute URL. */
export function legislationJsonLd(record: DocumentRecord, documentUrl: string, unit?: CitedUnit & { url: string; text: string }): Record<string, unknown> {
  const document = {
    '@type': 'Legislation',
    '@id': documentUrl,
    url: documentUrl,
    name: record.citationTitle,
    legislationIdentifier: record.reference.value,
    legislationType: record.type.value,
    legislationDate: record.tabled.date,
    legislationJurisdiction: 'EU',
    inLanguage: record.language.code,
    author: { '@type': 'Organization', name: INSTITUTION },
    sameAs: record.sources.document.url,
  };
  if (!unit) return { '@context': 'https://schema.org', ...document };
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': unit.url,
    url: unit.url,
    name: `${record.citationTitle}, ${citedUnitName(unit)}`,
    legislationIdentifier: `${record.reference.value}, ${citedUnitName(unit)}`,
    legislationType: record.type.value,
    legislationDate: record.tabled.date,
    legislationJurisdiction: document.legislationJurisdiction,
    inLanguage: record.language.code,
    text: unit.text,
    isPartOf: { '@id': document['@id'], '@type': 'Legislation', name: document.name, legislationIdentifier: document.legislationIdentifier },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text can never close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
