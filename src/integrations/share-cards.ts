/**
 * Astro integration: tells the content loader that this is `astro build`, whose share cards it
 * starts drawing as soon as the content is read (src/lib/cards/ahead.ts).
 */
import type { AstroIntegration } from 'astro';
import { drawShareCardsAhead } from '../lib/cards/ahead.ts';

export default function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') drawShareCardsAhead();
      },
    },
  };
}
