/**
 * The search page's filters: one "Filter" control (folded on a phone, results first; always
 * open beside the results on a wide screen) over a fieldset per key. Beside each value, how
 * many of the current results it holds; values that hold none are hidden (a chosen one stays,
 * so that it can be cleared).
 */
import type { FacetCounts, Selection } from '../lib/search/answer-types.ts';
import { FILTER_KEYS, type FilterKey } from '../lib/search/record-format.ts';
import { element } from './search-dom.ts';

const LEGENDS: Record<FilterKey, string> = { kind: 'Unit kind', topic: 'Topic', 'name-kind': 'Names of' };

export class FilterPanel {
  private readonly toggle: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly rows = new Map<string, { row: HTMLElement; box: HTMLInputElement; count: HTMLElement }>();

  constructor(host: HTMLElement, id: string, private readonly onChange: (key: FilterKey, value: string, checked: boolean) => void) {
    this.toggle = element('button', 'search-filter-toggle', 'Filter');
    this.toggle.type = 'button';
    this.toggle.setAttribute('aria-expanded', 'false');
    this.panel = element('div', 'search-filter-panel');
    this.panel.id = id;
    this.toggle.setAttribute('aria-controls', id);
    this.toggle.addEventListener('click', () => {
      const open = this.toggle.getAttribute('aria-expanded') !== 'true';
      this.toggle.setAttribute('aria-expanded', String(open));
      this.panel.classList.toggle('is-open', open);
    });
    host.append(this.toggle, this.panel);
  }

  /** Draws the checkboxes from the labels (key → [value, label] pairs). */
  render(labels: Record<string, [string, string][]>): void {
    this.rows.clear();
    this.panel.replaceChildren(
      ...FILTER_KEYS.map((key) => {
        const fieldset = element('fieldset', 'search-facet');
        fieldset.append(element('legend', 'search-facet-legend', LEGENDS[key]));
        for (const [value, label] of labels[key] ?? []) {
          const row = element('label', 'search-facet-value');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.addEventListener('change', () => this.onChange(key, value, box.checked));
          const count = element('span', 'search-facet-count');
          row.append(box, ` ${label}`, count);
          fieldset.append(row);
          this.rows.set(`${key}\u0000${value}`, { row, box, count });
        }
        return fieldset;
      }),
    );
  }

  /** Ticks the boxes of `selection` and says how many are on. */
  show(selection: Selection): void {
    for (const [id, { box }] of this.rows) {
      const [key = '', value = ''] = id.split('\u0000');
      box.checked = selection.get(key as FilterKey)?.has(value) ?? false;
    }
    const on = [...selection.values()].reduce((n, values) => n + values.size, 0);
    this.toggle.textContent = on > 0 ? `Filter (${on} active)` : 'Filter';
  }

  /** Counts beside the values, empty values hidden; no counts (every value shown) without a query. */
  count(facets: FacetCounts | undefined): void {
    for (const [id, { row, box, count }] of this.rows) {
      const [key = '', value = ''] = id.split('\u0000');
      const n = facets ? (facets[key as FilterKey][value] ?? 0) : undefined;
      count.textContent = n === undefined ? '' : ` (${n})`;
      row.hidden = n === 0 && !box.checked;
    }
    for (const fieldset of this.panel.querySelectorAll<HTMLElement>('fieldset')) {
      fieldset.hidden = [...fieldset.querySelectorAll<HTMLElement>('label')].every((label) => label.hidden);
    }
  }
}
