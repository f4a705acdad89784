/**
 * The search interface (the view), loaded only once the reader starts to search (see
 * search-boot.ts). One controller for both places: the header field (results drop down under
 * it) and the /search/ page (results first, the filters beside them, the query and filters
 * kept in the URL). ARIA combobox with a listbox of links: arrow keys move, Enter opens, Esc
 * closes (search-combobox.ts). The answers come from the DOM-free client (search-client.ts); their words from
 * status.ts; the options from search-results.ts; the filters from search-filters.ts.
 */
import searchStyles from '../styles/search.css?url';
import type { SearchAnswer } from '../lib/search/answer-types.ts';
import { normaliseInput } from '../lib/search/normalise.ts';
import { shownQuery } from '../lib/search/query.ts';
import type { FilterKey } from '../lib/search/record-format.ts';
import { notes, statusLine } from '../lib/search/status.ts';
import { readUrlState, UNREADABLE, urlFor } from '../lib/search/url-state.ts';
import { BASE, loadPagefind, loadVocabulary, search } from './search-client.ts';
import { element, link, pieceNodes } from './search-dom.ts';
import { Combobox } from './search-combobox.ts';
import { FilterPanel } from './search-filters.ts';
import { renderResults } from './search-results.ts';

/** The interface's styles, fetched with it rather than on page load (a <link>: the CSP allows no inline style). */
function loadStyles(): void {
  if (document.querySelector('link[data-search-styles]')) return;
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = searchStyles;
  sheet.dataset['searchStyles'] = '';
  document.head.append(sheet);
}

let instances = 0;

class SearchView {
  private readonly page: boolean;
  private readonly prefix = `search-${(instances += 1)}`;
  private readonly panel: HTMLElement;
  private readonly status: HTMLElement;
  private readonly note: HTMLElement;
  private readonly list: HTMLElement;
  private readonly more: HTMLElement | undefined;
  private readonly filters: FilterPanel | undefined;
  private filterValues: Partial<Record<FilterKey, string[]>> = {};
  private selection = new Map<FilterKey, Set<string>>();
  private readonly combobox: Combobox;
  private sequence = 0;
  private urlTimer = 0;

