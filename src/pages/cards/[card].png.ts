/** The share cards (Open Graph images), one 1200×630 PNG per page that has its own: /, /about/, each unit. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRecord } from '../../data/record.ts';
import { loadResolution } from '../../data/resolution.ts';
import { PAGES, shareCardPath, unitPath } from '../../lib/addresses.ts';
import { renderShareCard } from '../../lib/cards/share-card.ts';
import { shareCardContent } from '../../lib/record/status.ts';

/** "cards/recitals-j.png" → "recitals-j": the route's parameter. */
const cardParam = (pagePath: string) => shareCardPath(pagePath).replace(/^cards\/|\.png$/g, '');

export const getStaticPaths = (async () => {
  const [record, { units }] = await Promise.all([loadRecord(), loadResolution()]);
  return [
    { params: { card: cardParam(PAGES.home) }, props: { card: shareCardContent(record, { kind: 'home' }) } },
    { params: { card: cardParam(PAGES.about) }, props: { card: shareCardContent(record, { kind: 'about' }) } },
    ...units.map((unit) => ({ params: { card: cardParam(unitPath(unit.kind, unit.label)) }, props: { card: shareCardContent(record, { kind: 'unit', title: unit.title, text: unit.text }) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareCard((props as { card: Parameters<typeof renderShareCard>[0] }).card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
