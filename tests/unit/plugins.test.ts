/**
 * Each of our unified plugins on tiny hand-written Markdown, with the output written by hand
 * (the way rehype-slug's own tests are fixtures: input, expected output). The real document
 * goes through the whole pipeline in resolution-plugins.test.ts; here each plugin is seen alone.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseNameRegistry } from '../../src/lib/editorial/names.ts';
import rehypeUnitFragments from '../../src/plugins/rehype-unit-fragments.ts';
import remarkLinkNames from '../../src/plugins/remark-link-names.ts';
import remarkResolutionFrontmatter from '../../src/plugins/remark-resolution-frontmatter.ts';
import remarkResolutionUnits from '../../src/plugins/remark-resolution-units.ts';
import remarkResolutionValidate from '../../src/plugins/remark-resolution-validate.ts';
import remarkUnwrapLines from '../../src/plugins/remark-unwrap-lines.ts';
import { FRONTMATTER } from '../fixtures/tiny-frontmatter.ts';

/** Runs `plugins` (after remark-parse) on `markdown`; gives the tree and the file. */
async function run(markdown: string, plugins: PluggableList) {
  const processor = unified().use(remarkParse).use(plugins);
  const file = new VFile({ path: 'tiny.md', value: markdown });
  const tree = await processor.run(processor.parse(file), file);
  return { tree: tree as Root, file };
}

/** Runs `plugins`, then remark-rehype and `rehype`; gives the file (its data). */
async function runToHtml(markdown: string, plugins: PluggableList, rehype: PluggableList) {
  const processor = unified().use(remarkParse).use(plugins).use(remarkRehype).use(rehype);
  const file = new VFile({ path: 'tiny.md', value: markdown });
  await processor.run(processor.parse(file), file);
  return file;
}

/** A tiny resolution: one unit of each kind; `counts` must match. */
const tiny = (body: string) => `${FRONTMATTER}\nThe European Parliament,\n\n${body}`;
const ONE_OF_EACH = '## Citations\n\n### Citation 1\n\nhaving regard to the Charter,\n\n## Recitals\n\n### Recital A\n\nwhereas it rains;\n\n## Paragraphs\n\n### Paragraph 1\n\nAsks for sun.\n';

describe('remark-unwrap-lines', () => {
  it('turns each line ending inside a paragraph, and the indentation around it, into one space', async () => {
    const { tree } = await run('Maks\nBokayev and\n   Mukhtar \n Dzhakishev', [remarkUnwrapLines]);
    expect(tree.children).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', value: 'Maks Bokayev and Mukhtar Dzhakishev' }] }]);
  });

  it('leaves a one-line paragraph as it is, double spaces and all', async () => {
    const { tree } = await run('the  Kazakhstan’s government', [remarkUnwrapLines]);
    expect(tree.children).toMatchObject([{ type: 'paragraph', children: [{ type: 'text', value: 'the  Kazakhstan’s government' }] }]);
  });
});

describe('remark-resolution-units', () => {
  const plugins: PluggableList = [[remarkFrontmatter, ['yaml']], remarkResolutionFrontmatter, remarkResolutionValidate, remarkResolutionUnits];

  it('hands on the units in text order, with kind, label, position, anchor and text', async () => {
    const { file } = await run(tiny(ONE_OF_EACH), plugins);
    expect(file.data.formula).toBe('The European Parliament,');
    expect(file.data.units).toEqual([
      { kind: 'citation', label: '1', position: 1, id: 'citation-1', text: 'having regard to the Charter,' },
      { kind: 'recital', label: 'A', position: 1, id: 'recital-a', text: 'whereas it rains;' },
      { kind: 'paragraph', label: '1', position: 1, id: 'paragraph-1', text: 'Asks for sun.' },
    ]);
  });

  it('keeps only the formula and one marked paragraph per unit in the tree', async () => {
    const { tree } = await run(tiny(ONE_OF_EACH), plugins);
    expect(tree.children.map((node) => [node.type, node.data?.hProperties])).toEqual([
      ['paragraph', { dataFormula: '' }],
      ['paragraph', { dataUnit: 'citation-1' }],
      ['paragraph', { dataUnit: 'recital-a' }],
      ['paragraph', { dataUnit: 'paragraph-1' }],
    ]);
  });
});

