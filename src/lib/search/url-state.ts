/**
 * The search page's state in its URL (?q=…&kind=recital&topic=torture): read on arrival and on
 * back/forward, written as the reader types and filters. A query that cannot be read — a
 * malformed percent-encoding, such as a link cut in the middle of "%D0%91" — is said to be
 * unreadable, never searched as the bytes that are left (which used to list every unit).
 * Pure, no DOM.
 */
import type { Selection } from './answer-types.ts';
import { normaliseInput } from './normalise.ts';
import { FILTER_KEYS, type FilterKey } from './record-format.ts';

export interface UrlState {
  /** The query, normalised (normalise.ts `normaliseInput`); "" when absent or unreadable. */
  query: string;
  /** True when ?q= was there but its percent-encoding is broken. */
  unreadable: boolean;
  /** The filters, only values the page knows. */
  selection: Map<FilterKey, Set<string>>;
}

/** One raw parameter value decoded strictly; undefined when its percent-encoding is malformed. */
function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The state in `search` ("?q=Kozlov&kind=paragraph"); `known` lists each filter key's values. */
export function readUrlState(search: string, known: Partial<Record<FilterKey, readonly string[]>>): UrlState {
  const pairs = search.replace(/^\?/, '').split('&').filter(Boolean).map((pair) => {
    const at = pair.indexOf('=');
    return [decode(at < 0 ? pair : pair.slice(0, at)), decode(at < 0 ? '' : pair.slice(at + 1))] as const;
  });
  const q = pairs.filter(([name]) => name === 'q');
  const unreadable = q.some(([, value]) => value === undefined);
  const selection = new Map<FilterKey, Set<string>>();
  for (const key of FILTER_KEYS) {
    const values = new Set(known[key] ?? []);
    const chosen = pairs.flatMap(([name, value]) => (name === key && value !== undefined && values.has(value) ? [value] : []));
    if (chosen.length > 0) selection.set(key, new Set(chosen));
  }
  return { query: unreadable ? '' : normaliseInput(q[0]?.[1] ?? ''), unreadable, selection };
}

/** The page's URL for a query and filters (`path` is the page's own path). */
export function urlFor(path: string, query: string, selection: Selection): string {
  const params = new URLSearchParams();
  const trimmed = query.trim();
  if (trimmed) params.set('q', trimmed);
  for (const key of FILTER_KEYS) for (const value of selection.get(key) ?? []) params.append(key, value);
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}`;
}

/** What the status line says when the address's query cannot be read. */
export const UNREADABLE = 'The search words in this address cannot be read (its percent-encoding is broken, perhaps cut short). Type them again.';
