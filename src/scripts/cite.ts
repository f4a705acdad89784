/**
 * Progressive enhancement: "Cite" copies a ready citation in the site's house style. On a unit
 * page or /about/ the button is in the page, hidden, and carries its citation. In the reading
 * view this script adds one to each unit's tools (made just before by copy-link.ts) and joins
 * the citation from the document's citation (on <body>), the unit ("recital J") and its page
 * at the site's published address (the canonical origin), so the reading view carries no
 * formats. Without JavaScript, each unit's label leads to its page, which shows the citation.
 */
import { CITE_COPY, CITE_PREFIX_ATTRIBUTE, CITE_TEXT_ATTRIBUTE, UNIT, UNIT_LABEL, UNIT_TOOLS } from '../lib/markup.ts';
import { joinCitation } from '../lib/record/citation-text.ts';

const status = document.getElementById('live-status');

/** Copies the citation and says so (or shows it, where the clipboard is refused). */
async function copy(button: HTMLButtonElement, citation: string): Promise<void> {
  let message = 'Citation copied';
  try {
    await navigator.clipboard.writeText(citation);
  } catch {
    message = `Copy this citation: ${citation}`;
  }
  if (status) status.textContent = message;
  button.dataset['copied'] = '';
  window.setTimeout(() => delete button.dataset['copied'], 2000);
}

// The reading view: a Cite button in each unit's tools.
const prefix = document.body.getAttribute(CITE_PREFIX_ATTRIBUTE);
const root = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
if (prefix && root) {
  for (const unit of document.querySelectorAll<HTMLElement>(`article.${UNIT}[id]`)) {
    const page = unit.querySelector(`.${UNIT_LABEL}`)?.getAttribute('href');
    const tools = unit.querySelector(`.${UNIT_TOOLS}`);
    if (!page || !tools) continue;
    // In prose a unit is "recital J": the kind in lower case, the label as the text prints it.
    const [kind = '', label = ''] = unit.id.split('-');
    const name = `${kind} ${label.toUpperCase()}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = CITE_COPY;
    button.textContent = 'Cite';
    button.setAttribute('aria-label', `Cite ${name}`);
    button.setAttribute(CITE_TEXT_ATTRIBUTE, joinCitation(prefix, name, new URL(page, root).href));
    button.hidden = true;
    tools.append(button);
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>(`button.${CITE_COPY}`)) {
  const citation = button.getAttribute(CITE_TEXT_ATTRIBUTE);
  if (!citation) continue;
  button.hidden = false;
  button.addEventListener('click', () => void copy(button, citation));
}