describe('remark-resolution-validate', () => {
  const plugins: PluggableList = [[remarkFrontmatter, ['yaml']], remarkResolutionFrontmatter, remarkResolutionValidate];

  it('accepts a well-formed resolution', async () => {
    await expect(run(tiny(ONE_OF_EACH), plugins)).resolves.toBeDefined();
  });

  it('stops at the line of a unit in the wrong section, with the fix', async () => {
    const markdown = tiny(ONE_OF_EACH.replace('### Recital A', '### Paragraph 9'));
    const line = markdown.split('\n').indexOf('### Paragraph 9') + 1;
    await expect(run(markdown, plugins)).rejects.toThrow(new RegExp(`^The resolution is malformed[^\\n]*\\ntiny\\.md:${line}:1: [^\\n]*\\n {2}Fix: \\S`));
  });
});

describe('remark-link-names', () => {
  const registry = parseNameRegistry(
    [
      'maks-bokayev:',
      '  kind: person',
      '  name: Maks Bokayev',
      '  text: [Maks Bokayev]',
      '  spellings: [Bokaev]',
      'un:',
      '  kind: organisation',
      '  name: United Nations (UN)',
      '  text: [UN]',
      '  abbr: { UN: United Nations }',
      '  spellings: [United Nations]',
    ].join('\n'),
    'names.yaml',
  );
  const plugins: PluggableList = [[remarkFrontmatter, ['yaml']], remarkResolutionFrontmatter, remarkResolutionValidate, remarkResolutionUnits, [remarkLinkNames, { registry, base: '/sub/' }]];
  const withText = (text: string) => tiny(ONE_OF_EACH.replace('whereas it rains;', text));

  it('links a name without changing a character, and records where it stands', async () => {
    const { tree, file } = await run(withText('whereas Maks Bokayev wrote to the UN;'), plugins);
    const recital = tree.children[2];
    expect(recital).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'whereas ' },
        { type: 'link', url: '/sub/names/maks-bokayev/', children: [{ type: 'text', value: 'Maks Bokayev' }] },
        { type: 'text', value: ' wrote to the ' },
        { type: 'link', url: '/sub/names/un/', children: [{ data: { hName: 'abbr', hProperties: { title: 'United Nations' } }, children: [{ type: 'text', value: 'UN' }] }] },
        { type: 'text', value: ';' },
      ],
    });
    expect(file.data.mentions?.['recital-a']).toEqual([
      { slug: 'maks-bokayev', form: 'Maks Bokayev', start: 8, end: 20 },
      { slug: 'un', form: 'UN', start: 34, end: 36 },
    ]);
  });

  it('links whole words only, in their own case', async () => {
    const { file } = await run(withText('whereas UNESCO and un-Bokayev are not Maks Bokayevs;'), plugins);
    expect(file.data.mentions?.['recital-a']).toEqual([]);
  });
});

describe('rehype-unit-fragments', () => {
  it('hands on the HTML of the formula and of each unit, keyed by anchor', async () => {
    const plugins: PluggableList = [[remarkFrontmatter, ['yaml']], remarkResolutionFrontmatter, remarkResolutionValidate, remarkResolutionUnits];
    const file = await runToHtml(tiny(ONE_OF_EACH.replace('Asks for sun.', 'Asks for *sun* & rain.')), plugins, [rehypeUnitFragments]);
    expect(file.data.fragments).toEqual({
      formula: 'The European Parliament,',
      'citation-1': 'having regard to the Charter,',
      'recital-a': 'whereas it rains;',
      'paragraph-1': 'Asks for <em>sun</em> &#x26; rain.',
    });
  });
});
