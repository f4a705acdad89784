/**
 * remark plugin: a paragraph wrapped over several lines of Markdown is one paragraph of text,
 * so each line ending inside it (and the indentation around it) becomes the one space a
 * browser would show. Done on the tree, before names are matched, so that "Maks" at the end of
 * a line and "Bokayev" at the start of the next are still one mention, and the plain text of a
 * unit has no line breaks the source does not have.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const LINE_ENDING = /[ \t]*\r?\n[ \t]*/g;

export default function remarkUnwrapLines() {
  return (tree: Root) => {
    visit(tree, 'text', (node) => {
      node.value = node.value.replace(LINE_ENDING, ' ');
    });
  };
}
