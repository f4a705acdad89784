/**
 * Writes `_headers` into the build for hosts that read one (Netlify, Cloudflare Pages; and
 * `npm run serve`, which serves the build as they would): the same Content Security Policy as
 * every page's <meta>, plus the directives only a header can carry; each download's media type
 * with its charset, from the export registry (a browser would read UTF-8 text without one as
 * Windows-1252); and a year's immutable cache for Astro's hashed assets, whose names change
 * when their content does. One source each, never a hand-kept second copy.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { EXPORT_FORMATS, formatPath } from '../lib/exports/formats.ts';
import { documentId } from '../loaders/content.ts';
import { contentSecurityPolicy, HEADER_ONLY_POLICY } from '../lib/site.ts';
import { withStyleHashes } from '../lib/style-hashes.ts';

/** Where Astro writes hashed assets (`build.assets`, left at its default). */
const HASHED_ASSETS = '_astro/';

/**
 * The text of the `_headers` file, for the document whose id is `document` (its downloads' names). Its paths are relative to the folder it is published with
 * (a host serving the build under a sub-path reads them from there), so they carry no base.
 * `styleHashes`: every page's inline stylesheet (one policy for all pages, which a page's own
 * <meta> narrows to its own).
 */
export function headersFile(document: string, styleHashes: readonly string[] = []): string {
  const policy = [contentSecurityPolicy(styleHashes), ...HEADER_ONLY_POLICY].join('; ');
  const rule = (path: string, ...headers: string[]) => [`/${path}`, ...headers.map((header) => `  ${header}`)];
  return [
    ...rule('*', `Content-Security-Policy: ${policy}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'),
    ...rule(`${HASHED_ASSETS}*`, 'Cache-Control: public, max-age=31536000, immutable'),
    ...EXPORT_FORMATS.flatMap((format) => rule(formatPath(format, document), `Content-Type: ${format.mediaType}`)),
    '',
  ].join('\n');
}

export default function headers(): AstroIntegration {
  return {
    name: 'site-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Each page's <meta> policy gets the hash of the page's own inline stylesheet.
        const styleHashes = new Set<string>();
        const pages = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const file of pages) {
          const url = new URL(file, dir);
          const page = withStyleHashes(await readFile(url, 'utf8'), file);
          if (page.hashes.length === 0) continue;
          for (const hash of page.hashes) styleHashes.add(hash);
          await writeFile(url, page.html);
        }
        await writeFile(new URL('_headers', dir), headersFile(documentId(), [...styleHashes].sort()));
        logger.info(`Inline stylesheets allowed by hash in the policy of ${pages.length} pages (${styleHashes.size} distinct); \`_headers\` written: the Content Security Policy, the downloads' media types, the hashed assets' cache`);
      },
    },
  };
}
