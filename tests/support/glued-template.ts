/**
 * Words glued to an expression's output, found in an Astro template. Astro 7 compacts templates
 * as JSX does (`compressHTML: "jsx"`, its default): whitespace that holds a line break next to
 * an expression or a tag is dropped. So "during its⏎{term}th term" renders "during its8th term"
 * and "<a>Procedure</a>⏎<span>· Record</span>" renders "Procedure· Record". The built HTML cannot
 * show where an expression's output begins; the template can, so this reads the template with
 * Astro's own parser (@astrojs/compiler-rs) and finds every such line break between words.
 */
import { parse } from '@astrojs/compiler-rs';

export interface GluedInTemplate {
  /** 1-based line of the line break that is dropped. */
  line: number;
  /** The source around it: "during its⏎{meta.term}th". */
  context: string;
}

/** Elements that sit inside a line of text (their content touches the words around them). */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** An expression whose output cannot be read from the template ({meta.term}): taken as a word. */
const WORD = 'w';
/** What may not touch the next word: a letter, a digit, a closing punctuation mark, a middle dot (a separator). */
const ENDS_WORD = /[\p{L}\p{N},.;:!?)\]”’»·]$/u;
/** What may not touch the previous word: a letter, a digit, an opening bracket or quote, a middle dot. */
const STARTS_WORD = /^[\p{L}\p{N}(“‘«·]/u;

interface Node {
  type: string;
  start: number;
  end: number;
  value?: unknown;
  children?: Node[];
  expression?: Node;
  right?: Node;
  operator?: string;
  consequent?: Node;
  alternate?: Node;
  arguments?: Node[];
  body?: Node;
  quasis?: { value: { cooked: string } }[];
  openingElement?: { name: { type: string; name?: string } };
}

type Side = 'first' | 'last';

/**
 * The character a piece of template writes first or last: "" for nothing, a space or a block
 * (no word to glue to), WORD when an expression's output is unknown.
 */
function edge(node: Node | undefined, side: Side, compact = true): string {
  if (!node) return '';
  switch (node.type) {
    case 'JSXText': {
      // Whitespace at either end that holds a line break is dropped; other whitespace stays a space.
      const text = compact ? String(node.value).replace(/^\s*\n\s*|\s*\n\s*$/g, '') : String(node.value);
      if (text.trim() === '') return text === '' ? '' : ' ';
      return side === 'first' ? text.charAt(0) : text.charAt(text.length - 1);
    }
    case 'Literal':
      return typeof node.value === 'string' ? (side === 'first' ? node.value.charAt(0) : node.value.charAt(node.value.length - 1)) : WORD;
    case 'TemplateLiteral': {
      const quasi = side === 'first' ? node.quasis?.[0] : node.quasis?.at(-1);
      const text = quasi?.value.cooked ?? '';
      return text === '' ? WORD : side === 'first' ? text.charAt(0) : text.charAt(text.length - 1);
    }
    case 'JSXEmptyExpression':
      return '';
    case 'JSXExpressionContainer':
      return edge(node.expression, side, compact);
    case 'LogicalExpression':
      return node.operator === '&&' ? edge(node.right, side, compact) : WORD;
    case 'ConditionalExpression': {
      const both = [edge(node.consequent, side, compact), edge(node.alternate, side, compact)];
      return both.find((c) => c !== '' && c !== ' ') ?? '';
    }
    case 'ParenthesizedExpression':
      return edge(node.expression, side, compact);
    case 'CallExpression': {
      // items.map((x) => <li>…</li>): what the callback returns.
      const callback = node.arguments?.find((a) => a.type === 'ArrowFunctionExpression');
      return callback ? edge(callback.body, side, compact) : WORD;
    }
    case 'JSXFragment':
      return childrenEdge(node.children ?? [], side, compact);
    case 'JSXElement': {
      const name = node.openingElement?.name;
      if (name?.type !== 'JSXIdentifier' || !INLINE.has(name.name ?? '')) return name?.name === 'Fragment' ? childrenEdge(node.children ?? [], side, compact) : '';
      return childrenEdge(node.children ?? [], side, compact);
    }
    default:
      return WORD;
  }
}

/** The first (or last) character a list of children writes, skipping what writes nothing. */
function childrenEdge(children: readonly Node[], side: Side, compact = true): string {
  const ordered = side === 'first' ? children : [...children].reverse();
  for (const child of ordered) {
    if (compact && child.type === 'JSXText' && String(child.value).trim() === '' && String(child.value).includes('\n')) continue; // dropped by the compaction
    const c = edge(child, side, compact);
    if (c !== '') return c;
  }
  return '';
}

/** The line breaks in `source`'s template that glue two words of a line of text together. */
export function gluedInTemplate(source: string): GluedInTemplate[] {
  const { ast } = parse(source) as unknown as { ast: Node };
  const found: GluedInTemplate[] = [];
  const report = (at: number) => {
    const line = source.slice(0, at).split('\n').length;
    const context = source.slice(Math.max(0, at - 20), at + 20).replace(/\n\s*/g, '⏎');
    found.push({ line, context });
  };
  const glued = (left: string, right: string) => ENDS_WORD.test(left) && STARTS_WORD.test(right);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const node = value as Node;
    node.children?.forEach((child, i, siblings) => {
      // Two pieces side by side in the source, glued only because a line break at the edge of one
      // of them is dropped: {count}<span>⏎· Read</span>.
      const next = siblings[i + 1];
      if (child.type !== 'JSXText' && next && next.type !== 'JSXText') {
        const compacted = glued(edge(child, 'last'), edge(next, 'first'));
        if (compacted && !glued(edge(child, 'last', false), edge(next, 'first', false))) report(next.start);
      }
      const text = typeof child.value === 'string' ? child.value : '';
      if (child.type !== 'JSXText' || !text.includes('\n')) return;
      const before = siblings[i - 1];
      const after = siblings[i + 1];
      if (text.trim() === '') {
        // Only a line break between two neighbours: it is dropped, and they touch. Two expressions
        // in a row are left alone: they are most often alternatives ({a && 'x'}⏎{b && 'y'}) or blocks.
        const twoExpressions = before?.type === 'JSXExpressionContainer' && after?.type === 'JSXExpressionContainer';
        if (before && after && !twoExpressions && glued(edge(before, 'last'), edge(after, 'first'))) report(child.start);
        return;
      }
      const trailing = /\S([ \t]*\n\s*)$/.exec(text);
      const leading = /^(\s*\n[ \t]*)\S/.exec(text);
      if (trailing && after && glued(text.trimEnd().slice(-1), edge(after, 'first'))) report(child.end - (trailing[1] ?? '').length);
      if (leading && before && glued(edge(before, 'last'), text.trimStart().charAt(0))) report(child.start);
    });
    for (const [key, inner] of Object.entries(node)) if (key !== 'children') visit(inner);
    node.children?.forEach(visit);
  };
  visit(ast);
  return found;
}
