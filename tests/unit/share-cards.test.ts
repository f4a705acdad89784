/**
 * Share cards at build (src/lib/cards/share-card.ts): the content loader starts drawing every card
 * as soon as the content is read, and the card route then asks for the same card. A card asked
 * for while it is being drawn is that one drawing, not a second; once drawn it is in the build
 * cache once, under its content hash. (That the loader and the route ask for the same cards, so
 * that a clean build draws each card once, is tests/build/content-edits.test.ts's count of 41.)
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const cache = mkdtempSync(join(tmpdir(), 'share-cards-'));
const card = { kicker: 'B8-0205/2019 · Motion for a resolution', heading: 'Recital J', body: 'whereas the authorities', footer: 'Not adopted as such.' };

let cards: typeof import('../../src/lib/cards/share-card.ts');
beforeAll(async () => {
  // build-cache.ts reads the cache directory when it is first imported.
  process.env['ASTRO_CACHE_DIR'] = cache;
  cards = await import('../../src/lib/cards/share-card.ts');
});

describe('a share card asked for while it is drawn', () => {
  it('is the drawing in flight, and is in the cache once when it is done', async () => {
    const first = cards.renderShareCard(card);
    expect(cards.renderShareCard(card)).toBe(first);
    const png = await first;
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    expect(readdirSync(join(cache, 'share-cards'))).toHaveLength(1);
  });

  it('started by drawShareCards, is the one the route then waits for', async () => {
    const other = { ...card, heading: 'Recital K' };
    cards.drawShareCards([other]);
    const asked = cards.renderShareCard(other);
    expect(cards.renderShareCard(other)).toBe(asked);
    await asked;
    expect(readdirSync(join(cache, 'share-cards'))).toHaveLength(2);
  });
});
