/**
 * The files some hosts read (Netlify, Cloudflare Pages), derived from the collections like every
 * other page: `_redirects`, the forgiving addresses of the units
 * (src/lib/links/forgiving-addresses.ts; the 404 page's script covers every host, and the case
 * of letters, too), and `_headers` (src/lib/headers-file.ts), whose downloads are named by the
 * document's id.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadResolution } from '../data/resolution.ts';
import { unitPath } from '../lib/addresses.ts';
import { headersFile } from '../lib/headers-file.ts';
import { redirectRules } from '../lib/links/forgiving-addresses.ts';

// File names Astro would not route from src/pages/ (a leading "_" marks a private file there).
export const getStaticPaths = (() => [{ params: { hostFile: '_redirects' } }, { params: { hostFile: '_headers' } }]) satisfies GetStaticPaths;

const text = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export const GET: APIRoute = async ({ params }) => {
  const { id, units } = await loadResolution();
  if (params.hostFile === '_headers') return text(headersFile(id));
  const rules = redirectRules(import.meta.env.BASE_URL, units.map((unit) => unitPath(unit.kind, unit.label)));
  return text(`# Forgiving addresses (src/lib/links/forgiving-addresses.ts).\n${rules.join('\n')}\n`);
};
