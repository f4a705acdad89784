/**
 * Writes `_headers` into the build for hosts that read one (Netlify, Cloudflare Pages): the
 * same Content Security Policy as every page's <meta>, plus the directives only a header can
 * carry. One source, src/lib/site.ts; never a hand-kept second copy.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_POLICY } from '../lib/site.ts';

/** The text of the `_headers` file: every path gets the full policy. */
export function headersFile(): string {
  const policy = [CONTENT_SECURITY_POLICY, ...HEADER_ONLY_POLICY].join('; ');
  return ['/*', `  Content-Security-Policy: ${policy}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', ''].join('\n');
}

export default function headers(): AstroIntegration {
  return {
    name: 'site-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info('`_headers` written with the Content Security Policy');
      },
    },
  };
}
