/**
 * Progressive enhancement: a "Copy link" button for every unit, which copies the unit's
 * permalink (its own page, absolute) to the clipboard. In the reading view each unit's tools are
 * made here (without JavaScript, its label leads to its page); a unit page sends its button,
 * hidden. Each button names the path it copies (data-copy-link).
 */
import { COPY_LINK, COPY_LINK_ATTRIBUTE, UNIT, UNIT_LABEL, UNIT_TOOLS, VISUALLY_HIDDEN } from '../lib/markup.ts';

const status = document.getElementById('live-status');
const base = new URL(import.meta.env.BASE_URL, window.location.origin);

/** Copies `url`, says so (or shows it where the clipboard is refused), and marks the button a moment. */
async function copy(button: HTMLButtonElement, url: string): Promise<void> {
  let message = 'Link copied';
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    message = `Copy this link: ${url}`;
  }
  if (status) status.textContent = message;
  button.dataset['copied'] = '';
  window.setTimeout(() => delete button.dataset['copied'], 2000);
}

// The reading view: each unit gets its row of tools — "Page of recital A" (where its label also
// leads) and "Copy link to recital A" — in room CSS keeps for the row, so nothing moves.
for (const unit of document.querySelectorAll<HTMLElement>(`article.${UNIT}[id]`)) {
  const page = unit.querySelector(`.${UNIT_LABEL}`)?.getAttribute('href');
  if (!page) continue;
  const [kind = '', label = ''] = unit.id.split('-');
  const named = (text: string, name: string) => {
    const hidden = document.createElement('span');
    hidden.className = VISUALLY_HIDDEN;
    hidden.textContent = ` ${name} ${kind} ${label.toUpperCase()}`;
    return [text, hidden];
  };
  const link = document.createElement('a');
  link.href = page;
  link.append(...named('Page', 'of'));
  const button = document.createElement('button');
  button.type = 'button';
  button.className = COPY_LINK;
  button.setAttribute(COPY_LINK_ATTRIBUTE, page);
  button.append(...named('Copy link', 'to'));
  const tools = document.createElement('p');
  tools.className = UNIT_TOOLS;
  tools.append(link, button);
  unit.append(tools);
}

for (const button of document.querySelectorAll<HTMLButtonElement>(`button.${COPY_LINK}`)) {
  const path = button.getAttribute(COPY_LINK_ATTRIBUTE);
  if (!path) continue;
  button.hidden = false;
  button.addEventListener('click', () => void copy(button, new URL(path, base).href));
}
