/**
 * Loads the name notes (src/scripts/name-notes.ts) on the first hover or focus of a name in the
 * text, and shows that name's note: nothing of them loads before.
 */
import { UNIT_LABEL, UNIT_TEXT } from '../lib/markup.ts';

const first = (event: Event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>(`.${UNIT_TEXT} a:not(.${UNIT_LABEL})`);
  if (!link) return;
  removeEventListener('pointerover', first);
  removeEventListener('focusin', first);
  void import('./name-notes.ts').then((notes) => notes.showIfActive(link));
};
addEventListener('pointerover', first);
addEventListener('focusin', first);
