/**
 * Progressive enhancement of the units' tools. In the reading view, each unit gets a row of
 * tools, made here in room that CSS keeps for it (nothing moves when it appears): "Page" (where
 * the unit's label also leads, without JavaScript), "Copy link" (the unit's permalink, absolute)
 * and "Cite" (a ready citation in the site's house style, joined from the document's citation on
 * <body>, the unit as its <article> names it — "recital J" — and its page at the site's published address, so the reading
 * view carries no citation formats). A unit page and /about/ send their buttons, hidden, each
 * naming what it copies. One listener copies for them all.
 */
import { joinCitation } from '../lib/cite/citation-text.ts';
import { CITE_COPY, CITE_PREFIX_ATTRIBUTE, CITE_TEXT_ATTRIBUTE, COPY_LINK, COPY_LINK_ATTRIBUTE, UNIT, UNIT_LABEL, UNIT_NAME_ATTRIBUTE, UNIT_TOOLS, VISUALLY_HIDDEN } from '../lib/markup.ts';

const status = document.getElementById('live-status');
const base = new URL(import.meta.env.BASE_URL, location.origin);
const citePrefix = document.body.getAttribute(CITE_PREFIX_ATTRIBUTE);
const published = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;

/** `text`, then words for screen readers only ("of recital J"). */
function named(element: HTMLElement, text: string, hidden: string): HTMLElement {
  const name = document.createElement('span');
  name.className = VISUALLY_HIDDEN;
  name.textContent = hidden;
  element.append(text, name);
  return element;
}

/** A button of the tools row. */
function button(className: string): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = className;
  return made;
}

for (const unit of document.querySelectorAll<HTMLElement>(`article.${UNIT}[id]`)) {
  const page = unit.querySelector(`.${UNIT_LABEL}`)?.getAttribute('href');
  // "recital J", as the page names the unit (src/components/Unit.astro).
  const name = unit.getAttribute(UNIT_NAME_ATTRIBUTE);
  if (!page || !name) continue;
  const link = document.createElement('a');
  link.href = page;
  const copyLink = button(COPY_LINK);
  copyLink.setAttribute(COPY_LINK_ATTRIBUTE, page);
  const tools = document.createElement('p');
  tools.className = UNIT_TOOLS;
  tools.append(named(link, 'Page', ` of ${name}`), named(copyLink, 'Copy link', ` to ${name}`));
  if (citePrefix && published) {
    const cite = button(CITE_COPY);
    cite.textContent = 'Cite';
    cite.setAttribute('aria-label', `Cite ${name}`);
    cite.setAttribute(CITE_TEXT_ATTRIBUTE, joinCitation(citePrefix, name, new URL(page, published).href));
    tools.append(cite);
  }
  unit.append(tools);
}

/** What a tools button copies, and what the live region says when it has. */
function copied(target: HTMLButtonElement): [text: string, done: string] | undefined {
  const path = target.getAttribute(COPY_LINK_ATTRIBUTE);
  if (path) return [new URL(path, base).href, 'Link copied'];
  const citation = target.getAttribute(CITE_TEXT_ATTRIBUTE);
  return citation ? [citation, 'Citation copied'] : undefined;
}

const buttons = document.querySelectorAll<HTMLButtonElement>(`button.${COPY_LINK}, button.${CITE_COPY}`);
for (const shown of buttons) shown.hidden = false;

document.addEventListener('click', (event) => {
  const target = (event.target as Element).closest?.<HTMLButtonElement>(`button.${COPY_LINK}, button.${CITE_COPY}`);
  const copy = target && copied(target);
  if (!target || !copy) return;
  const [text, done] = copy;
  navigator.clipboard.writeText(text).then(
    () => status && (status.textContent = done),
    // The clipboard refused: show the text to copy by hand.
    () => status && (status.textContent = `Copy this: ${text}`),
  );
  target.dataset['copied'] = '';
  setTimeout(() => delete target.dataset['copied'], 2000);
});
