/**
 * Which share cards the site publishes, and what each says: one for /, one for /about/, one per
 * unit. The card route (src/pages/cards/[card].png.ts) serves them; the content loader starts
 * drawing them at build as soon as the content is read (src/loaders/collections.ts).
 */
import { PAGES, unitPath } from '../addresses.ts';
import { shareCardContent } from '../record/status.ts';
import type { DocumentRecord } from '../record/schema.ts';
import type { Unit } from '../resolution/units.ts';
import type { ShareCard } from './layout.ts';

/** Every page that has its own card (its path under the base, as in src/lib/addresses.ts), with what the card says. */
export function siteShareCards(record: DocumentRecord, units: readonly Pick<Unit, 'kind' | 'label' | 'title' | 'text'>[]): { page: string; card: ShareCard }[] {
  return [
    { page: PAGES.home, card: shareCardContent(record, { kind: 'home' }) },
    { page: PAGES.about, card: shareCardContent(record, { kind: 'about' }) },
    ...units.map((unit) => ({ page: unitPath(unit.kind, unit.label), card: shareCardContent(record, { kind: 'unit', title: unit.title, text: unit.text }) })),
  ];
}
