/**
 * remark plugin: links every mention of a registered name (content/names.yaml) in the text
 * of each unit to the entity's page, and wraps acronyms in <abbr title>, without changing a
 * character of the text: the words are split into text, link and abbr nodes, nothing else.
 * Runs after remark-resolution-units, on its `p.unit-text` paragraphs, so that unit pages
 * (which reuse that HTML) get the same links.
 *
 * Search aliases (other spellings) are not added here: they would weigh on the reading
 * view's page budget. Each unit's own page carries them instead (see UnitPage.astro).
 * Registry entries the text never mentions are reported as build warnings.
 */
import { entityPath, withBase } from '../lib/addresses.ts';
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { flattenMentions, registryMatcher, type Entity, type Registry } from '../lib/editorial/names.ts';
import { wholeWords, type Mention } from '../lib/editorial/mentions.ts';
import { container, type Container } from './mdast-container.ts';

export interface Options {
  registry: Registry;
  /** The site's base path, as in Astro's `base`. */
  base?: string;
}

const hasClass = (node: { data?: { hProperties?: Record<string, unknown> } }, name: string) => {
  const className = node.data?.hProperties?.['className'];
  return Array.isArray(className) && className.includes(name);
};

/** Splits `value` into text nodes and <abbr> containers for the abbreviations of `entity`. */
function withAbbreviations(value: string, entity: Entity): PhrasingContent[] {
  const abbr = entity.abbr ?? {};
  const shorts = Object.keys(abbr).sort((a, b) => b.length - a.length);
  if (shorts.length === 0) return [{ type: 'text', value }];
  const pattern = wholeWords(shorts);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push(container('abbr', { title: abbr[match[0]] }, [{ type: 'text', value: match[0] }]));
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

export default function remarkLinkNames(options: Options) {
  const { registry } = options;
  const base = options.base ?? '/';
  const match = registryMatcher(registry);
  const bySlug = new Map(registry.map((e) => [e.slug, e]));

  /** Replaces a text node by text, link and abbr nodes; returns the mentions found. */
  const linkText = (node: Text): { nodes: PhrasingContent[]; mentions: Mention[] } => {
    const mentions = match(node.value);
    const nodes: PhrasingContent[] = [];
    let last = 0;
    for (const mention of mentions) {
      const entity = bySlug.get(mention.slug)!;
      if (mention.start > last) nodes.push({ type: 'text', value: node.value.slice(last, mention.start) });
      nodes.push({
        type: 'link',
        url: withBase(base, entityPath(entity.slug)),
        children: withAbbreviations(mention.form, entity),
      });
      last = mention.end;
    }
    if (last < node.value.length) nodes.push({ type: 'text', value: node.value.slice(last) });
    return { nodes, mentions };
  };

  return (tree: Root, file: VFile) => {
    const mentioned = new Set<string>();
    visit(tree, 'container', (article: Container) => {
      if (article.data.hName !== 'article') return;
      const textIndex = article.children.findIndex((c) => c.type === 'paragraph' && hasClass(c, 'unit-text'));
      if (textIndex === -1) return SKIP;
      const paragraph = article.children[textIndex] as Paragraph;
      const unitMentions: Mention[] = [];
      paragraph.children = paragraph.children.flatMap((child) => {
        // The label link and anything else that is not plain text stays as it is.
        if (child.type !== 'text') return [child];
        const { nodes, mentions } = linkText(child);
        unitMentions.push(...mentions);
        return nodes;
      });
      flattenMentions(unitMentions).forEach((m) => mentioned.add(m.slug));
      return SKIP;
    });
    for (const entity of registry) {
      if (!mentioned.has(entity.slug)) {
        const message = `The registry entry "${entity.slug}" (content/names.yaml) is never mentioned in the text: check its text forms or remove it.`;
        // A warning, not a failure: the registry may be edited before the text; tests/unit/names.test.ts fails on it.
        console.warn(`[remark-link-names] ${message}`);
        file.message(message, { ruleId: 'unmentioned-name', source: 'remark-link-names' });
      }
    }
  };
}
