/**
 * Heading ids for prose, by rehype-slug (GitHub's slugs: "How to link and cite" →
 * "how-to-link-and-cite"), so that any heading of a prose page can be linked to. A heading
 * that already has an id keeps it: those are published anchors (content/permalinks.txt).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';

const slugger = unified().use(rehypeSlug);

/** The same HTML, with an id on every heading that had none. */
export function withHeadingIds(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  // rehype-slug sets the ids in place.
  slugger.runSync(tree);
  return toHtml(tree);
}
