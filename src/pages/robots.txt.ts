/**
 * robots.txt: every page may be crawled, and the sitemap is named with its absolute address.
 * Crawlers read it at the root of a host only: under a sub-path (BASE_PATH, or a path in
 * SITE_URL) it is published beside the site for the host's owner to merge into theirs.
 */
import type { APIRoute } from 'astro';
import { href } from '../lib/addresses.ts';

/** Written by @astrojs/sitemap at the site's base. */
const SITEMAP = 'sitemap-index.xml';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(href(SITEMAP), site).href}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
