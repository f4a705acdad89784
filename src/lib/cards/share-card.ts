/**
 * Share cards: the 1200×630 PNG that a link to a page previews with (Open Graph). Drawn by
 * draw-worker.ts on a pool of threads (piscina), so that the cards are drawn side by side while the
 * pages render; kept in the build cache by content hash (src/lib/build-cache.ts), so that a
 * build draws only the cards whose content, layout, fonts or renderers changed.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { cachedArtefact, contentHash } from '../build-cache.ts';
import { layout, loadFonts, rendererVersions, SHARE_CARD_SIZE, type ShareCard } from './layout.ts';

export { SHARE_CARD_SIZE, type ShareCard } from './layout.ts';

/** The card's text alternative (og:image:alt): its heading and what it says of the document (the body is the page's description). */
export function shareCardAlt(card: ShareCard): string {
  return `${card.heading}: ${card.kicker}. ${card.footer}`;
}

let rendererKey: string | undefined;

/** What every card shares: the renderers' versions and the fonts' bytes, hashed once. */
function sharedInputsKey(): string {
  rendererKey ??= contentHash([...rendererVersions(), ...loadFonts().flatMap((font) => [`${font.name} ${font.weight} ${font.style}`, new Uint8Array(font.data as ArrayBuffer)])]);
  return rendererKey;
}

let pool: Piscina<ShareCard, Uint8Array> | undefined;

/**
 * The drawing threads, started with the first card that is not in the cache (a rebuild that
 * draws nothing starts none). One per core; an idle thread holds the process open for nobody
 * (piscina unrefs it) and ends after a second. The thread's module is loaded by Node from the
 * project's sources (this module runs bundled, from Astro's build output).
 */
function drawingPool(): Piscina<ShareCard, Uint8Array> {
  pool ??= new Piscina({
    filename: pathToFileURL(join(process.cwd(), 'src/lib/cards/draw-worker.ts')).href,
    minThreads: 0,
    maxThreads: availableParallelism(),
    idleTimeout: 1000,
  });
  return pool;
}

/** The card as PNG bytes, 1200×630: from the build cache when the same layout, fonts and renderers made it before, else drawn. */
export async function renderShareCard(card: ShareCard): Promise<Uint8Array> {
  const key = contentHash([sharedInputsKey(), JSON.stringify(SHARE_CARD_SIZE), JSON.stringify(layout(card))]);
  return cachedArtefact('share-cards', key, () => drawingPool().run(card));
}