  constructor(
    private readonly form: HTMLFormElement,
    private readonly input: HTMLInputElement,
  ) {
    this.page = form.dataset['search'] === 'page';
    const host = (this.page && document.querySelector<HTMLElement>('[data-search-results]')) || form;
    this.panel = element('div', this.page ? 'search-panel search-panel-page' : 'search-panel search-panel-popup');
    this.panel.id = `${this.prefix}-panel`;
    this.status = element('p', 'search-status');
    this.status.setAttribute('role', 'status');
    this.note = element('div', 'search-note');
    this.list = element('div', 'search-results');
    this.list.id = `${this.prefix}-list`;
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', 'Search results');
    this.panel.append(this.status, this.note, this.list);
    if (!this.page) {
      this.more = element('p', 'search-more');
      this.panel.append(this.more);
      this.panel.hidden = true;
    }
    host.append(this.panel);

    const filterHost = this.page ? document.querySelector<HTMLElement>('[data-search-facets]') : null;
    if (filterHost) {
      this.filters = new FilterPanel(filterHost, `${this.prefix}-filters`, (key, value, checked) => {
        const chosen = this.selection.get(key) ?? new Set<string>();
        if (checked) chosen.add(value);
        else chosen.delete(value);
        this.selection.set(key, chosen);
        this.filters?.show(this.selection);
        // A filter is a step the back button can undo.
        history.pushState(null, '', this.url());
        void this.update();
      });
    }

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.list.id);
    input.setAttribute('aria-expanded', String(this.page));
    input.addEventListener('input', () => void this.update());
    this.combobox = new Combobox({ input, page: this.page, isOpen: () => !this.panel.hidden, open: () => this.open(), close: () => this.close() });
    form.addEventListener('submit', (event) => {
      if (this.page) event.preventDefault();
    });
    // "Search instead for …", "Did you mean …": on the page, a new query without reloading.
    this.panel.addEventListener('click', (event) => {
      const target = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-query]');
      if (!target || !this.page) return;
      event.preventDefault();
      this.input.value = target.dataset['query'] ?? '';
      history.pushState(null, '', this.url());
      void this.update();
      this.input.focus();
    });
    if (!this.page) {
      input.addEventListener('focus', () => this.open());
      form.addEventListener('focusout', (event) => {
        if (!form.contains(event.relatedTarget as Node | null)) this.close();
      });
      document.addEventListener('pointerdown', (event) => {
        if (!form.contains(event.target as Node)) this.close();
      });
    } else {
      window.addEventListener('popstate', () => this.readUrl());
    }
  }

  async start(): Promise<void> {
    // Warm Pagefind up while the reader types the first letters.
    loadPagefind().catch(() => undefined);
    if (this.page) {
      try {
        const labels = (await loadVocabulary()).vocabulary.filters;
        this.filterValues = Object.fromEntries(Object.entries(labels).map(([key, pairs]) => [key, pairs.map(([value]) => value)]));
        this.filters?.render(labels);
      } catch (error) {
        this.fail(error);
        return;
      }
      // Opened with a query (a shared link): the URL decides. Otherwise keep what the reader
      // has typed while the search code was loading.
      if (new URLSearchParams(window.location.search).has('q')) this.readUrl();
      else void this.update();
    } else {
      if (document.activeElement === this.input) this.open();
      void this.update();
    }
  }

  /** The page's state from its URL: query and filters (first load, back and forward). */
  private readUrl(): void {
    const state = readUrlState(window.location.search, this.filterValues);
    this.input.value = state.query;
    this.selection = state.selection;
    this.filters?.show(this.selection);
    if (state.unreadable) {
      this.sequence += 1;
      this.render(undefined, '');
      this.status.textContent = UNREADABLE;
      this.panel.dataset['searchAnswered'] = '';
      return;
    }
    void this.update();
  }

  private url(): string {
    return urlFor(window.location.pathname, this.input.value, this.selection);
  }

  private open(): void {
    if (this.page || !this.input.value.trim()) return;
    this.panel.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    if (this.page) return;
    this.panel.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.combobox.setActive(-1);
  }

  private fail(error: unknown): void {
    this.status.replaceChildren(`Search is not available right now (${error instanceof Error ? error.message : String(error)}). `, link('Browse the contents', BASE), ' instead.');
  }

  private async update(): Promise<void> {
    const raw = this.input.value;
    const sequence = (this.sequence += 1);
    if (this.page) {
      // Typing is one step in history, not one per key: replace, don't push.
      window.clearTimeout(this.urlTimer);
      this.urlTimer = window.setTimeout(() => {
        if (this.url() !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', this.url());
      }, 150);
    }
    if (!raw.trim()) {
      this.render(undefined, '');
      if (!this.page) this.close();
      return;
    }
    this.open();
    const stale = () => sequence !== this.sequence; // a newer query is on its way
    let answer: SearchAnswer | undefined;
    try {
      answer = await search(raw, this.selection, stale);
    } catch (error) {
      if (!stale()) this.fail(error);
      return;
    }
    if (!answer || stale()) return;
    // After a correction the status quotes what was searched ("1 result for “Kozlov”").
    this.render(answer, shownQuery(answer.corrections.length > 0 ? answer.words.join(' ') : raw));
    // For tests and tools: which query the panel now answers.
    this.panel.dataset['searchAnswered'] = raw.replace(/\s+/g, ' ').trim();
  }

  /** A link that runs another query: on the page in place, from the header on the search page. */
  private queryLink = (text: string, query: string): HTMLAnchorElement => {
    const a = link(text, `${this.form.action}?${new URLSearchParams({ q: query })}`);
    a.dataset['query'] = query;
    return a;
  };

  private render(answer: SearchAnswer | undefined, query: string): void {
    this.note.replaceChildren();
    this.filters?.count(answer?.facets);
    if (!answer) {
      this.combobox.setOptions([]);
      this.list.replaceChildren();
      this.status.textContent = this.page ? 'Type a name, place, topic or date.' : '';
      this.more?.replaceChildren();
      return;
    }
    const { options, nodes } = renderResults(answer, BASE, this.prefix);
    this.combobox.setOptions(options);
    this.list.replaceChildren(...nodes);
    this.status.textContent = statusLine(answer, query);
    const raw = normaliseInput(this.input.value).trim();
    this.note.replaceChildren(...notes(answer, raw).map((n) => {
      const p = element('p', `search-${n.kind}`);
      p.append(...pieceNodes(n.pieces, BASE, this.queryLink));
      return p;
    }));
    if (this.more) this.more.replaceChildren(link('All results, with filters', `${this.form.action}?${new URLSearchParams({ q: this.input.value.trim() })}`));
  }
}

/** Turns a search form into the live search interface. Idempotent per form. */
export function attachSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.dataset['searchReady'] !== undefined) return;
  form.dataset['searchReady'] = '';
  loadStyles();
  void new SearchView(form, input).start();
}
