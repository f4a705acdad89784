/**
 * remark plugin: stops the build when a resolution's Markdown departs from the encoding
 * (sections in order, units labelled in sequence, no empty unit, no text outside a unit).
 * The error names the file, the line, what was found and expected, and the fix.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readOutline, type DeclaredCounts, type Problem } from '../lib/outline.ts';

/** The frontmatter keys this plugin reads (Astro puts frontmatter on `file.data.astro`). */
interface ResolutionFrontmatter {
  counts?: DeclaredCounts;
}

/** Formats one problem as `path:line:column: message Fix: …`. */
export function formatProblem(path: string, problem: Problem): string {
  const start = problem.position?.start;
  const place = start ? `${path}:${start.line}:${start.column}` : path;
  return `${place}: ${problem.message}\n  Fix: ${problem.fix}`;
}

export default function remarkResolutionValidate() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: ResolutionFrontmatter } }).astro?.frontmatter;
    const { problems } = readOutline(tree, frontmatter?.counts ?? {});
    if (problems.length === 0) return;
    const path = file.path ? file.path.replace(`${process.cwd()}/`, '') : '<resolution>';
    const list = problems.map((p) => formatProblem(path, p)).join('\n');
    file.fail(`The resolution is malformed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${list}`, {
      place: problems[0].position,
      ruleId: 'resolution-structure',
      source: 'remark-resolution-validate',
    });
  };
}
