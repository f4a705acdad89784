/**
 * The downloads, one file per format of the registry (src/lib/exports/formats.ts): the whole
 * text as plain text, JSON (with its JSON Schema) and Akoma Ntoso XML, and the document's
 * citation as BibTeX, RIS and CSL-JSON. Made at build from the same units and record as the pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadExportInput } from '../../data/exports.ts';
import { loadResolution } from '../../data/resolution.ts';
import { PAGES } from '../../lib/addresses.ts';
import { EXPORT_FORMATS, formatPath, type ExportFormat } from '../../lib/exports/formats.ts';

export const getStaticPaths = (async () => {
  const { id } = await loadResolution();
  return EXPORT_FORMATS.map((format) => ({
    params: { file: formatPath(format, id).slice(PAGES.downloads.length) },
    props: { format },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { format } = props as { format: ExportFormat };
  return new Response(format.render(await loadExportInput(site)), { headers: { 'Content-Type': format.mediaType } });
};
