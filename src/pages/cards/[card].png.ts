/** The share cards (Open Graph images), one 1200×630 PNG per page that has its own: /, /about/, each unit. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecord } from '../../data/record.ts';
import { loadResolution } from '../../data/resolution.ts';
import { shareCardPath } from '../../lib/addresses.ts';
import { renderShareCard } from '../../lib/cards/share-card.ts';
import { siteShareCards } from '../../lib/cards/site-cards.ts';

/** "cards/recitals-j.png" → "recitals-j": the route's parameter. */
const cardParam = (pagePath: string) => shareCardPath(pagePath).replace(/^cards\/|\.png$/g, '');

export const getStaticPaths = (async () => {
  const [record, { units }] = await Promise.all([loadRecord(), loadResolution()]);
  return siteShareCards(record, units).map(({ page, card }) => ({ params: { card: cardParam(page) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareCard((props as { card: Parameters<typeof renderShareCard>[0] }).card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
