/**
 * Permalinks are a contract: every address in content/permalinks.txt resolves on the built
 * site, served over HTTP; and every page and unit anchor the build makes is in the list.
 */
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fetchHtml } from '../support/browser.ts';
import { attrs, selectAll, type Root } from '../support/html.ts';
import { readManifest } from '../support/permalinks.ts';

const manifest = readManifest();
const siteDir = inject('siteDir');

/** Page paths of the build ("/", "/recitals/j/"), from its files. */
function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => {
      const folder = relative(dir, entry.parentPath).split(sep).join('/');
      return folder === '' ? '/' : `/${folder}/`;
    })
    .sort();
}

/** Each page fetched once (it must be served: 200), however many of its anchors the manifest lists. */
const pages = new Map<string, Promise<Root>>();
function fetchPage(path: string): Promise<Root> {
  if (!pages.has(path)) pages.set(path, fetchHtml(path));
  return pages.get(path)!;
}

describe('the permalink manifest', () => {
  it.each(manifest.map((p) => [p.entry, p] as const))('%s resolves', async (_entry, permalink) => {
    const $ = await fetchPage(permalink.page);
    if (permalink.anchor) expect(selectAll(`[id="${permalink.anchor}"]`, $).length, `#${permalink.anchor} on ${permalink.page}`).toBe(1);
  });

  it('lists every page the build makes (a new page is a deliberate edit of the manifest)', () => {
    const listed = new Set(manifest.filter((p) => !p.anchor).map((p) => p.page));
    const unlisted = builtPages(siteDir).filter((page) => !listed.has(page));
    expect(unlisted, 'add these to content/permalinks.txt if they are meant to be published').toEqual([]);
  });

  it('lists every unit and section anchor of the reading view', async () => {
    const $ = await fetchPage('/');
    const built = attrs('.document article.unit[id], .document section.part > h2[id]', $, 'id').map((id) => `/#${id}`);
    const listed = new Set(manifest.map((p) => p.entry));
    expect(built).toHaveLength(42);
    expect(built.filter((entry) => !listed.has(entry))).toEqual([]);
  });
});

