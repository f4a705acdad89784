/**
 * rehype plugin: hands on the resolution's sections as their headings come out of rehype-slug
 * ("## Recitals" → id "recitals"), as `file.data.sections`, in text order. The reading view
 * gives each section the id its heading got here; the loader checks that it is the published
 * anchor (src/lib/addresses.ts), so a heading can never move a permalink.
 */
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import './vfile-data.ts';

/** The rank of a section heading ("## Citations"); units are one rank below. */
const SECTION_RANK = 2;

export default function rehypeSectionIds() {
  return (tree: Root, file: VFile) => {
    file.data.sections = tree.children.flatMap((node) =>
      node.type === 'element' && headingRank(node) === SECTION_RANK ? [{ title: toString(node), id: String(node.properties.id ?? '') }] : [],
    );
  };
}
