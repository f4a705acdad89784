/**
 * The text as data: the whole document as plain text (units under their labels) and as JSON
 * (the record, one object per unit, and the documents the units cite) with its JSON Schema. Pure serialisers of plain unit
 * objects; the build serves them from src/pages/downloads/.
 */
import { z } from 'astro/zod';
import { IDENTIFIER_SCHEMES, REFERENCE_KINDS, type IdentifierScheme, type Reference } from '../editorial/references.ts';
import { printedLabel as unitPrintedLabel, sectionOf, UNIT_ID_PATTERN, UNIT_KINDS, type UnitKind } from '../resolution/units.ts';
import { authorsText } from '../cite/citation.ts';
import { outcomeSentence } from '../record/outcome.ts';
import { recordFile, recordSchema, type DocumentRecord } from '../record/schema.ts';

/** What the exports need of a unit: the unit model's fields, as plain data. */
export interface ExportUnit {
  id: string;
  kind: UnitKind;
  label: string;
  title: string;
  position: number;
  /** The unit's text, label left out, as the source has it. */
  text: string;
  /** Entity slugs (content/names.yaml) and topic slugs (content/topics.yaml). */
  names: readonly string[];
  topics: readonly string[];
  /** Its lettered points ("(a) …"), with their anchors; empty for most units. */
  points: readonly { label: string; id: string; text: string }[];
}

/** The document's own heading and formula, as the source prints them. */
export interface ExportHeading {
  reference: string;
  title: string;
  procedure: string;
  formula: string;
}

/** Absolute addresses of a unit: its place in the whole text and its own page. */
export type UnitAddresses = (unit: ExportUnit) => { inText: string; page: string };

/** "A.", "4."; citations are unlabelled in the source. */
const printedLabel = (unit: ExportUnit) => unitPrintedLabel(unit.kind, unit.label) ?? null;

// Plain text -----------------------------------------------------------------------------------

/** Lines in square brackets are this site's, not the text's: the heading of each section and unit. */
export const EDITORIAL_LINE = /^\[.*\]$/;
/** The line that ends the header (what the file is, where it comes from) and starts the text. */
export const TEXT_START = '==== TEXT ====';

/**
 * The whole text as plain text: a short header, then the source's words, each unit under an
 * editorial "[Recital A]" line, its printed label kept ("A. whereas …") as the source prints it.
 */
