/** Small DOM helpers for the search interface: elements, links, excerpts and the notes' pieces. */
import type { Segment } from '../lib/search/excerpt.ts';
import type { Piece } from '../lib/search/status.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export function link(text: string, href: string, className = ''): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/** Excerpt segments as text nodes and <mark>s: nothing the index holds becomes markup. */
export function excerptNodes(segments: readonly Segment[]): Node[] {
  return segments.map((segment) => (segment.mark ? element('mark', 'search-mark', segment.text) : document.createTextNode(segment.text)));
}

/** A note's pieces as nodes; `queryLink` makes the links that run another query. */
export function pieceNodes(pieces: readonly Piece[], base: string, queryLink: (text: string, query: string) => HTMLAnchorElement): Node[] {
  return pieces.map((piece) => {
    if (typeof piece === 'string') return document.createTextNode(piece);
    if ('strong' in piece) return element('strong', '', piece.strong);
    if ('query' in piece) return queryLink(piece.text, piece.query);
    return link(piece.text, `${base}${piece.path}`);
  });
}
