/**
 * rehype plugin: hands on the finished HTML of the formula and of each unit's text (the
 * paragraphs remark-resolution-units marked), as `file.data.fragments` keyed by unit anchor,
 * the formula under "formula". Components place each fragment in its own markup, so the
 * reading view and a unit's page show the same rendering, links and all.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import './vfile-data.ts';

export const FORMULA_FRAGMENT = 'formula';

export default function rehypeUnitFragments() {
  return (tree: Root, file: VFile) => {
    const fragments: Record<string, string> = {};
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const { dataUnit, dataFormula } = node.properties;
      const key = typeof dataUnit === 'string' ? dataUnit : dataFormula !== undefined ? FORMULA_FRAGMENT : undefined;
      if (key) fragments[key] = toHtml(node.children);
    }
    file.data.fragments = fragments;
  };
}
