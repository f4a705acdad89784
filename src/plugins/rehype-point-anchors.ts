/**
 * rehype plugin: gives each lettered point of a paragraph ("(a) …; (b) …", found by
 * src/lib/resolution/points.ts) an anchor, an empty <span id="paragraph-4-a"> just before its
 * marker, so that a point can be linked to. Not a character of the text changes.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { pointId } from '../lib/addresses.ts';
import { letteredPoints } from '../lib/resolution/points.ts';
import { UNIT_PROPERTY } from './remark-resolution-units.ts';

/** The class of a point's anchor. */
export const POINT_ANCHOR = 'point-anchor';

/** Splits the paragraph's own text nodes before each marker "(a)", "(b)" … and puts the anchor there. */
function anchorPoints(paragraph: Element, unit: string, labels: readonly string[]): void {
  const pending = [...labels];
  const children: ElementContent[] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      children.push(child);
      continue;
    }
    let rest = child.value;
    let at: number;
    while (pending.length > 0 && (at = rest.indexOf(`(${pending[0]})`)) >= 0) {
      if (at > 0) children.push({ type: 'text', value: rest.slice(0, at) });
      children.push({ type: 'element', tagName: 'span', properties: { id: pointId(unit, pending.shift()!), className: [POINT_ANCHOR] }, children: [] });
      rest = rest.slice(at);
    }
    if (rest) children.push({ type: 'text', value: rest });
  }
  paragraph.children = children;
}

export default function rehypePointAnchors() {
  return (tree: Root) => {
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const unit = node.properties[UNIT_PROPERTY];
      if (typeof unit !== 'string' || !unit.startsWith('paragraph-')) continue;
      const labels = letteredPoints(toString(node)).map((point) => point.label);
      if (labels.length > 0) anchorPoints(node, unit, labels);
    }
  };
}
