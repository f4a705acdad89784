/**
 * remark plugin: stops the build when a resolution's Markdown departs from the encoding
 * (sections in order, units labelled in sequence, no empty unit, no text outside a unit).
 * The error names the file, the line, what was found and expected, and the fix.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readOutline, type DeclaredCounts, type Problem } from '../lib/resolution/outline.ts';

/** The frontmatter keys this plugin reads (Astro puts frontmatter on `file.data.astro`). */
interface ResolutionFrontmatter {
  counts?: DeclaredCounts;
}

/** Formats one problem as `path:line:column: message Fix: …`; `lineOffset` counts lines cut off above the Markdown. */
export function formatProblem(path: string, problem: Problem, lineOffset = 0): string {
  const start = problem.position?.start;
  const place = start ? `${path}:${start.line + lineOffset}:${start.column}` : path;
  return `${place}: ${problem.message}\n  Fix: ${problem.fix}`;
}

export default function remarkResolutionValidate() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: ResolutionFrontmatter } }).astro?.frontmatter;
    const { problems } = readOutline(tree, frontmatter?.counts ?? {});
    if (problems.length === 0) return;
    const path = file.path ? file.path.replace(`${process.cwd()}/`, '') : '<resolution>';
    const offset = frontmatterLines(file);
    const list = problems.map((p) => formatProblem(path, p, offset)).join('\n');
    file.fail(`The resolution is malformed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${list}`, {
      place: problems[0].position && {
        line: problems[0].position.start.line + offset,
        column: problems[0].position.start.column,
      },
      ruleId: 'resolution-structure',
      source: 'remark-resolution-validate',
    });
  };
}

/**
 * Astro hands the plugin the Markdown without its frontmatter, so positions count from the
 * end of the frontmatter; an editor counts from the top of the file. This is the difference.
 */
function frontmatterLines(file: VFile): number {
  if (!file.path) return 0;
  try {
    const whole = readFileSync(file.path, 'utf8');
    const body = String(file.value);
    const start = body ? whole.lastIndexOf(body) : -1;
    return start > 0 ? whole.slice(0, start).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}
