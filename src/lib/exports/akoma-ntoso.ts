/**
 * The document as Akoma Ntoso 3.0 XML (OASIS LegalDocML): FRBR metadata, a preface (reference,
 * title, procedure), a preamble (the formula, the citations, the recitals) and a body (the
 * paragraphs), with the conventional eIds: cit_1 … , rec_A … , para_1 … . A motion for a
 * resolution is a proposal, not an enacted act: it is a <bill> named after its type. Built as a
 * xast tree (xastscript) and serialised by xast-util-to-xml, so escaping is the library's.
 */
import type { Element } from 'xast';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { ExportHeading, ExportUnit } from './exports.ts';
import type { DocumentRecord } from '../record/schema.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** "cit_1", "rec_A", "para_12": the conventional eId of a unit. */
export function aknEid(unit: Pick<ExportUnit, 'kind' | 'label'>): string {
  const prefix = { citation: 'cit', recital: 'rec', paragraph: 'para' }[unit.kind];
  return `${prefix}_${unit.label}`;
}

/** Children separated by line breaks, so the file reads well and text never runs together. */
function lines(children: Element[], indent: string): (Element | { type: 'text'; value: string })[] {
  return children.flatMap((child) => [{ type: 'text' as const, value: `\n${indent}` }, child]).concat({ type: 'text', value: `\n${indent.slice(2)}` });
}

export function akomaNtosoExport(record: DocumentRecord, heading: ExportHeading, units: readonly ExportUnit[], documentUrl: string): string {
  const date = record.tabled.date;
  const work = `/akn/eu/bill/motionForAResolution/${date}/${record.text.reference.replace('/', '-')}`;
  const of = (kind: ExportUnit['kind']) => units.filter((u) => u.kind === kind);
  const num = (unit: ExportUnit) => (unit.kind === 'citation' ? [] : [x('num', `${unit.label}.`)]);

  const meta = x('meta', lines([
    x('identification', { source: '#site' }, lines([
      x('FRBRWork', lines([
        x('FRBRthis', { value: `${work}/!main` }),
        x('FRBRuri', { value: work }),
        x('FRBRalias', { name: 'reference', value: record.text.reference }),
        x('FRBRalias', { name: 'procedure', value: record.text.procedure }),
        x('FRBRdate', { date, name: 'tabled' }),
        x('FRBRauthor', { href: '#ep' }),
        x('FRBRcountry', { value: 'eu' }),
        x('FRBRnumber', { value: record.text.reference }),
      ], '          ')),
      x('FRBRExpression', lines([
        x('FRBRthis', { value: `${work}/eng@/!main` }),
        x('FRBRuri', { value: `${work}/eng@` }),
        x('FRBRdate', { date, name: 'tabled' }),
        x('FRBRauthor', { href: '#ep' }),
        x('FRBRlanguage', { language: 'eng' }),
      ], '          ')),
      x('FRBRManifestation', lines([
        x('FRBRthis', { value: `${work}/eng@/!main.xml` }),
        x('FRBRuri', { value: `${work}/eng@.akn` }),
        x('FRBRdate', { date, name: 'tabled' }),
        x('FRBRauthor', { href: '#site' }),
      ], '          ')),
    ], '        ')),
    x('references', { source: '#site' }, lines([
      x('TLCOrganization', { eId: 'ep', href: '/ontology/organization/eu/europeanParliament', showAs: 'European Parliament' }),
      x('TLCOrganization', { eId: 'site', href: documentUrl, showAs: 'This site (a copy of the published text)' }),
    ], '        ')),
  ], '      '));

  const preface = x('preface', lines([
    x('p', [x('docNumber', heading.reference)]),
    x('p', [x('docTitle', heading.title)]),
    x('p', [x('inline', { name: 'procedure' }, `(${heading.procedure})`)]),
  ], '      '));

  const preamble = x('preamble', lines([
    x('formula', { name: 'actingEntity' }, [x('p', heading.formula)]),
    x('citations', { eId: 'cits' }, lines(of('citation').map((unit) => x('citation', { eId: aknEid(unit) }, [x('p', unit.text)])), '        ')),
    x('recitals', { eId: 'recs' }, lines(of('recital').map((unit) => x('recital', { eId: aknEid(unit) }, [...num(unit), x('p', unit.text)])), '        ')),
  ], '      '));

  const body = x('body', lines(of('paragraph').map((unit) => x('paragraph', { eId: aknEid(unit) }, [...num(unit), x('content', [x('p', unit.text)])])), '      '));

  const tree = x('akomaNtoso', { xmlns: AKN_NAMESPACE }, lines([x('bill', { name: 'motionForAResolution' }, lines([meta, preface, preamble, body], '    '))], '  '));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(tree)}\n`;
}
