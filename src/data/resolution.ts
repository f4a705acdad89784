/**
 * The one resolution the site publishes, loaded and rendered once per build:
 * its validated metadata, the reading view's Markdown component, the unit model and each
 * unit's HTML (both handed over by our remark/rehype plugins).
 */
import { getCollection, render } from 'astro:content';
import type { Unit } from '../lib/resolution/units.ts';

async function load() {
  const entries = await getCollection('resolution');
  if (entries.length !== 1) {
    throw new Error(`Expected exactly one resolution in content/resolution/, found ${entries.length}.`);
  }
  const [entry] = entries as [(typeof entries)[number]];
  const { Content, remarkPluginFrontmatter } = await render(entry);
  return {
    meta: entry.data,
    Content,
    units: remarkPluginFrontmatter['units'] as Unit[],
    unitHtml: remarkPluginFrontmatter['unitHtml'] as Record<string, string>,
  };
}

let cached: ReturnType<typeof load> | undefined;

/** The resolution, rendered once and shared by every page of the build. */
export function loadResolution(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
