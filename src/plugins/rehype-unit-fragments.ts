/**
 * rehype plugin: hands Astro the finished HTML of each unit's text, label left out,
 * as `frontmatter.unitHtml` keyed by anchor ("recital-a"), so that a unit's own page shows
 * exactly what the reading view shows, links and all, from one rendering.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const hasClass = (node: ElementContent, name: string): boolean =>
  node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes(name);

export default function rehypeUnitFragments() {
  return (tree: Root, file: VFile) => {
    const fragments: Record<string, string> = {};
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'article' || typeof node.properties.id !== 'string') return;
      const text = node.children.find((child) => hasClass(child, 'unit-text'));
      if (!text || text.type !== 'element') return;
      const afterLabel = text.children.findIndex((child) => hasClass(child, 'unit-label'));
      const body = text.children.slice(afterLabel + 1);
      // The label is followed by the one space that separates it from the text.
      if (body[0]?.type === 'text' && body[0].value === ' ') body.shift();
      fragments[node.properties.id] = toHtml(body);
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.unitHtml = fragments;
  };
}
