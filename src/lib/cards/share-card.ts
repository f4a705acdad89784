/**
 * Share cards: the 1200×630 PNG that a link to a page previews with (Open Graph). Drawn by
 * draw-worker.ts on a pool of threads (piscina), so that the cards are drawn side by side while the
 * pages render; kept in the build cache by content hash (src/lib/build-cache.ts), so that a
 * build draws only the cards whose content, layout, fonts or renderers changed. At build the
 * content loader starts drawing every card as soon as the content is read (drawShareCards), so
 * that the threads draw while Vite bundles the pages; the card route then finds its card drawn,
 * or still in flight, and waits for that one drawing instead of starting another.
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
 * draws nothing starts none). One per core but the one that syncs, bundles and renders (one on a
 * two-core machine: each thread loads the renderers and fonts again, and a second one made a
 * clean build slower, bench/build.mjs); an idle thread holds the process open for nobody
 * (piscina unrefs it) and ends after a second. The thread's module is loaded by Node from the
 * project's sources (this module runs bundled, from Astro's build output).
 */
function drawingPool(): Piscina<ShareCard, Uint8Array> {
  pool ??= new Piscina({
    filename: pathToFileURL(join(process.cwd(), 'src/lib/cards/draw-worker.ts')).href,
    minThreads: 0,
    maxThreads: Math.max(1, availableParallelism() - 1),
    idleTimeout: 1000,
  });
  return pool;
}

/**
 * The cards being read or drawn, by cache key, until each is in the cache. On globalThis: the
 * content loader (loaded by Node) and the card route (in Astro's bundle) are two copies of this
 * module in one process, and the route must find what the loader started.
 */
const IN_FLIGHT = Symbol.for('ep-motion-site.share-cards-in-flight');
const inFlight = ((globalThis as { [IN_FLIGHT]?: Map<string, Promise<Uint8Array>> })[IN_FLIGHT] ??= new Map<string, Promise<Uint8Array>>());

/** The card as PNG bytes, 1200×630: from the build cache when the same layout, fonts and renderers made it before, else drawn. */
export function renderShareCard(card: ShareCard): Promise<Uint8Array> {
  const key = contentHash([sharedInputsKey(), JSON.stringify(SHARE_CARD_SIZE), JSON.stringify(layout(card))]);
  const pending = inFlight.get(key);
  if (pending) return pending;
  const made = cachedArtefact('share-cards', key, () => drawingPool().run(card)).finally(() => inFlight.delete(key));
  inFlight.set(key, made);
  return made;
}

/**
 * Starts reading or drawing `cards` and returns at once. A card that fails is not reported here:
 * its route asks for it again (the failed one is no longer in flight) and the build stops there,
 * on that page, with the error.
 */
export function drawShareCards(cards: readonly ShareCard[]): void {
  for (const card of cards) renderShareCard(card).catch(() => undefined);
}
