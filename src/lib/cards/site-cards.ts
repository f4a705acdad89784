/**
 * Which share cards the site publishes, and what each says: one for /, one for /about/, one per
 * unit; every other page shows the home page's. The card route (src/pages/cards/[card].png.ts)
 * serves them, the content loader starts drawing them at build as soon as the content is read
 * (src/loaders/collections.ts), and each page's head links and describes its own (Base.astro):
 * all three ask here, so that a page never links a card that is not drawn.
 */
import { PAGES, unitPath } from '../addresses.ts';
import { shareCardContent } from '../record/status.ts';
import type { DocumentRecord } from '../record/schema.ts';
import type { Unit } from '../resolution/units.ts';
import type { ShareCard } from './layout.ts';

type CardUnit = Pick<Unit, 'kind' | 'label' | 'title' | 'text'>;

/** What a page is about, for its card: the text (/), the document's /about/ page, or one unit. */
export type CardSubject = { page: 'home' | 'about' } | { unit: CardUnit };

/** The card of the page about `subject`: the page it belongs to (its path under the base, as in src/lib/addresses.ts) and what it says. */
export function shareCardOf(record: DocumentRecord, subject: CardSubject): { page: string; card: ShareCard } {
  if ('unit' in subject) {
    const { unit } = subject;
    return { page: unitPath(unit.kind, unit.label), card: shareCardContent(record, { kind: 'unit', title: unit.title, text: unit.text }) };
  }
  return { page: subject.page === 'about' ? PAGES.about : PAGES.home, card: shareCardContent(record, { kind: subject.page }) };
}

/** Every page that has its own card, with what the card says. */
export function siteShareCards(record: DocumentRecord, units: readonly CardUnit[]): { page: string; card: ShareCard }[] {
  return [{ page: 'home' as const }, { page: 'about' as const }, ...units.map((unit) => ({ unit }))].map((subject) => shareCardOf(record, subject));
}
