/**
 * Checks a resolution's YAML frontmatter against a zod schema and says, for each problem,
 * the line it is on and how to fix it. Astro's own schema error names the file but not the
 * line; an editor needs both.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { z } from 'astro/zod';

/**
 * Problems of the frontmatter `yamlText` under `schema`, as `path:line: message` lines (none
 * when valid). `firstLine` is the file line the YAML starts on (2, after the opening "---").
 */
export function frontmatterProblems(yamlText: string, firstLine: number, path: string, schema: z.ZodType): string[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const lineAt = (offset: number | undefined) => (offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1);
  if (document.errors.length > 0) {
    return document.errors.map((error) => `${path}:${lineAt(error.pos[0])}: The frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const keys: (string | number)[][] =
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path.map(String), key]) : [issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    return keys.map((keyPath) => {
      const node = findNode(document.contents, keyPath);
      const name = keyPath.join('.') || '(frontmatter)';
      const fix =
        issue.code === 'unrecognized_keys'
          ? `Remove "${name}" or correct its spelling; the known keys are listed in src/lib/resolution/schema.ts.`
          : issue.code === 'invalid_type' && issue.input === undefined
            ? `Add "${name}:" with its value.`
            : `Correct the value of "${name}".`;
      return `${path}:${lineAt(node?.range?.[0])}: ${name}: ${issue.message}\n  Fix: ${fix}`;
    });
  });
}

/** The key node at `keyPath` in a YAML map, or the nearest parent that exists. */
function findNode(node: Node | null, keyPath: (string | number)[]): Node | undefined {
  let current: Node | undefined = node ?? undefined;
  let found: Node | undefined = current;
  for (const key of keyPath) {
    if (!current || !isMap(current)) break;
    const pair = current.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (!pair) break;
    found = (pair.key as Node) ?? found;
    current = (pair.value as Node | null) ?? undefined;
  }
  return found;
}
