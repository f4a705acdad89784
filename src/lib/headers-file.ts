/**
 * The `_headers` file, for hosts that read one (Netlify, Cloudflare Pages; and `npm run serve`,
 * which serves the build as they would), published by the route src/pages/[hostFile].ts: the
 * Content Security Policy of every page's <meta>, plus the directives only a header can carry,
 * inline style left to each page's <meta> (src/lib/site.ts, HEADER_POLICY); each download's
 * media type with its charset, from the export registry (a browser would read UTF-8 text
 * without one as Windows-1252); and a year's immutable cache for Astro's hashed
 * assets, whose names change when their content does. One source each, never a hand-kept second
 * copy. A route, not a build hook: it reads the document's id from the content collections like
 * every page, and astro.config.mjs imports none of the site's modules (see src/integrations/pagefind.ts).
 */
import { EXPORT_FORMATS, formatPath } from './exports/formats.ts';
import { HEADER_POLICY } from './site.ts';

/** Where Astro writes hashed assets (`build.assets`, left at its default). */
const HASHED_ASSETS = '_astro/';

/**
 * The text of the `_headers` file, for the document whose id is `document` (its downloads' names). Its paths are relative to the folder it is published with
 * (a host serving the build under a sub-path reads them from there), so they carry no base.
 */
export function headersFile(document: string): string {
  const rule = (path: string, ...headers: string[]) => [`/${path}`, ...headers.map((header) => `  ${header}`)];
  return [
    ...rule('*', `Content-Security-Policy: ${HEADER_POLICY}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'),
    ...rule(`${HASHED_ASSETS}*`, 'Cache-Control: public, max-age=31536000, immutable'),
    ...EXPORT_FORMATS.flatMap((format) => rule(formatPath(format, document), `Content-Type: ${format.mediaType}`)),
    '',
  ].join('\n');
}
