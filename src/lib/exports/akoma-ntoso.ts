/**
 * The document as Akoma Ntoso 3.0 XML (OASIS LegalDocML): FRBR metadata, a preface (reference,
 * title, procedure), a preamble (the formula, the citations, the recitals) and a body (the
 * paragraphs), with the conventional eIds: cit_1 … , rec_A … , para_1 … . A motion for a
 * resolution is a proposal, not an enacted act: it is a <bill> named after its type. The words
 * that cite a document are marked <ref href>, and the documents listed in <references>
 * (TLCReference). Built as a
 * xast tree (xastscript) and serialised by xast-util-to-xml, so escaping is the library's.
 */
import type { Element, Text } from 'xast';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { ExportHeading, ExportUnit } from './exports.ts';
import { LANGUAGES, type Language } from '../resolution/schema.ts';
import type { DocumentRecord } from '../record/schema.ts';
import type { Reference } from '../editorial/references.ts';

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

/** "ref_epca": the eId of a cited document's TLCReference. */
const referenceEid = (slug: string) => `ref_${slug}`;

/** "author_1": the eId of the first member who tabled the motion. */
const authorEid = (index: number) => `author_${index + 1}`;

/**
 * A unit's text with each cited document's words marked <ref href>: to the official address
 * where one was confirmed, otherwise to the document on this site's references page (which says
 * no official address was confirmed). The words are the text's own: nothing is added or changed.
 */
function textWithRefs(unit: ExportUnit, references: readonly Reference[], target: (ref: Reference) => string): (Element | Text)[] {
  const spans = references
    .filter((ref) => unit.id in ref.cites)
    .map((ref) => ({ ref, start: unit.text.indexOf(ref.cites[unit.id]), length: ref.cites[unit.id].length }))
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start);
  const out: (Element | Text)[] = [];
  let at = 0;
  for (const { ref, start, length } of spans) {
    if (start < at) continue; // Overlapping words: the first document keeps them.
    if (start > at) out.push({ type: 'text', value: unit.text.slice(at, start) });
    out.push(x('ref', { href: target(ref) }, unit.text.slice(start, start + length)));
    at = start + length;
  }
  if (at < unit.text.length) out.push({ type: 'text', value: unit.text.slice(at) });
  return out;
}

