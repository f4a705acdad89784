/**
 * A drawing thread of share-card.ts's pool (piscina): draws the card it is given. Each card costs
 * some 35 ms of CPU (layout, rasterising, PNG encoding), all of it here, off the thread that
 * renders the pages, and on as many threads as the machine has cores.
 */
import { drawCard, type ShareCard } from './draw.ts';

export default function draw(card: ShareCard): Promise<Uint8Array> {
  return drawCard(card);
}
