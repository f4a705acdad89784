/**
 * Permalinks are a contract: every address in content/permalinks.txt resolves on the built
 * site, served over HTTP; and every page and unit anchor the build makes is in the list.
 */
import { load } from 'cheerio';
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readManifest } from '../support/permalinks.ts';

const manifest = readManifest();
const siteDir = inject('siteDir');
const base = inject('siteUrl');

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

const pages = new Map<string, ReturnType<typeof load>>();
async function fetchPage(path: string) {
  if (!pages.has(path)) {
    const response = await fetch(new URL(path.slice(1), base));
    expect(response.status, `${path} must be served`).toBe(200);
    pages.set(path, load(await response.text()));
  }
  return pages.get(path)!;
}

describe('the permalink manifest', () => {
  it.each(manifest.map((p) => [p.entry, p] as const))('%s resolves', async (_entry, permalink) => {
    const $ = await fetchPage(permalink.page);
    if (permalink.anchor) expect($(`[id="${permalink.anchor}"]`).length, `#${permalink.anchor} on ${permalink.page}`).toBe(1);
  });

  it('lists every page the build makes (a new page is a deliberate edit of the manifest)', () => {
    const listed = new Set(manifest.filter((p) => !p.anchor).map((p) => p.page));
    const unlisted = builtPages(siteDir).filter((page) => !listed.has(page));
    expect(unlisted, 'add these to content/permalinks.txt if they are meant to be published').toEqual([]);
  });

  it('lists every unit and section anchor of the reading view', async () => {
    const $ = await fetchPage('/');
    const built = $('.document article.unit[id], .document section.part > h2[id]')
      .map((_, element) => `/#${$(element).attr('id')}`)
      .get();
    const listed = new Set(manifest.map((p) => p.entry));
    expect(built).toHaveLength(42);
    expect(built.filter((entry) => !listed.has(entry))).toEqual([]);
  });
});

