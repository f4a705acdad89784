/**
 * Reads the editorial YAML files of content/ (names, topics, relations) and validates them,
 * so that a mistake stops the build with the file, the line and the fix.
 * Pure apart from its inputs: takes the text and the path, gives data or throws.
 */
import { LineCounter, parseDocument, isNode, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';

/** A problem found in an editorial file: where (a path of keys) and how to fix it. */
export interface DataProblem {
  path: readonly (string | number)[];
  message: string;
  fix: string;
}

export class EditorialDataError extends Error {
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file} is invalid (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${problems.join('\n')}`);
    this.name = 'EditorialDataError';
    // Plain fields, not parameter properties: Node runs this file as it is (type stripping) in the benches.
    this.file = file;
    this.problems = problems;
  }
}

export interface ParsedYaml {
  data: unknown;
  /** "content/names.yaml:12:5" for a path of keys, as near as the file allows. */
  locate(path: readonly PropertyKey[]): string;
}

/**
 * Where a syntax error's cause is. The parser blames a value that seems to run on into the
 * next line ("kind: person" when the line after it, "name: …", is indented too deep): the
 * mistake is that next, deeper line, so that is the line given.
 */
function syntaxErrorPlace(text: string, error: YAMLError, lineCounter: LineCounter, file: string): string {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    const lines = text.split('\n');
    const indent = (l: string) => l.length - l.trimStart().length;
    const next = lines[line];
    if (next !== undefined && next.trim() !== '' && indent(next) > indent(lines[line - 1] ?? '')) return `${file}:${line + 1}:${indent(next) + 1}`;
  }
  return `${file}:${line}:${col}`;
}

/** Parses YAML text, failing on syntax errors and duplicate keys with their line. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const [first] = doc.errors;
  if (first) {
    // Only the first: after a syntax error the parser's later complaints are mostly its echoes.
    throw new EditorialDataError(file, [`${syntaxErrorPlace(text, first, lineCounter, file)}: ${first.message.split('\n')[0]}\n  Fix: correct the YAML syntax at that line (indentation, quotes, a missing colon or a duplicated key).`]);
  }
  const locate = (path: readonly PropertyKey[]): string => {
    // The deepest node that exists on the path.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return file;
  };
  return { data: doc.toJS(), locate };
}

const formatPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Validates parsed data against a schema, then against `check`; throws every problem at once. */
export function validateYaml<S extends z.ZodType>(
  parsed: ParsedYaml,
  file: string,
  schema: S,
  fixHint: string,
  check: (data: z.infer<S>) => DataProblem[] = () => [],
): z.infer<S> {
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    throw new EditorialDataError(
      file,
      result.error.issues.map((issue) => {
        // A bad record key (a slug) carries its own reasons.
        const inner = 'issues' in issue && Array.isArray(issue.issues) ? issue.issues.map((i: { message: string }) => i.message) : [];
        const message = [issue.message, ...inner].join(': ');
        return `${parsed.locate(issue.path)}: ${formatPath(issue.path) || '(top level)'}: ${message}\n  Fix: ${fixHint}`;
      }),
    );
  }
  const problems = check(result.data);
  if (problems.length > 0) {
    throw new EditorialDataError(
      file,
      problems.map((p) => `${parsed.locate(p.path)}: ${formatPath(p.path)}: ${p.message}\n  Fix: ${p.fix}`),
    );
  }
  return result.data;
}
