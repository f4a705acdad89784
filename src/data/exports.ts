/**
 * What the downloads are made from, as the build has it: the record, the text and the build's
 * absolute addresses, for the download route and the /downloads/ page (which lists sizes).
 */
import { href, PAGES, referencePath, unitInText, unitPath } from '../lib/addresses.ts';
import type { ExportInput, ExportUnit } from '../lib/exports/formats.ts';
import { loadRecord } from './record.ts';
import { loadReferences } from './references.ts';
import { loadResolution } from './resolution.ts';

/** The downloads' input, for a build published at `site` (Astro.site). */
export async function loadExportInput(site: URL | undefined): Promise<ExportInput> {
  const [record, { id, meta, formula, units }, { references }] = await Promise.all([loadRecord(), loadResolution(), loadReferences()]);
  const absolute = (path: string) => new URL(href(path), site).href;
  return {
    documentId: id,
    language: meta.language,
    record,
    heading: { reference: meta.reference, title: meta.title, procedure: meta.procedure, formula: formula.text },
    units,
    documentUrl: absolute(PAGES.home),
    unitAddresses: (unit: ExportUnit) => ({ inText: absolute(unitInText(unit.kind, unit.label)), page: absolute(unitPath(unit.kind, unit.label)) }),
    absolute,
    references,
    referencePage: (slug: string) => absolute(referencePath(slug)),
  };
}