export function akomaNtosoExport(
  record: DocumentRecord,
  heading: ExportHeading,
  units: readonly ExportUnit[],
  documentUrl: string,
  references: readonly Reference[],
  referencePage: (slug: string) => string,
  textLanguage: Language,
): string {
  const target = (ref: Reference) => ref.address ?? referencePage(ref.slug);
  const p = (unit: ExportUnit) => x('p', textWithRefs(unit, references, target));
  const date = record.tabled.date;
  // Akoma Ntoso names languages with three letters (ISO 639-2/T): "eng" for "en".
  const language = LANGUAGES[textLanguage];
  const work = `/akn/eu/bill/motionForAResolution/${date}/${record.text.reference.replace('/', '-')}`;
  const of = (kind: ExportUnit['kind']) => units.filter((u) => u.kind === kind);
  const num = (unit: ExportUnit) => (unit.kind === 'citation' ? [] : [x('num', `${unit.label}.`)]);

  const members = record.tabledBy.members;
  const authors = members.map((_, index) => x('FRBRauthor', { href: `#${authorEid(index)}`, as: '#author' }));

  const meta = x('meta', lines([
    x('identification', { source: '#site' }, lines([
      x('FRBRWork', lines([
        x('FRBRthis', { value: `${work}/!main` }),
        x('FRBRuri', { value: work }),
        x('FRBRalias', { name: 'reference', value: record.text.reference }),
        x('FRBRalias', { name: 'procedure', value: record.text.procedure }),
        x('FRBRdate', { date, name: 'tabled' }),
        ...authors,
        x('FRBRcountry', { value: 'eu' }),
        x('FRBRnumber', { value: record.text.reference }),
      ], '          ')),
      x('FRBRExpression', lines([
        x('FRBRthis', { value: `${work}/${language}@/!main` }),
        x('FRBRuri', { value: `${work}/${language}@` }),
        x('FRBRdate', { date, name: 'tabled' }),
        ...authors,
        x('FRBRlanguage', { language }),
      ], '          ')),
      x('FRBRManifestation', lines([
        x('FRBRthis', { value: `${work}/${language}@/!main.xml` }),
        x('FRBRuri', { value: `${work}/${language}@.akn` }),
        x('FRBRdate', { date, name: 'tabled' }),
        x('FRBRauthor', { href: '#site' }),
      ], '          ')),
    ], '        ')),
    x('references', { source: '#site' }, lines([
      // The members who tabled the motion are its authors; the Parliament, in whose name the text is drafted ("The European Parliament,"), publishes it.
      ...members.map((member, index) => x('TLCPerson', { eId: authorEid(index), href: `/ontology/person/${encodeURIComponent(`${member.given}.${member.family}`)}`, showAs: `${member.given} ${member.family}` })),
      x('TLCOrganization', { eId: 'group', href: `/ontology/organization/eu/europeanParliament/group/${encodeURIComponent(record.tabledBy.onBehalfOf)}`, showAs: record.tabledBy.onBehalfOf }),
      x('TLCOrganization', { eId: 'ep', href: '/ontology/organization/eu/europeanParliament', showAs: 'European Parliament' }),
      x('TLCRole', { eId: 'author', href: '/ontology/role/author', showAs: 'Author' }),
      x('TLCOrganization', { eId: 'site', href: documentUrl, showAs: 'This site (a copy of the published text)' }),
      // The documents the text cites: each at its official address where one was confirmed, else at this site's references page.
      ...references.map((ref) => x('TLCReference', { eId: referenceEid(ref.slug), href: target(ref), showAs: ref.title })),
    ], '        ')),
  ], '      '));

  const preface = x('preface', lines([
    x('p', [x('docNumber', heading.reference)]),
    x('p', [x('docTitle', heading.title)]),
    x('p', [x('inline', { name: 'procedure' }, `(${heading.procedure})`)]),
  ], '      '));

  const preamble = x('preamble', lines([
    x('formula', { name: 'actingEntity' }, [x('p', heading.formula)]),
    x('citations', { eId: 'cits' }, lines(of('citation').map((unit) => x('citation', { eId: aknEid(unit) }, [p(unit)])), '        ')),
    x('recitals', { eId: 'recs' }, lines(of('recital').map((unit) => x('recital', { eId: aknEid(unit) }, [...num(unit), p(unit)])), '        ')),
  ], '      '));

  // A paragraph with lettered points: the words before (a) are its intro, each point its own
  // <point> (eId "para_4__point_a", the AKN naming convention for a part inside a part).
  const paragraph = (unit: ExportUnit) => {
    if (unit.points.length === 0) return x('paragraph', { eId: aknEid(unit) }, [...num(unit), x('content', [p(unit)])]);
    const intro = unit.text.slice(0, unit.text.indexOf(unit.points[0].text)).trim();
    const points = unit.points.map((point) =>
      x('point', { eId: `${aknEid(unit)}__point_${point.label}` }, [x('num', `(${point.label})`), x('content', [x('p', point.text.replace(/^\([a-z]\)\s*/, ''))])]),
    );
    return x('paragraph', { eId: aknEid(unit) }, [...num(unit), ...(intro ? [x('intro', [x('p', intro)])] : []), ...points]);
  };
  const body = x('body', lines(of('paragraph').map(paragraph), '      '));

  const tree = x('akomaNtoso', { xmlns: AKN_NAMESPACE }, lines([x('bill', { name: 'motionForAResolution' }, lines([meta, preface, preamble, body], '    '))], '  '));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(tree)}\n`;
}
