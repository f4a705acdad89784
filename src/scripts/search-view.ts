/**
 * The search interface (the view), loaded only once the reader starts to search (see
 * search-boot.ts). One controller for both places: the header field (results drop down under
 * it) and the /search/ page (results first, filters folded behind one "Filter" control on a
 * phone and beside the results on a wide screen, the query and filters kept in the URL).
 * ARIA combobox with a listbox of links: arrow keys move, Enter opens, Esc closes; a status
 * line says what was found, and says so plainly when the text does not hold a word.
 * The answers come from the DOM-free client (search-client.ts).
 */
import searchStyles from '../styles/search.css?url';
import type { SearchAnswer, UnitResult } from '../lib/search/answer.ts';
import type { Segment } from '../lib/search/excerpt.ts';
import { shownQuery } from '../lib/search/query.ts';
import { FILTER_KEYS, type FilterKey } from '../lib/search/record-format.ts';
import { BASE, loadPagefind, loadVocabulary, search } from './search-client.ts';

const FILTER_LEGENDS: Record<FilterKey, string> = { kind: 'Unit kind', topic: 'Topic', 'name-kind': 'Names of' };

/** The interface's styles, fetched with it rather than on page load (a <link>: the CSP allows no inline style). */
function loadStyles(): void {
  if (document.querySelector('link[data-search-styles]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = searchStyles;
  link.dataset['searchStyles'] = '';
  document.head.append(link);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function link(text: string, href: string, className = ''): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/** Excerpt segments as text nodes and <mark>s: nothing the index holds becomes markup. */
function excerptNodes(segments: readonly Segment[]): Node[] {
  return segments.map((segment) => (segment.mark ? element('mark', 'search-mark', segment.text) : document.createTextNode(segment.text)));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoted = (text: string) => `“${text}”`;
const listOf = (words: readonly string[]) => words.map(quoted).join(', ');

let instances = 0;

class SearchView {
  private readonly page: boolean;
  private readonly prefix = `search-${(instances += 1)}`;
  private readonly panel: HTMLElement;
  private readonly status: HTMLElement;
  private readonly note: HTMLElement;
  private readonly list: HTMLElement;
  private readonly more: HTMLElement | undefined;
  private readonly filterToggle: HTMLButtonElement | undefined;
  private readonly filterPanel: HTMLElement | undefined;
  private filterLabels: Record<string, [string, string][]> = {};
  private selection = new Map<FilterKey, Set<string>>();
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
      // One control for the filters: folded on a phone (results first), always open beside the results on a wide screen.
      this.filterToggle = element('button', 'search-filter-toggle', 'Filter');
      this.filterToggle.type = 'button';
      this.filterToggle.setAttribute('aria-expanded', 'false');
      this.filterPanel = element('div', 'search-filter-panel');
      this.filterPanel.id = `${this.prefix}-filters`;
      this.filterToggle.setAttribute('aria-controls', this.filterPanel.id);
      this.filterToggle.addEventListener('click', () => {
        const open = this.filterToggle?.getAttribute('aria-expanded') !== 'true';
        this.filterToggle?.setAttribute('aria-expanded', String(open));
        this.filterPanel?.classList.toggle('is-open', open);
      });
      filterHost.append(this.filterToggle, this.filterPanel);
    }

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.list.id);
    input.setAttribute('aria-expanded', String(this.page));
    input.addEventListener('input', () => void this.update());
    input.addEventListener('keydown', (event) => this.onKey(event));
    form.addEventListener('submit', (event) => {
      if (this.page) event.preventDefault();
    });
    // "Search instead for …", "Did you mean …": on the page, a new query without reloading.
    this.panel.addEventListener('click', (event) => {
      const target = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-query]');
      if (!target || !this.page) return;
      event.preventDefault();
      this.input.value = target.dataset['query'] ?? '';
      history.pushState(null, '', this.urlFor());
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
        this.filterLabels = (await loadVocabulary()).vocabulary.filters;
        this.renderFilters();
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
    this.selection = new Map();
    for (const key of FILTER_KEYS) {
      const known = new Set((this.filterLabels[key] ?? []).map(([value]) => value));
      const chosen = params.getAll(key).filter((value) => known.has(value));
      if (chosen.length > 0) this.selection.set(key, new Set(chosen));
    }
    for (const box of this.filterPanel?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []) {
      box.checked = this.selection.get(box.name as FilterKey)?.has(box.value) ?? false;
    }
    this.showFilterCount();
    void this.update();
  }

  private urlFor(): string {
    const params = new URLSearchParams();
    const query = this.input.value.trim();
    if (query) params.set('q', query);
    for (const key of FILTER_KEYS) for (const value of this.selection.get(key) ?? []) params.append(key, value);
    const search = params.toString();
    return `${window.location.pathname}${search ? `?${search}` : ''}`;
  }

  private showFilterCount(): void {
    if (!this.filterToggle) return;
    const count = [...this.selection.values()].reduce((n, values) => n + values.size, 0);
    this.filterToggle.textContent = count > 0 ? `Filter (${count} active)` : 'Filter';
  }

  private renderFilters(): void {
    if (!this.filterPanel) return;
    this.filterPanel.replaceChildren(
      ...FILTER_KEYS.map((key) => {
        const fieldset = element('fieldset', 'search-facet');
        fieldset.append(element('legend', 'search-facet-legend', FILTER_LEGENDS[key]));
        for (const [value, label] of this.filterLabels[key] ?? []) {
          const row = element('label', 'search-facet-value');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.addEventListener('change', () => {
            const chosen = this.selection.get(key) ?? new Set<string>();
            if (box.checked) chosen.add(value);
            else chosen.delete(value);
            this.selection.set(key, chosen);
            this.showFilterCount();
            // A filter is a step the back button can undo.
            history.pushState(null, '', this.urlFor());
            void this.update();
          });
          row.append(box, ` ${label}`);
          fieldset.append(row);
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
      link('Browse the contents', BASE),
      ' instead.',
    );
  }

  private async update(): Promise<void> {
    const raw = this.input.value;
    const sequence = (this.sequence += 1);
    if (this.page) {
      // Typing is one step in history, not one per key: replace, don't push.
      window.clearTimeout(this.urlTimer);
      this.urlTimer = window.setTimeout(() => {
        if (this.urlFor() !== `${window.location.pathname}${window.location.search}`) history.replaceState(null, '', this.urlFor());
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

  private option(index: number, className: string, href: string): HTMLAnchorElement {
    const option = link('', href, className);
    option.id = `${this.prefix}-option-${index}`;
    option.tabIndex = -1;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    return option;
  }

  private unitHref(unit: UnitResult): string {
    const params = unit.highlight.length > 0 ? `?${new URLSearchParams({ highlight: unit.highlight.join(' ') })}` : '';
    return `${BASE}${params}#${unit.id}`;
  }

  /** A link that runs another query: on the page in place, from the header on the search page. */
  private queryLink(text: string, query: string): HTMLAnchorElement {
    const a = link(text, `${this.form.action}?${new URLSearchParams({ q: query })}`);
    a.dataset['query'] = query;
    return a;
  }

  private group(label: string, options: HTMLAnchorElement[]): HTMLElement {
    const group = element('div', 'search-group');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', label);
    const heading = element('span', 'search-group-label', label);
    heading.setAttribute('aria-hidden', 'true');
    group.append(heading, ...options);
    return group;
  }

  private render(answer: SearchAnswer | undefined, query: string): void {
    this.setActive(-1);
    this.note.replaceChildren();
    if (!answer) {
      this.options = [];
      this.list.replaceChildren();
      this.status.textContent = this.page ? 'Type a name, place, topic or date.' : '';
      this.more?.replaceChildren();
      return;
    }
    const unitOptions = answer.units.map((unit, index) => {
      const option = this.option(index, 'search-hit', this.unitHref(unit));
      option.dataset['unit'] = unit.id;
      const head = element('span', 'search-hit-title', unit.title);
      if (unit.about) head.append(element('span', 'search-hit-why', ` · about ${unit.about.title}`));
      else if (answer.partial) head.append(element('span', 'search-hit-why', ` · ${unit.matched.length} of ${answer.words.length} words: ${unit.matched.join(', ')}`));
      const excerpt = element('span', 'search-hit-excerpt');
      excerpt.append(...excerptNodes(unit.excerpt));
      option.append(head, ' ', excerpt);
      return option;
    });
    const nameOptions = answer.names.map((name, index) => {
      const option = this.option(unitOptions.length + index, 'search-name', name.href);
      option.append(element('span', 'search-name-title', name.title), ` · ${name.kind}`);
      return option;
    });
    const topicOptions = answer.topics.map((topic, index) => {
      const option = this.option(unitOptions.length + nameOptions.length + index, 'search-name search-topic', topic.href);
      option.append(element('span', 'search-name-title', topic.title), ' · topic');
      return option;
    });
    this.options = [...unitOptions, ...nameOptions, ...topicOptions];
    const groups: Node[] = [...unitOptions];
    if (nameOptions.length > 0) groups.push(this.group('Names', nameOptions));
    if (topicOptions.length > 0) groups.push(this.group('Topics', topicOptions));
    this.list.replaceChildren(...groups);
    this.status.textContent = this.statusLine(answer, query);
    this.note.replaceChildren(...this.notes(answer, query));
    if (this.more) this.more.replaceChildren(link('All results, with filters', `${this.form.action}?${new URLSearchParams({ q: this.input.value.trim() })}`));
  }

  /** What the answer is, in sentences a journalist can quote. */
  private statusLine(answer: SearchAnswer, query: string): string {
    const byWords = answer.units.filter((u) => !u.about);
    const about = answer.units.filter((u) => u.about);
    const hidden = answer.filteredOut > 0 ? ` (${answer.filteredOut} more without the filters)` : '';
    const sentences: string[] = [];
    if (answer.words.length === 0) return `Nothing to search for in ${quoted(query)}: type a word, a name or a date.`;
    if (answer.missing.length > 0 && answer.corrections.length === 0) sentences.push(`The text does not mention ${listOf(answer.missing)}.`);
    for (const word of answer.topicOnly) sentences.push(`The text does not use the word ${quoted(word)}.`);
    if (byWords.length > 0) {
      if (answer.partial) sentences.push(`No unit holds every word of ${quoted(query)}; ${plural(byWords.length, 'unit holds', 'units hold')} some of them${hidden}.`);
      else sentences.push(`${plural(byWords.length, 'result')} for ${quoted(query)}${hidden}.`);
    } else if (answer.filteredOut > 0) {
      sentences.push(`No results for ${quoted(query)} with these filters; ${answer.filteredOut} without them. Clear a filter to see them.`);
    } else if (about.length === 0 && answer.missing.length === 0) {
      sentences.push(`No unit of the text holds ${quoted(query)}.`);
    }
    if (about.length > 0) sentences.push(`${plural(about.length, 'unit')} about ${[...new Set(about.map((u) => u.about?.title ?? ''))].join(', ')}.`);
    if (answer.names.length > 0) sentences.push(`${plural(answer.names.length, 'name')}.`);
    if (answer.dropped > 0) sentences.push(`Only the first words were searched (${plural(answer.dropped, 'word')} left out).`);
    return sentences.join(' ');
  }

  /** Corrections, "Did you mean", similar names and the way to the list of names. */
  private notes(answer: SearchAnswer, query: string): Node[] {
    const notes: Node[] = [];
    const raw = this.input.value.trim();
    for (const correction of answer.corrections) {
      const p = element('p', 'search-correction');
      p.append(`The text does not mention ${quoted(correction.typed)}. Showing results for `, element('strong', '', correction.to), ' — ');
      const exact = this.queryLink(`search instead for ${correction.typed}`, raw.replace(correction.typed, `"${correction.typed}"`));
      p.append(exact, '.');
      notes.push(p);
    }
    for (const { typed, candidates } of answer.didYouMean) {
      const p = element('p', 'search-suggest', `Did you mean `);
      candidates.forEach((candidate, i) => {
        if (i > 0) p.append(i === candidates.length - 1 ? ' or ' : ', ');
        p.append(this.queryLink(candidate, raw.replace(typed, candidate)));
      });
      p.append(` instead of ${quoted(typed)}?`);
      notes.push(p);
    }
    if (answer.missing.length > 0 && answer.corrections.length === 0) {
      const p = element('p', 'search-suggest');
      if (answer.similarNames.length > 0) {
        p.append('Names in the text that look similar: ');
        answer.similarNames.forEach((name, i) => {
          if (i > 0) p.append(', ');
          p.append(link(name.name, `${BASE}${name.path}`));
        });
        p.append('. ');
      }
      p.append('See ', link('every name the text mentions', `${BASE}${answer.namesPath}`), '.');
      notes.push(p);
    }
    void query;
    return notes;
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
