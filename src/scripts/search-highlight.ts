/**
 * Arrival from a search result (/?highlight=word+word#recital-j): marks those words in the
 * unit with <mark> — wrapping text, never changing it — keeps the unit in view, then takes
 * the parameter out of the address bar so that what the reader copies is the permalink.
 */
import markStyles from '../styles/search-mark.css?url';
import { findWordRanges, wordsFromHighlightParam } from '../lib/search/highlight.ts';
import { UNIT_LABEL } from '../lib/markup.ts';

/** The mark's own colours, fetched only on arrival from a result (a <link>: the CSP allows no inline style). */
function loadStyles(): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = markStyles;
  document.head.append(link);
}

function markWords(root: Element, words: readonly string[]): number {
  let count = 0;
  for (const scope of root.querySelectorAll('[data-source-text]')) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      // The printed label ("J.") is not the text, and a word already marked is marked once.
      acceptNode: (node) => (node.parentElement?.closest(`.${UNIT_LABEL}, mark`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      const ranges = findWordRanges(node.data, words);
      for (const [start, end] of ranges.reverse()) {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const mark = document.createElement('mark');
        mark.className = 'search-mark';
        range.surroundContents(mark);
        count += 1;
      }
    }
  }
  return count;
}

const url = new URL(window.location.href);
const words = wordsFromHighlightParam(url.searchParams.get('highlight'));
const id = decodeURIComponent(url.hash.slice(1));
const unit = id ? document.getElementById(id) : null;

if (unit && words.length > 0) {
  loadStyles();
  const count = markWords(unit, words);
  unit.dataset['searchHits'] = String(count);
  // At once: the page has just loaded, there is nothing to animate from.
  unit.scrollIntoView({ block: 'start', behavior: 'instant' });
}
url.searchParams.delete('highlight');
history.replaceState(history.state, '', url);
