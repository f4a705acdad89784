/**
 * remark plugin: stops the build when a resolution's Markdown departs from the encoding
 * (sections in order, units labelled in sequence, no empty unit, no text outside a unit).
 * The error names the file, the line, what was found and expected, and the fix.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readOutline, type Problem } from '../lib/resolution/outline.ts';
import { displayPath } from './display-path.ts';
import './vfile-data.ts';

/** Formats one problem as `path:line:column: message Fix: …`. */
export function formatProblem(path: string, problem: Problem): string {
  const start = problem.position?.start;
  const place = start ? `${path}:${start.line}:${start.column}` : path;
  return `${place}: ${problem.message}\n  Fix: ${problem.fix}`;
}

export default function remarkResolutionValidate() {
  return (tree: Root, file: VFile) => {
    const { problems } = readOutline(tree, file.data.meta?.counts ?? {});
    if (problems.length === 0) return;
    const list = problems.map((p) => formatProblem(displayPath(file), p)).join('\n');
    file.fail(`The resolution is malformed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${list}`, {
      place: problems[0].position && {
        line: problems[0].position.start.line,
        column: problems[0].position.start.column,
      },
      ruleId: 'resolution-structure',
      source: 'remark-resolution-validate',
    });
  };
}
