/**
 * The search interface, loaded only once the reader starts to search (see search-boot.ts).
 * One controller for both places: the header field (results drop down under it) and the
 * /search/ page (results in the page, filters, the query kept in the URL).
 * ARIA combobox with a listbox of links: arrow keys move, Enter opens, Esc closes; a status
 * line announces the count. Results are units — found in the reading view's text or by the
 * spellings of the names they mention (alias records), each unit once — linking to the unit in
 * the reading view with the words to highlight there; then a small "Names" group of entity
 * pages (see src/lib/search-results.ts).
 */
import searchStyles from '../styles/search.css?url';
import { allowedUnits, selectionFromParams, type SearchFacet, type SearchFacets } from '../lib/search/facets.ts';
import { parseQuery } from '../lib/search/query.ts';
import { classifyPage, mergeResults, type PagefindPageData, type ResultPage } from '../lib/search/results.ts';
import { highlightParam } from '../lib/search/text.ts';

const BASE = import.meta.env.BASE_URL;
/** The facet whose values are name kinds (src/lib/names.ts nameFacets): it filters the Names group too. */
const NAME_KIND_FACET = 'name-kind';

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindPageData> }[] } | null>;
}

/** One unit that matches: what a result shows and where it leads. */
export interface SearchHit {
  /** The unit's anchor ("recital-j"), or "" for text outside the units (the document's title). */
  id: string;
  title: string;
  href: string;
  excerpt: string;
}

/** One entity page that matches ("Maks Bokayev · person"). */
export interface NameSearchHit {
  title: string;
  kind: string;
  href: string;
}

export interface SearchAnswer {
  units: SearchHit[];
  names: NameSearchHit[];
}

