/**
 * The offer of "Copy link to this passage": a button fixed at the foot of the window while words
 * inside one unit are selected. It copies the unit's page address with a text fragment
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
  position: 'fixed',
  left: '50%',
  bottom: '1rem',
  transform: 'translateX(-50%)',
  zIndex: '20',
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
}

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
