/**
 * Words glued to links. A template that breaks a line between a word and a link can lose the
 * space ("For each theme,<a>findings</a>"): the page then reads "theme,findings". This finds,
 * in a page's HTML, every link with a letter, a digit or a closing punctuation mark directly
 * before it, or a letter or digit directly after it, in the flow of text around it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

/** What may not touch a link's first character: "theme,|findings", "an|editorial". Opening brackets, quotes, dashes and slashes may. */
const GLUED_BEFORE = /[\p{L}\p{N}.,;:!?)\]”’»]$/u;
/** What may not touch a link's last character: "layer|not". Punctuation after a link is ordinary ("layer</a>, not"). */
const GLUED_AFTER = /^[\p{L}\p{N}]/u;

/** Elements that sit inside a line of text: a link inside one of them still touches the words around it. */
const INLINE = new Set(['abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** The blocks that hold lines of text. */
const PROSE_BLOCKS = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'caption', 'summary', 'legend', 'label', 'address', 'footer']);

/** Where there is no prose to glue to: the head, code blocks, scripts, hidden parts. */
const NOT_PROSE = 'head, pre, script, style, template, [hidden]';

export interface GluedLink {
  /** The link's text. */
  link: string;
  /** The characters around it as the page reads: "…each theme,|findings and…". */
  context: string;
}

type Parent = Root | Element;

/** The text a reader sees right before (or after) `node` inside its line: the nearest sibling text, climbing out of inline elements. */
function neighbourText(node: ElementContent, ancestors: readonly Parent[], side: 'before' | 'after'): string {
  let child: ElementContent | RootContent = node;
  for (let level = ancestors.length - 1; level >= 0; level--) {
    const parent = ancestors[level];
    const siblings = parent.children as (ElementContent | RootContent)[];
    const at = siblings.indexOf(child);
    const around = side === 'before' ? siblings.slice(0, at).reverse() : siblings.slice(at + 1);
    for (const sibling of around) {
      if (sibling.type === 'comment' || sibling.type === 'doctype') continue;
      if (sibling.type === 'element' && !INLINE.has(sibling.tagName) && sibling.tagName !== 'a') return ''; // a block, a line break, a control: the line ends
      const text = sibling.type === 'text' ? sibling.value : sibling.type === 'element' && !matches('.vh, [hidden]', sibling) ? toString(sibling) : '';
      if (text !== '') return text;
    }
    if (parent.type !== 'element' || !INLINE.has(parent.tagName)) return '';
    child = parent;
  }
  return '';
}

/** Every link in `html` glued to the word or punctuation mark before it, or to the word after it. */
export function gluedLinks(html: string): GluedLink[] {
  const tree = fromHtml(html);
  const glued: GluedLink[] = [];
  visitParents(tree, 'element', (node: Element, ancestors: Parent[]) => {
    if (matches(NOT_PROSE, node)) return 'skip';
    if (node.tagName !== 'a' || node.properties['href'] === undefined) return undefined;
    const block = ancestors.findLast((a): a is Element => a.type === 'element' && !INLINE.has(a.tagName));
    const link = toString(node);
    // Only lines of text: a pager or a toolbar sets links side by side by layout, and an empty link (a label for screen readers) shows no word.
    if (!block || !PROSE_BLOCKS.has(block.tagName) || link.trim() === '') return 'skip';
    const before = neighbourText(node, ancestors, 'before');
    const after = neighbourText(node, ancestors, 'after');
    if ((GLUED_BEFORE.test(before) && !/^\s/.test(link)) || (GLUED_AFTER.test(after) && !/\s$/.test(link))) {
      glued.push({ link, context: `…${before.slice(-20).trimStart()}|${link}|${after.slice(0, 20).trimEnd()}…`.replace(/\s+/g, ' ') });
    }
    return 'skip';
  });
  return glued;
}