/** The interface's styles, fetched with it rather than on page load (a <link>: the CSP allows no inline style). */
function loadStyles(): void {
  if (document.querySelector('link[data-search-styles]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = searchStyles;
  link.dataset['searchStyles'] = '';
  document.head.append(link);
}

let pagefindReady: Promise<PagefindApi> | undefined;
let facetsReady: Promise<SearchFacet[]> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefindReady ??= (async () => {
    // Pagefind's bundle is written after the build, under the site's base: not a module Vite knows.
    const bundle = `${BASE}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
    // No worker: one small index searches in a few milliseconds on the main thread, and the
    // worker would be a second copy of Pagefind's code to fetch and start.
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindReady;
}

function loadFacets(): Promise<SearchFacet[]> {
  facetsReady ??= fetch(`${BASE}search/facets.json`).then(async (response) => {
    if (!response.ok) throw new Error(`facets.json: HTTP ${response.status}`);
    return ((await response.json()) as SearchFacets).facets;
  });
  return facetsReady;
}

/** Pagefind's answer to one search, each result classified (reading view, alias record, entity page). */
async function pagesFor(pagefind: PagefindApi, query: string): Promise<ResultPage[]> {
  const response = await pagefind.search(query);
  const pages = response ? await Promise.all(response.results.map((result) => result.data())) : [];
  return pages.map(classifyPage).filter((page) => page !== undefined);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs Pagefind calls one query at a time: searches that overlap (a reader typing fast)
 * answer each other's queries, in the worker and on the main thread alike.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Every unit that holds all the words (and phrases) of `query`, in its text or in the
 * spellings of the names it mentions, as Pagefind ranks them, and the entity pages that match;
 * undefined when `stale()` says a newer query has come in the meantime.
 */
export function searchUnits(query: string, stale: () => boolean = () => false): Promise<SearchAnswer | undefined> {
  return oneAtATime(() => (stale() ? Promise.resolve(undefined) : runSearch(query)));
}

async function runSearch(query: string): Promise<SearchAnswer> {
  const parsed = parseQuery(query);
  if (parsed.words.length === 0) return { units: [], names: [] };
  const pagefind = await loadPagefind();
  // One after the other, as in oneAtATime: overlapping searches answer each other's queries.
  const ranked = await pagesFor(pagefind, parsed.text);
  const perWord = new Map<string, ResultPage[]>();
  for (const word of parsed.words) perWord.set(word, await pagesFor(pagefind, word));
  const { units, names } = mergeResults(parsed, ranked, perWord);
  return {
    units: units.map(({ id, title, excerpt, highlight }) => {
      const params = highlight.length > 0 ? `?${new URLSearchParams({ highlight: highlightParam(highlight) })}` : '';
      return { id, title, href: `${BASE}${params}${id ? `#${id}` : ''}`, excerpt };
    }),
    names: names.map(({ title, kind, url }) => ({ title, kind, href: url })),
  };
}

/** Pagefind's excerpt (escaped text with <mark>) as DOM nodes: text and marks only, nothing else survives. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

let instances = 0;

class SearchView {
  private readonly page: boolean;
  private readonly prefix = `search-${(instances += 1)}`;
  private readonly panel: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLElement;
  private readonly more: HTMLElement | undefined;
  private facets: SearchFacet[] = [];
  private selection = new Map<string, Set<string>>();
  private options: HTMLAnchorElement[] = [];
  private active = -1;
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
    this.list = element('div', 'search-results');
    this.list.id = `${this.prefix}-list`;
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', 'Search results');
    this.panel.append(this.status, this.list);
    if (!this.page) {
      this.more = element('p', 'search-more');
      this.panel.append(this.more);
      this.panel.hidden = true;
    }
    host.append(this.panel);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.list.id);
    input.setAttribute('aria-expanded', String(this.page));
    input.addEventListener('input', () => void this.update());
    input.addEventListener('keydown', (event) => this.onKey(event));
    form.addEventListener('submit', (event) => {
      if (this.page) event.preventDefault();
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
        this.facets = await loadFacets();
        this.renderFacets();
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
    const params = new URLSearchParams(window.location.search);
    this.input.value = params.get('q') ?? '';
    this.selection = selectionFromParams(params, this.facets);
    for (const box of this.form.querySelectorAll<HTMLInputElement>('.search-facets input[type="checkbox"]')) {
      box.checked = this.selection.get(box.name)?.has(box.value) ?? false;
    }
    void this.update();
  }

  private urlFor(): string {
    const params = new URLSearchParams();
    const query = this.input.value.trim();
    if (query) params.set('q', query);
    for (const facet of this.facets) for (const value of this.selection.get(facet.id) ?? []) params.append(facet.id, value);
    const search = params.toString();
    return `${window.location.pathname}${search ? `?${search}` : ''}`;
  }

  private renderFacets(): void {
    const host = this.form.querySelector<HTMLElement>('[data-search-facets]');
    if (!host) return;
    host.replaceChildren(
      ...this.facets.map((facet) => {
        const fieldset = element('fieldset', 'search-facet');
        fieldset.append(element('legend', 'search-facet-legend', facet.label));
        for (const value of facet.values) {
          const label = element('label', 'search-facet-value');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = facet.id;
          box.value = value.value;
          box.addEventListener('change', () => {
            const chosen = this.selection.get(facet.id) ?? new Set<string>();
            if (box.checked) chosen.add(value.value);
            else chosen.delete(value.value);
            this.selection.set(facet.id, chosen);
            // A filter is a step the back button can undo.
            history.pushState(null, '', this.urlFor());
            void this.update();
          });
          label.append(box, ` ${value.label}`);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
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
    this.setActive(-1);
  }

  private fail(error: unknown): void {
    this.status.replaceChildren(
      `Search is not available right now (${error instanceof Error ? error.message : String(error)}). `,
      this.contentsLink('Browse the contents'),
      ' instead.',
    );
  }

  private contentsLink(text: string): HTMLAnchorElement {
    const link = element('a', '', text);
    link.href = BASE;
    return link;
  }

  private async update(): Promise<void> {
    const query = this.input.value.trim();
    const sequence = (this.sequence += 1);
    if (this.page) {
      // Typing is one step in history, not one per key: replace, don't push.
      window.clearTimeout(this.urlTimer);
      this.urlTimer = window.setTimeout(() => {
        if (this.urlFor() !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', this.urlFor());
      }, 150);
    }
    if (!query) {
      this.render({ units: [], names: [] }, 0, '');
      if (!this.page) this.close();
      return;
    }
    this.open();
    const stale = () => sequence !== this.sequence; // a newer query is on its way
    let answer: SearchAnswer | undefined;
    try {
      answer = await searchUnits(query, stale);
    } catch (error) {
      if (!stale()) this.fail(error);
      return;
    }
    if (!answer || stale()) return;
    const allowed = allowedUnits(this.selection, this.facets);
    const units = allowed ? answer.units.filter((hit) => allowed.has(hit.id)) : answer.units;
    // The name-kind filter also narrows the names; the other filters are about units.
    const kinds = this.selection.get(NAME_KIND_FACET);
    const names = kinds && kinds.size > 0 ? answer.names.filter((hit) => kinds.has(hit.kind)) : answer.names;
    this.render({ units, names }, answer.units.length - units.length, query);
  }

  private option(index: number, className: string, href: string): HTMLAnchorElement {
    const option = element('a', className);
    option.id = `${this.prefix}-option-${index}`;
    option.href = href;
    option.tabIndex = -1;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    return option;
  }

  private render({ units, names }: SearchAnswer, filteredOut: number, query: string): void {
    this.setActive(-1);
    const unitOptions = units.map((hit, index) => {
      const option = this.option(index, 'search-hit', hit.href);
      if (hit.id) option.dataset['unit'] = hit.id;
      option.append(element('span', 'search-hit-title', hit.title), ' ');
      const excerpt = element('span', 'search-hit-excerpt');
      excerpt.append(...excerptNodes(hit.excerpt));
      option.append(excerpt);
      return option;
    });
    // Entity pages: their own small group after the units ("Maks Bokayev · person").
    const nameOptions = names.map((hit, index) => {
      const option = this.option(units.length + index, 'search-name', hit.href);
      option.append(element('span', 'search-name-title', hit.title), ` · ${hit.kind}`);
      return option;
    });
    this.options = [...unitOptions, ...nameOptions];
    const groups: Node[] = [...unitOptions];
    if (nameOptions.length > 0) {
      const group = element('div', 'search-group');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', 'Names');
      const label = element('span', 'search-group-label', 'Names');
      label.setAttribute('aria-hidden', 'true');
      group.append(label, ...nameOptions);
      groups.push(group);
    }
    this.list.replaceChildren(...groups);
    const namesNote = names.length > 0 ? `, and ${names.length} ${names.length === 1 ? 'name' : 'names'}` : '';
    if (!query) {
      this.status.textContent = this.page ? 'Type a name, place, topic or date.' : '';
    } else if (units.length > 0) {
      const hidden = filteredOut > 0 ? ` (${filteredOut} more without the filters)` : '';
      this.status.textContent = `${units.length} ${units.length === 1 ? 'result' : 'results'} for “${query}”${hidden}${namesNote}.`;
    } else if (filteredOut > 0) {
      this.status.textContent = `No results for “${query}” with these filters; ${filteredOut} without them${namesNote}. Clear a filter to see them.`;
    } else if (names.length > 0) {
      this.status.textContent = `No text results for “${query}”${namesNote}.`;
    } else {
      this.status.replaceChildren(
        `No results for “${query}”. Try fewer words, the beginning of a word, or another spelling; or `,
        this.contentsLink('browse the contents'),
        '.',
      );
    }
    if (this.more) {
      const link = element('a', '', 'All results, with filters');
      link.href = `${BASE}search/?${new URLSearchParams({ q: query })}`;
      this.more.replaceChildren(...(query ? [link] : []));
    }
  }

  private setActive(index: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      this.open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
    } else if (event.key === 'Enter') {
      const option = this.options[this.active];
      if (option) {
        event.preventDefault();
        window.location.assign(option.href);
      }
      // Otherwise the header form goes to /search/?q=… (all results); the page form stays.
    } else if (event.key === 'Escape') {
      if (!this.page && !this.panel.hidden) {
        event.preventDefault();
        this.close();
      } else if (this.page && this.active >= 0) {
        event.preventDefault();
        this.setActive(-1);
      }
    }
  }
}

/** Turns a search form into the live search interface. Idempotent per form. */
export function attachSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.dataset['searchReady'] !== undefined) return;
  form.dataset['searchReady'] = '';
  loadStyles();
  void new SearchView(form, input).start();
}
