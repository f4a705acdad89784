/**
 * Whether this process is an `astro build`, whose share cards the content loader starts drawing
 * as soon as it has read the content (src/loaders/collections.ts). `astro dev` draws a card when
 * a page asks for it, and `astro check` and `astro sync`, which read the content too, draw none.
 * Set by src/integrations/share-cards.ts, which knows the command; on globalThis, since the
 * config and the content loader are loaded apart. Imports nothing: the config loads it.
 */
const KEY = Symbol.for('ep-motion-site.draw-share-cards-ahead');
const shared = globalThis as { [KEY]?: boolean };

/** Marks this process as a build. */
export function drawShareCardsAhead(): void {
  shared[KEY] = true;
}

/** True in `astro build` only. */
export function drawingShareCardsAhead(): boolean {
  return shared[KEY] === true;
}
