/**
 * The only search code on page load, kept tiny: it waits for the reader to start searching
 * (focus on the search field, "/" or Ctrl/Cmd-K) and only then loads the search interface.
 * On the reading view it loads the arrival highlighter when a result link brought the reader
 * (?highlight=…).
 */
const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

if (form && input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-view.ts').then((view) => view.attachSearch(form, input));
  };
  input.addEventListener('focus', start);
  // Focused before this script ran (it loads after the first paint): the reader's click, or the
  // browser's own focus of the field an address's #search-page-q points at.
  if (document.activeElement === input) start();
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '');
    const shortcut = (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey));
    if (!shortcut || event.altKey) return;
    event.preventDefault();
    // Narrow screens show a link instead of the field: go to the search page, field focused.
    if (!input.offsetParent) {
      window.location.assign(`${form.action}#search-page-q`);
      return;
    }
    // Keep what was typed: focus only, nothing selected to be typed over.
    input.focus();
  });
  // The search page opened with a query (a shared link, the back button): search at once.
  if (form.dataset['search'] === 'page' && new URLSearchParams(location.search).has('q')) start();
}

if (new URLSearchParams(location.search).has('highlight')) void import('./search-highlight.ts');
