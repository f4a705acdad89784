/**
 * remark plugin: validates a resolution's YAML frontmatter (found by remark-frontmatter)
 * against its schema and hands the metadata on as `file.data.meta`; the frontmatter node
 * leaves the tree, so that the plugins after it see only the text. A problem stops the
 * build with `file:line: what is wrong` and the fix.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { frontmatterProblems } from '../lib/resolution/frontmatter-problems.ts';
import { resolutionSchema } from '../lib/resolution/schema.ts';
import { displayPath } from './display-path.ts';
import './vfile-data.ts';

export default function remarkResolutionFrontmatter() {
  return (tree: Root, file: VFile) => {
    const path = displayPath(file);
    const [first] = tree.children;
    if (first?.type !== 'yaml') {
      file.fail(`${path}:1: The file has no frontmatter.\n  Fix: Start it with a "---" block of metadata (see README, "How the content is encoded").`, {
        ruleId: 'resolution-frontmatter',
        source: 'remark-resolution-frontmatter',
      });
    }
    // The YAML starts on the line after the opening "---".
    const problems = frontmatterProblems(first.value, (first.position?.start.line ?? 1) + 1, path, resolutionSchema);
    if (problems.length > 0) {
      file.fail(`The resolution's frontmatter is malformed:\n${problems.join('\n')}`, { ruleId: 'resolution-frontmatter', source: 'remark-resolution-frontmatter' });
    }
    file.data.meta = resolutionSchema.parse(parse(first.value));
    tree.children.shift();
  };
}
