/**
 * "Copy link to this passage", loaded on demand: this listener is all that loads with the page;
 * the offer itself (src/scripts/passage-link-offer.ts) is imported the first time the reader
 * selects words inside a unit, by mouse, touch or keyboard.
 */
import { UNIT, UNIT_LABEL, UNIT_TEXT } from '../lib/markup.ts';

let offer: Promise<typeof import('./passage-link-offer.ts')> | undefined;
const classes = { unit: UNIT, unitText: UNIT_TEXT, unitLabel: UNIT_LABEL };

document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  const node = selection?.anchorNode;
  const inUnit = (node instanceof Element ? node : node?.parentElement)?.closest(`.${UNIT_TEXT}`);
  if (!offer && (!inUnit || selection?.isCollapsed)) return;
  offer ??= import('./passage-link-offer.ts');
  void offer.then((module) => module.update(classes));
});
