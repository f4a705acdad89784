/**
 * Progressive enhancement: reveals every "Copy link" button and makes it copy the unit's
 * permalink (its own page, absolute) to the clipboard. Without JavaScript the buttons stay
 * hidden and the links beside them do the same job.
 */
import { CLASS, DATA, datasetKey } from '../lib/markup.ts';

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

for (const button of document.querySelectorAll<HTMLButtonElement>(`button.${CLASS.copyLink}`)) {
  // A unit page names its permalink; in the reading view it is the "Page" link beside the button.
  const path = button.dataset[datasetKey(DATA.copyLink)] ?? button.parentElement?.querySelector('a')?.getAttribute('href');
  if (!path) continue;
  button.hidden = false;
  button.addEventListener('click', () => void copy(button, new URL(path, base).href));
}
