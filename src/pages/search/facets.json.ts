/**
 * /search/facets.json: the filters of the search interface — unit kind, topic, name kind —
 * each value with the units it selects. Fetched only once a reader starts to search.
 */
import type { APIRoute } from 'astro';
import { loadEditorial } from '../../data/editorial.ts';
import { nameFacets } from '../../lib/editorial/names.ts';
import { buildSearchFacets } from '../../lib/search/facets.ts';
import { topicFacets } from '../../lib/editorial/topics.ts';

export const GET: APIRoute = async () => {
  const { units, registry, mentions, topics, unitOrder } = await loadEditorial();
  const facets = buildSearchFacets(units, [topicFacets(topics, unitOrder), nameFacets(registry, mentions, unitOrder)]);
  return new Response(JSON.stringify(facets), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