export function plainTextExport(record: DocumentRecord, heading: ExportHeading, units: readonly ExportUnit[], documentUrl: string): string {
  const sections: string[] = [];
  let kind: string | undefined;
  for (const unit of units) {
    if (unit.kind !== kind) {
      kind = unit.kind;
      sections.push(`[${sectionOf(unit.kind).title}]`);
    }
    sections.push(`[${unit.title}]\n${[printedLabel(unit), unit.text].filter(Boolean).join(' ')}`);
  }
  return [
    `${record.text.reference}: ${record.type.value} tabled on ${record.tabled.written} by ${authorsText(record)}.`,
    outcomeSentence(record),
    `Text as published by the European Parliament: ${record.sources['pdf'].url}`,
    `This copy: ${documentUrl}. Lines in [square brackets] are this site's, not the text's.`,
    '',
    TEXT_START,
    heading.reference,
    heading.title,
    `(${heading.procedure})`,
    '',
    heading.formula,
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

// JSON ----------------------------------------------------------------------------------------

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const unitId = z.string().regex(UNIT_ID_PATTERN);

/** A cited document as the JSON download gives it (content/references.yaml, an editorial layer). */
const exportReferenceSchema = z
  .object({
    id: slug.describe('The document’s anchor on the references page.'),
    kind: z.enum(REFERENCE_KINDS),
    title: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/).nullable().describe('YYYY-MM-DD, or YYYY-MM when only the month is known; null when not confirmed.'),
    dated: z.enum(['adopted', 'signed', 'issued', 'edition']).nullable().describe('What the date is.'),
    identifiers: z
      .array(z.object({ scheme: z.enum(Object.keys(IDENTIFIER_SCHEMES) as [IdentifierScheme, ...IdentifierScheme[]]), label: z.string(), value: z.string() }).strict())
      .describe('Official identifiers, in their official form (texts adopted, Official Journal, CELEX …).'),
    address: z.url().nullable().describe('The document’s official address, only where that page itself was seen; null: no official address confirmed.'),
    addressNote: z.string().nullable(),
    source: z.url().describe('The page the facts were read on.'),
    sourceNote: z.string().nullable().describe('What that page is, when it is not the official document (an unofficial copy, a press report …).'),
    textSays: z.string().nullable().describe('Where the text’s words differ from the document’s title: what the text says and what the document is.'),
    page: z.url().describe('The document on this site’s references page.'),
    citedBy: z.array(z.object({ unit: unitId, words: z.string().min(1).describe('The words of the unit that name the document, as the source has them.') }).strict()).min(1),
  })
  .strict();

export const jsonExportSchema = z
  .object({
    $schema: z.url(),
    heading: z
      .object({
        reference: z.string().describe('As the source prints it, e.g. "B10-0123/2025".'),
        title: z.string().describe('The motion’s own heading, as drafted: not the title of an adopted text.'),
        procedure: z.string().describe('The procedure, printed in parentheses in the source.'),
        formula: z.string().describe('The preamble formula: "The European Parliament,".'),
      })
      .strict(),
    record: recordSchema.describe('Facts from outside the text, each with the key of its source in `sources`.'),
    units: z
      .array(
        z
          .object({
            id: unitId.describe('The permanent anchor of the unit in the reading view.'),
            kind: z.enum(UNIT_KINDS),
            label: z.string().describe('"1", "A": the unit’s number or letter.'),
            printedLabel: z.string().nullable().describe('The label as the source prints it before the text ("A."); null for citations, which the source leaves unlabelled.'),
            title: z.string(),
            position: z.number().int().positive().describe('Place within its section, from 1.'),
            text: z.string().min(1).describe('The source’s words, label left out.'),
            addresses: z.object({ inText: z.url(), page: z.url() }).strict(),
            names: z.array(slug).describe('Slugs of the entities the unit mentions (an editorial layer of this site).'),
            topics: z.array(slug).describe('Slugs of the topics the unit is tagged with (an editorial layer of this site).'),
            points: z
              .array(
                z
                  .object({
                    label: z.string().describe('"a": the point’s letter.'),
                    id: z.string().describe('The permanent anchor of the point: "paragraph-4-a".'),
                    text: z.string().min(1).describe('The point’s words, its marker "(a)" included: a slice of `text`.'),
                    addresses: z.object({ inText: z.url(), page: z.url() }).strict(),
                  })
                  .strict(),
              )
              .optional()
              .describe('The lettered points of a paragraph, when it has any.'),
          })
          .strict(),
      )
      .min(1),
    references: z.array(exportReferenceSchema).describe('The documents the text cites, each once, with the units that cite them (an editorial layer of this site).'),
  })
  .strict();

export type JsonExport = z.infer<typeof jsonExportSchema>;

/** The cited documents as data; `page` gives a document's absolute address on the references page. */
function exportReferences(references: readonly Reference[], units: readonly ExportUnit[], page: (slug: string) => string): JsonExport['references'] {
  const order = new Map(units.map((u, i) => [u.id, i]));
  return references.map((ref) => ({
    id: ref.slug,
    kind: ref.kind,
    title: ref.title,
    date: ref.date ?? null,
    dated: ref.dated ?? null,
    identifiers: (Object.entries(ref.identifiers) as [IdentifierScheme, string][]).map(([scheme, value]) => ({ scheme, label: IDENTIFIER_SCHEMES[scheme].label, value })),
    address: ref.address ?? null,
    addressNote: ref.addressNote ?? null,
    source: ref.source,
    sourceNote: ref.sourceNote ?? null,
    textSays: ref.textSays ?? null,
    page: page(ref.slug),
    citedBy: Object.entries(ref.cites)
      .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map(([unit, words]) => ({ unit, words })),
  }));
}

/** The whole document as data; `schemaUrl` is where its JSON Schema is published, `referencePage` a cited document's address here. */
export function jsonExport(
  record: DocumentRecord,
  heading: ExportHeading,
  units: readonly ExportUnit[],
  addresses: UnitAddresses,
  schemaUrl: string,
  references: readonly Reference[],
  referencePage: (slug: string) => string,
): JsonExport {
  return jsonExportSchema.parse({
    $schema: schemaUrl,
    heading,
    record: recordFile(record),
    units: units.map((unit) => ({
      id: unit.id,
      kind: unit.kind,
      label: unit.label,
      printedLabel: printedLabel(unit),
      title: unit.title,
      position: unit.position,
      text: unit.text,
      addresses: addresses(unit),
      names: [...unit.names],
      topics: [...unit.topics],
      // Only where there are points: the other units' objects stay as they were published.
      ...(unit.points.length > 0 && {
        points: unit.points.map((point) => {
          const { inText, page } = addresses(unit);
          return { ...point, addresses: { inText: `${inText.replace(/#.*$/, '')}#${point.id}`, page: `${page}#${point.id}` } };
        }),
      }),
    })),
    references: exportReferences(references, units, referencePage),
  });
}

/** The JSON Schema (draft 2020-12) of the JSON download, from the same zod schema that checks it at build. */
export function jsonExportJsonSchema(schemaUrl: string, reference: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(jsonExportSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: schemaUrl,
    title: `${reference} as data: the record, the units and the documents they cite`,
  };
}
