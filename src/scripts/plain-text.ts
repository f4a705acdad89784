/**
 * The reading view's "Plain text" switch (DocumentHeader.astro sends it hidden): turns the
 * editorial links to names off and on, so that the text reads as printed; remembered on this
 * device (the page's inline loader, src/lib/page-script-loader.ts, applies the stored choice
 * before the first paint; this sets the switch and the links' keyboard order to match). Without
 * JavaScript the switch stays hidden and the links stay.
 */
import { PLAIN_SWITCH, PLAIN_TEXT, PLAIN_TEXT_STORAGE_KEY, UNIT_LABEL, UNIT_TEXT } from '../lib/markup.ts';

const button = document.querySelector<HTMLButtonElement>(`.${PLAIN_SWITCH}`);

function set(button: HTMLButtonElement, plain: boolean): void {
  document.documentElement.classList.toggle(PLAIN_TEXT, plain);
  button.setAttribute('aria-pressed', String(plain));
  // Out of the keyboard's way too, not only of the eye and the pointer.
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`.${UNIT_TEXT} a:not(.${UNIT_LABEL})`)) {
    if (plain) link.tabIndex = -1;
    else link.removeAttribute('tabindex');
  }
  try {
    localStorage.setItem(PLAIN_TEXT_STORAGE_KEY, plain ? '1' : '');
  } catch {
    // Storage refused (private mode): it holds for this visit only.
  }
}

if (button) {
  button.hidden = false;
  let stored = false;
  try {
    stored = localStorage.getItem(PLAIN_TEXT_STORAGE_KEY) === '1';
  } catch {
    // As above.
  }
  if (stored) set(button, true);
  button.addEventListener('click', () => set(button, button.getAttribute('aria-pressed') !== 'true'));
}
