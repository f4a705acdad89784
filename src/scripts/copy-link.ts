/**
 * Progressive enhancement: reveals every "Copy link" button and makes it copy the unit's
 * permalink (its own page, absolute) to the clipboard. Without JavaScript the buttons stay
 * hidden and the links beside them do the same job.
 */
const status = document.getElementById('live-status');
const base = new URL(import.meta.env.BASE_URL, window.location.origin);

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link')) {
  // A unit page names its permalink; in the reading view it is the "Page" link beside the button.
  const path = button.dataset['copyLink'] ?? button.parentElement?.querySelector('a')?.getAttribute('href');
  if (!path) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const url = new URL(path, base).href;
    let message = 'Link copied';
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      message = `Copy this link: ${url}`;
    }
    if (status) status.textContent = message;
    button.dataset['copied'] = '';
    window.setTimeout(() => delete button.dataset['copied'], 2000);
  });
}
