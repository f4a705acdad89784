/**
 * The Markdown pipeline of a resolution, defined once: the content loader renders the
 * resolution with it, and the tests run exactly the same pipeline (as Starlight exports its
 * asides plugins once for its config and its tests).
 *
 * No Markdown goes through Astro's own renderer: the loader (src/loaders/content.ts) runs this
 * pipeline itself, because the names it links come from the registry, which the loader reads
 * and watches as content, so that an edit to it re-renders the text.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { Registry } from '../lib/editorial/names.ts';
import rehypePointAnchors from './rehype-point-anchors.ts';
import rehypeSectionIds from './rehype-section-ids.ts';
import rehypeUnitFragments from './rehype-unit-fragments.ts';
import remarkLinkNames from './remark-link-names.ts';
import remarkResolutionFrontmatter from './remark-resolution-frontmatter.ts';
import remarkResolutionUnits from './remark-resolution-units.ts';
import remarkResolutionValidate from './remark-resolution-validate.ts';
import remarkUnwrapLines from './remark-unwrap-lines.ts';

export interface PipelineOptions {
  /** The names registry (content/names.yaml) whose mentions are linked. */
  registry: Registry;
  /** The site's base path, as in Astro's `base`. */
  base: string;
}

/** Our remark plugins, in order: frontmatter, structure checks, unwrapped lines, units, names. */
export function resolutionRemarkPlugins({ registry, base }: PipelineOptions): PluggableList {
  return [
    [remarkFrontmatter, ['yaml']],
    remarkResolutionFrontmatter,
    remarkResolutionValidate,
    remarkUnwrapLines,
    remarkResolutionUnits,
    [remarkLinkNames, { registry, base }],
  ];
}

/** The rehype plugins: headings given ids (rehype-slug), the sections handed on, points anchored, each unit's HTML handed on. */
export function resolutionRehypePlugins(): PluggableList {
  return [rehypeSlug, rehypeSectionIds, rehypePointAnchors, rehypeUnitFragments];
}

/**
 * Runs the whole pipeline on one resolution file. Throws (a VFileMessage naming the file, the
 * line and the fix) when the content is malformed. The results are on `file.data`
 * (src/plugins/vfile-data.ts): meta, units, mentions, fragments.
 */
export async function processResolution(markdown: string, path: string, options: PipelineOptions): Promise<VFile> {
  const processor = unified()
    .use(remarkParse)
    .use(resolutionRemarkPlugins(options))
    .use(remarkRehype)
    .use(resolutionRehypePlugins());
  const file = new VFile({ path, value: markdown });
  // Run, not process: the page is laid out by components, from the fragments; no document HTML is needed.
  await processor.run(processor.parse(file), file);
  return file;
}
