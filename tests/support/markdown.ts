/**
 * Runs the site's Markdown pipeline (our remark/rehype plugins, as astro.config.mjs sets
 * them) on a file the way Astro does: frontmatter parsed apart, body processed.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import rehypeUnitFragments from '../../src/plugins/rehype-unit-fragments.ts';
import remarkResolutionUnits from '../../src/plugins/remark-resolution-units.ts';
import remarkResolutionValidate from '../../src/plugins/remark-resolution-validate.ts';

export interface Rendered {
  html: string;
  frontmatter: Record<string, unknown>;
  path: string;
}

/** Writes `markdown` to a temporary file (errors name it) and renders it. */
export async function renderResolution(markdown: string, base = '/'): Promise<Rendered> {
  const path = join(mkdtempSync(join(tmpdir(), 'resolution-')), 'resolution.md');
  writeFileSync(path, markdown);
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const frontmatter = (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>;
  const body = match ? markdown.slice(match[0].length) : markdown;
  const file = new VFile({ path, value: body, data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkResolutionValidate)
    .use(remarkResolutionUnits, { base })
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeUnitFragments)
    .use(rehypeStringify)
    .process(file);
  const data = result.data as { astro: { frontmatter: Record<string, unknown> } };
  return { html: String(result.value), frontmatter: data.astro.frontmatter, path };
}
