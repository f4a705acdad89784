/**
 * The offer of "Copy link to this passage": a button set just under the selected words (above
 * them when the window has no room below) while words inside one unit are selected, so that it
 * sits by what the reader is working with and never covers it. On a touch screen it keeps clear
 * of the selection handles the system draws under the words. It copies the unit's page address with a text fragment
 * (`#:~:text=…`), which browsers that support it scroll to and mark; others open the unit.
 * Positioned with the CSSOM (allowed by the Content Security Policy, unlike style attributes).
 * The class names come from the caller, so this chunk shares no module with the page's script.
 */
import { passageUrl } from '../lib/links/text-fragment.ts';

const status = document.getElementById('live-status');
const button = document.createElement('button');
button.type = 'button';
button.className = 'passage-link';
button.textContent = 'Copy link to this passage';
button.hidden = true;
Object.assign(button.style, {
  // In the page's coordinates: it stays by the words when the page scrolls.
  position: 'absolute',
  zIndex: '20',
  maxWidth: 'calc(100vw - 1rem)',
  padding: '0.5rem 1rem',
  border: '1px solid currentColor',
  borderRadius: '4px',
  background: 'var(--bg)',
  color: 'var(--accent)',
  font: '600 0.95rem var(--sans)',
  cursor: 'pointer',
});
document.body.append(button);

let current: string | undefined;

/** The class names of the markup contract (src/lib/markup.ts) this offer reads, passed by its caller. */
export interface Classes {
  unit: string;
  unitText: string;
  unitLabel: string;
}

/**
 * The unit's page at the site's published address: the canonical address on the unit's own page;
 * in the reading view, the unit's label (a link to its page), resolved against the canonical address.
 */
function pageOf(unitText: Element, classes: Classes): string | undefined {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const article = unitText.closest(`article.${classes.unit}`);
  if (!article) return canonical;
  const path = article.querySelector(`.${classes.unitLabel}`)?.getAttribute('href');
  return path && canonical ? new URL(path, canonical).href : undefined;
}

/** Shows the offer for the current selection, or hides it: the selection must lie inside one unit's text. */
export function update(classes: Classes): void {
  const selection = document.getSelection();
  const element = (node: Node | null | undefined) => (node instanceof Element ? node : node?.parentElement)?.closest(`.${classes.unitText}`);
  const unitText = element(selection?.anchorNode);
  const text = selection?.toString() ?? '';
  const page = unitText && unitText === element(selection?.focusNode) ? pageOf(unitText, classes) : undefined;
  current = page && text.trim() ? passageUrl(page, text) : undefined;
  button.hidden = !current;
  if (current && selection) place(selection.getRangeAt(0));
}

/** The room, in CSS pixels, between the words and the offer: more on a touch screen, where handles hang under the selection. */
const gap = () => (matchMedia('(pointer: coarse)').matches ? 32 : 8);

/** Sets the offer under the selected words, or above them when the window has no room below, within the window's width. */
function place(range: Range): void {
  const words = range.getBoundingClientRect();
  const lines = range.getClientRects();
  const last = lines[lines.length - 1] ?? words;
  const { offsetWidth: width, offsetHeight: height } = button;
  const below = words.bottom + gap() + height <= window.innerHeight;
  const top = below ? words.bottom + gap() : words.top - gap() - height;
  const margin = 8;
  const left = Math.min(Math.max(last.left, margin), document.documentElement.clientWidth - width - margin);
  Object.assign(button.style, { top: `${top + window.scrollY}px`, left: `${Math.max(left, margin) + window.scrollX}px` });
}

// The words can move in the page after the offer is set: the reading view lays out its units only
// near the screen (content-visibility: auto), and a unit above that takes its real height moves
// them (the window keeps them in place by scrolling). The page's height changes then: set the
// offer again.
new ResizeObserver(() => {
  const selection = document.getSelection();
  if (!button.hidden && selection?.rangeCount) place(selection.getRangeAt(0));
}).observe(document.body);

// Keep the selection: a press on the button must not clear it before the click.
button.addEventListener('pointerdown', (event) => event.preventDefault());
button.addEventListener('click', () => void copyPassageLink());

async function copyPassageLink(): Promise<void> {
  if (!current) return;
  let message = 'Link to the passage copied';
  try {
    await navigator.clipboard.writeText(current);
  } catch {
    message = `Copy this link: ${current}`;
  }
  if (status) status.textContent = message;
}
