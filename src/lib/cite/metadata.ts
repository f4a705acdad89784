/**
 * What reference managers and search engines read in a page's head: the `citation_*` meta tags
 * (as Google Scholar and Zotero read them) and schema.org JSON-LD (`Legislation`), for the
 * document's pages (/ and /about/) and each unit's page. Pure: record, unit and URLs in.
 */
import { citedUnitName, PUBLISHER, type CitedUnit } from './citation.ts';
import type { DocumentRecord } from '../record/schema.ts';

/** Highwire Press tags: name, content; a name may repeat. */
export type MetaTag = readonly [name: string, content: string];

/** "2019/03/12": the date form Highwire Press tags use. */
const highwireDate = (iso: string) => iso.replaceAll('-', '/');

/** The `citation_*` tags of the document (`documentUrl`) or of one of its units (`unit`, at `pageUrl`). */
export function citationMetaTags(record: DocumentRecord, pageUrl: string, unit?: CitedUnit): MetaTag[] {
  return [
    ['citation_title', unit ? `${record.title.value}, ${citedUnitName(unit)}` : record.title.value],
    // One tag per author, "Family, Given" as Google Scholar asks: the members who tabled it, not the Parliament.
    ...record.tabledBy.members.map(({ family, given }): MetaTag => ['citation_author', `${family}, ${given}`]),
    ['citation_publication_date', highwireDate(record.tabled.date)],
    ['citation_publisher', PUBLISHER],
    ['citation_technical_report_institution', PUBLISHER],
    ['citation_technical_report_number', record.text.reference],
    ['citation_language', record.text.language],
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
    name: record.title.value,
    legislationIdentifier: record.text.reference,
    legislationType: record.type.value,
    legislationDate: record.tabled.date,
    legislationJurisdiction: 'EU',
    inLanguage: record.text.language,
    author: record.tabledBy.members.map(({ family, given }) => ({ '@type': 'Person', givenName: given, familyName: family, name: `${given} ${family}` })),
    publisher: { '@type': 'Organization', name: PUBLISHER },
    sameAs: record.sources['document'].url,
  };
  if (!unit) return { '@context': 'https://schema.org', ...document };
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': unit.url,
    url: unit.url,
    name: `${record.title.value}, ${citedUnitName(unit)}`,
    legislationIdentifier: `${record.text.reference}, ${citedUnitName(unit)}`,
    legislationType: record.type.value,
    legislationDate: record.tabled.date,
    legislationJurisdiction: document.legislationJurisdiction,
    inLanguage: record.text.language,
    text: unit.text,
    isPartOf: { '@id': document['@id'], '@type': 'Legislation', name: document.name, legislationIdentifier: document.legislationIdentifier },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text can never close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
