/**
 * /names/notes.json: for each entity of the registry, its name and one-line description, keyed
 * by the path of its page. The reading view fetches it only when a reader first points at or
 * focuses a name (src/scripts/name-notes.ts), so it weighs on no page's load.
 */
import type { APIRoute } from 'astro';
import { loadEditorial } from '../../data/editorial.ts';
import { loadRecord } from '../../data/record.ts';
import { shownDescription } from '../../lib/editorial/names.ts';
import { entityPath, href } from '../../lib/addresses.ts';

export const GET: APIRoute = async () => {
  const { registry } = await loadEditorial();
  const { tabled } = await loadRecord();
  const notes = Object.fromEntries(registry.map((entity) => [href(entityPath(entity.slug)), { name: entity.name, description: shownDescription(entity, tabled.written) ?? '' }]));
  return new Response(JSON.stringify(notes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
