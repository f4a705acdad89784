/**
 * /search/facets.json: the filters of the search interface (unit kind; later topic and name
 * kind), each value with the units it selects. Fetched only once a reader starts to search.
 */
import type { APIRoute } from 'astro';
import { loadResolution } from '../../data/resolution.ts';
import { buildSearchFacets } from '../../lib/search-facets.ts';

export const GET: APIRoute = async () => {
  const { units } = await loadResolution();
  return new Response(JSON.stringify(buildSearchFacets(units)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
