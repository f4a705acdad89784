/**
 * Heading ids for prose, as rehype-slug gives them (GitHub's slugs, github-slugger: "How to
 * link and cite" → "how-to-link-and-cite", a repeated one "-1"), so that any heading of a
 * prose page can be linked to. A heading that already has an id keeps it: those are published
 * anchors (content/permalinks.txt).
 *
 * Read by htmlparser2's streaming tokenizer, and each id written into its heading's start tag:
 * the rest of the HTML stays byte for byte as Astro wrote it. (rehype-slug needed the whole
 * page as a tree, parsed by parse5 and written out again: 0.09 s of a build.)
 */
import GithubSlugger from 'github-slugger';
import { Parser } from 'htmlparser2';

const HEADING = /^h[1-6]$/;

/** The same HTML, with an id on every heading that had none. */
export function withHeadingIds(html: string): string {
  const slugger = new GithubSlugger();
  /** Where each id goes (just after its tag's name) and its heading's text, in document order. */
  const headings: { at: number; text: string }[] = [];
  let open: { name: string; at: number; text: string } | undefined;
  const parser = new Parser({
    onopentag: (name, attributes) => {
      if (open || !HEADING.test(name) || 'id' in attributes) return;
      open = { name, at: parser.startIndex + 1 + name.length, text: '' };
    },
    // The heading's text, as hast-util-to-string reads it for rehype-slug: every text inside, entities decoded.
    ontext: (text) => {
      if (open) open.text += text;
    },
    onclosetag: (name) => {
      if (!open || name !== open.name) return;
      headings.push({ at: open.at, text: open.text });
      open = undefined;
    },
  });
  parser.end(html);
  let result = '';
  let last = 0;
  for (const { at, text } of headings) {
    result += `${html.slice(last, at)} id="${slugger.slug(text)}"`;
    last = at;
  }
  return result + html.slice(last);
}
