/**
 * The only search code on page load, kept tiny: it waits for the reader to start searching
 * (focus on the search field, "/" or Ctrl/Cmd-K) and only then loads the search interface.
 * On the reading view it loads the arrival highlighter when a result link brought the reader
 * (?highlight=…).
 */
const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
/** The header's Search link (phones) leads here: the search page with its field focused. */
const FOCUS_HASH = '#search-page-q';

if (form && input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-view.ts').then((view) => view.attachSearch(form, input));
  };
  input.addEventListener('focus', start);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '');
    const shortcut = (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey));
    if (!shortcut || event.altKey) return;
    event.preventDefault();
    // Narrow screens show a link instead of the field: go to the search page, field focused.
    if (!input.offsetParent) {
      window.location.assign(`${form.action}${FOCUS_HASH}`);
      return;
    }
    // Keep what was typed: the caret goes to the end, nothing is selected to be typed over.
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  });
  if (form.dataset['search'] === 'page') {
    // The search page opened with a query (a shared link, the back button): search at once.
    if (new URLSearchParams(location.search).has('q')) start();
    // Arrived by the header's Search link: the reader came to type.
    if (location.hash === FOCUS_HASH) input.focus();
  }
}

if (new URLSearchParams(location.search).has('highlight')) void import('./search-highlight.ts');
