/**
 * Progressive enhancement: reveals every "Cite" button and makes it copy a ready citation in
 * the site's house style. On a unit page or /about/ the button carries its citation. In the
 * reading view it sits in its unit's tools, and the citation is joined here from the document's
 * citation (on <body>), the unit ("recital J", from the unit's title) and its page's address,
 * so the reading view carries no formats. Without JavaScript, unit pages show the citation.
 */
import { CLASS, DATA, datasetKey } from '../lib/markup.ts';
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

const prefix = document.body.dataset[datasetKey(DATA.citePrefix)];

for (const button of document.querySelectorAll<HTMLButtonElement>(`button.${CLASS.citeCopy}`)) {
  let citation = button.dataset[datasetKey(DATA.citeText)];
  if (!citation) {
    const unit = button.closest<HTMLElement>(`.${CLASS.unit}`);
    const title = unit?.getAttribute(DATA.pagefindTitle); // "Recital J"
    // The unit's page at the site's published address (the canonical origin), as on the unit page itself.
    const path = button.parentElement?.querySelector('a')?.getAttribute('href');
    const root = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const page = path && root ? new URL(path, root).href : undefined;
    if (!prefix || !title || !page) continue;
    // In prose a unit is "recital J": the kind in lower case, the label as the text prints it.
    const name = title.replace(/^\S+/, (kind) => kind.toLowerCase());
    citation = joinCitation(prefix, name, page);
    button.setAttribute('aria-label', `Cite ${name}`);
  }
  const text = citation;
  button.hidden = false;
  button.addEventListener('click', () => void copy(button, text));
}
