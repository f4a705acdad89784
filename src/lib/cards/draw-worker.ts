/**
 * A drawing thread of share-card.ts's pool (piscina): draws the card it is given, layout to SVG
 * with satori, SVG to PNG with resvg (a binary shipped inside its npm package). Each card costs
 * some 35 ms of CPU, all of it here, off the thread that renders the pages. (Satori's standalone
 * build would skip decoding its inlined Yoga binary, but the yoga.wasm that satori 0.19.1 ships
 * is damaged: its bytes went through a text encoding.)
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { layout, loadFonts, SHARE_CARD_SIZE, type ShareCard } from './layout.ts';

/** The card as PNG bytes, 1200×630. */
export default async function draw(card: ShareCard): Promise<Uint8Array> {
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], { ...SHARE_CARD_SIZE, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_CARD_SIZE.width } }).render().asPng();
}
