/**
 * The downloads: the whole text as plain text, JSON (with its JSON Schema) and Akoma Ntoso XML,
 * and the document's citation as BibTeX, RIS and CSL-JSON. Made at build from the same units
 * and record as the pages (src/lib/record/), with the documents the text cites.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecord } from '../../data/record.ts';
import { loadReferences } from '../../data/references.ts';
import { loadResolution } from '../../data/resolution.ts';
import { DOWNLOADS, href, PAGES, referencePath, unitInText, unitPath } from '../../lib/addresses.ts';
import { akomaNtosoExport } from '../../lib/exports/akoma-ntoso.ts';
import { citationFormats } from '../../lib/cite/citation.ts';
import { jsonExport, jsonExportJsonSchema, plainTextExport, type ExportHeading, type ExportUnit } from '../../lib/exports/exports.ts';

type Download = keyof typeof DOWNLOADS;
const TYPES: Record<Download, string> = {
  text: 'text/plain; charset=utf-8',
  json: 'application/json',
  jsonSchema: 'application/schema+json',
  akomaNtoso: 'application/akn+xml',
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems',
  cslJson: 'application/vnd.citationstyles.csl+json',
};

export const getStaticPaths = (() =>
  (Object.keys(DOWNLOADS) as Download[]).map((download) => ({
    params: { file: DOWNLOADS[download].replace(/^downloads\//, '') },
    props: { download },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { download } = props as { download: Download };
  const [record, { meta, formula, units }, { references }] = await Promise.all([loadRecord(), loadResolution(), loadReferences()]);
  const absolute = (path: string) => new URL(href(path), site).href;
  const documentUrl = absolute(PAGES.home);
  const heading: ExportHeading = { reference: meta.reference, title: meta.title, procedure: meta.procedure, formula: formula.text };
  const addresses = (unit: ExportUnit) => ({ inText: absolute(unitInText(unit.kind, unit.label)), page: absolute(unitPath(unit.kind, unit.label)) });
  const schemaUrl = absolute(DOWNLOADS.jsonSchema);
  const referencePage = (slug: string) => absolute(referencePath(slug));
  const citation = () => citationFormats(record, documentUrl);
  const body: Record<Download, () => string> = {
    text: () => plainTextExport(record, heading, units, documentUrl),
    json: () => `${JSON.stringify(jsonExport(record, heading, units, addresses, schemaUrl, references, referencePage), null, 2)}\n`,
    jsonSchema: () => `${JSON.stringify(jsonExportJsonSchema(schemaUrl, record.text.reference), null, 2)}\n`,
    akomaNtoso: () => akomaNtosoExport(record, heading, units, documentUrl, references, referencePage),
    bibtex: () => `${citation().bibtex}\n`,
    ris: () => `${citation().ris}\n`,
    cslJson: () => `${citation().csl}\n`,
  };
  return new Response(body[download](), { headers: { 'Content-Type': TYPES[download] } });
};
