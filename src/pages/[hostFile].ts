/**
 * `_redirects`, for hosts that read one (Netlify, Cloudflare Pages): the forgiving addresses of
 * the units (src/lib/links/forgiving-addresses.ts), derived from the units collection like every
 * other page. The 404 page's script covers every host, and the case of letters, too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadResolution } from '../data/resolution.ts';
import { unitPath } from '../lib/addresses.ts';
import { redirectRules } from '../lib/links/forgiving-addresses.ts';

// A file name Astro would not route from src/pages/ (a leading "_" marks a private file there).
export const getStaticPaths = (() => [{ params: { hostFile: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { units } = await loadResolution();
  const rules = redirectRules(import.meta.env.BASE_URL, units.map((unit) => unitPath(unit.kind, unit.label)));
  return new Response(`# Forgiving addresses (src/lib/links/forgiving-addresses.ts).\n${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
