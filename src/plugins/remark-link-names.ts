/**
 * remark plugin: links the first mention of each registered name (content/names.yaml) in the
 * text of each unit to the entity's page, and wraps its acronyms in <abbr title>, without
 * changing a character of the text: the words are split into text, link and abbr nodes, nothing
 * else. Later mentions in the same unit stay plain text (as reference works link a term once per
 * section: a paragraph with "Kazakhstan" five times reads as text, not as a list of links), and a
 * name joined to a link by a hyphen or slash ("EU-Kazakhstan") waits for its next mention, so two
 * links never touch. Every mention, linked or not, is still recorded, searched and counted.
 * Runs on the paragraphs remark-resolution-units marked as units, and hands on the mentions it
 * linked as `file.data.mentions` (unit id → mentions, offsets in the unit's text), so that the
 * names a unit is said to mention are exactly the ones its text links.
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { entityPath, withBase } from '../lib/addresses.ts';
import { wholeWords, type Mention } from '../lib/editorial/mentions.ts';
import { flattenMentions, registryMatcher, type Entity, type Registry } from '../lib/editorial/names.ts';
import type { UnitMention } from '../lib/resolution/units.ts';
import { container } from './mdast-container.ts';
import { UNIT_PROPERTY } from './remark-resolution-units.ts';
import './vfile-data.ts';

export interface Options {
  registry: Registry;
  /** The site's base path, as in Astro's `base` ("/" or "/motion/"). */
  base?: string;
}

/**
 * Splits `value` into text nodes and <abbr> containers for the abbreviations of `entity` that
 * `expanded` does not hold yet (which it updates): an acronym is expanded once per unit, like a link.
 */
function withAbbreviations(value: string, entity: Entity, expanded: Set<string>): PhrasingContent[] {
  const abbr = entity.abbr ?? {};
  const shorts = Object.keys(abbr)
    .filter((short) => !expanded.has(short))
    .sort((a, b) => b.length - a.length);
  if (shorts.length === 0) return [{ type: 'text', value }];
  const pattern = wholeWords(shorts);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    if (expanded.has(match[0])) continue;
    expanded.add(match[0]);
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push(container('abbr', { title: abbr[match[0]] }, [{ type: 'text', value: match[0] }]));
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

const unitOf = (paragraph: Paragraph): string | undefined => {
  const id = paragraph.data?.hProperties?.[UNIT_PROPERTY];
  return typeof id === 'string' ? id : undefined;
};

export default function remarkLinkNames(options: Options) {
  const { registry } = options;
  const base = options.base ?? '/';
  const match = registryMatcher(registry);
  const bySlug = new Map(registry.map((e) => [e.slug, e]));

  /**
   * Replaces a text node by text, link and abbr nodes, linking only the entities not in
   * `linked` and expanding only the acronyms not in `expanded` (it updates both); returns the
   * mentions found.
   */
  const linkText = (node: Text, linked: Set<string>, expanded: Set<string>): { nodes: PhrasingContent[]; mentions: Mention[] } => {
    const mentions = match(node.value);
    const nodes: PhrasingContent[] = [];
    let last = 0;
    let linkEnd = -1;
    for (const mention of mentions) {
      const entity = bySlug.get(mention.slug)!;
      const joinedToLink = mention.start === linkEnd + 1 && /[-/]/u.test(node.value.charAt(linkEnd));
      const plain = linked.has(mention.slug) || joinedToLink;
      if (plain && !Object.keys(entity.abbr ?? {}).some((short) => !expanded.has(short))) continue;
      if (mention.start > last) nodes.push({ type: 'text', value: node.value.slice(last, mention.start) });
      const words = withAbbreviations(mention.form, entity, expanded);
      if (plain) nodes.push(...words);
      else {
        nodes.push({ type: 'link', url: withBase(base, entityPath(entity.slug)), children: words });
        linked.add(mention.slug);
        linkEnd = mention.end;
      }
      last = mention.end;
    }
    if (last < node.value.length) nodes.push({ type: 'text', value: node.value.slice(last) });
    return { nodes, mentions };
  };

  return (tree: Root, file: VFile) => {
    const found: Record<string, UnitMention[]> = {};
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'paragraph') continue;
      const id = unitOf(paragraph);
      if (!id) continue;
      const mentions: UnitMention[] = [];
      const linked = new Set<string>();
      const expanded = new Set<string>();
      let offset = 0;
      paragraph.children = paragraph.children.flatMap((child) => {
        const length = toString(child).length;
        if (child.type !== 'text') {
          offset += length;
          return [child];
        }
        const result = linkText(child, linked, expanded);
        for (const m of flattenMentions(result.mentions)) mentions.push({ slug: m.slug, form: m.form, start: m.start + offset, end: m.end + offset });
        offset += length;
        return result.nodes;
      });
      found[id] = mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    file.data.mentions = found;
  };
}
