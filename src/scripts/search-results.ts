/**
 * The results as listbox options: units (with why each is listed and its excerpt), then the
 * names and the topics the query names, each group labelled. Returns the options in order,
 * for the combobox's arrow keys.
 */
import type { SearchAnswer, UnitResult } from '../lib/search/answer-types.ts';
import { element, excerptNodes, link } from './search-dom.ts';

export interface Rendered {
  options: HTMLAnchorElement[];
  nodes: Node[];
}

function unitHref(base: string, unit: UnitResult): string {
  const params = unit.highlight.length > 0 ? `?${new URLSearchParams({ highlight: unit.highlight.join(' ') })}` : '';
  return `${base}${params}#${unit.id}`;
}

function group(label: string, options: HTMLAnchorElement[]): HTMLElement {
  const el = element('div', 'search-group');
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', label);
  const heading = element('span', 'search-group-label', label);
  heading.setAttribute('aria-hidden', 'true');
  el.append(heading, ...options);
  return el;
}

/** The answer's options; `prefix` makes their ids unique on the page. */
export function renderResults(answer: SearchAnswer, base: string, prefix: string): Rendered {
  let index = 0;
  const option = (className: string, href: string) => {
    const a = link('', href, className);
    a.id = `${prefix}-option-${index++}`;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    return a;
  };
  const units = answer.units.map((unit) => {
    const a = option('search-hit', unitHref(base, unit));
    a.dataset['unit'] = unit.id;
    const head = element('span', 'search-hit-title', unit.title);
    if (unit.about) head.append(element('span', 'search-hit-why', ` · about ${unit.about.title}`));
    else if (answer.partial) head.append(element('span', 'search-hit-why', ` · ${unit.matched.length} of ${answer.words.length} words: ${unit.matched.join(', ')}`));
    const excerpt = element('span', 'search-hit-excerpt');
    excerpt.append(...excerptNodes(unit.excerpt));
    a.append(head, ' ', excerpt);
    return a;
  });
  const names = answer.names.map((name) => {
    const a = option('search-name', name.href);
    a.append(element('span', 'search-name-title', name.title), ` · ${name.kind}`);
    return a;
  });
  const topics = answer.topics.map((topic) => {
    const a = option('search-name search-topic', topic.href);
    a.append(element('span', 'search-name-title', topic.title), ' · topic');
    return a;
  });
  const nodes: Node[] = [...units];
  if (names.length > 0) nodes.push(group('Names', names));
  if (topics.length > 0) nodes.push(group('Topics', topics));
  return { options: [...units, ...names, ...topics], nodes };
}
