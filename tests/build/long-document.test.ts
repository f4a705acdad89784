/**
 * A long resolution (40 citations, 80 recitals AA … CB, 150 paragraphs, some units wrapped over
 * several lines) builds, validates and is indexed, with every unit at its address.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { longResolution } from '../fixtures/long-resolution.ts';
import { buildFixture } from '../support/build-fixture.ts';
import { renderError } from '../support/markdown.ts';

describe('a long resolution', () => {
  const work = mkdtempSync(join(tmpdir(), 'long-resolution-'));
  const outDir = join(work, 'dist');
  let output = '';
  let status: number | null = null;

  beforeAll(() => {
    const dir = join(work, 'resolution');
    mkdirSync(dir);
    writeFileSync(join(dir, 'long.md'), longResolution());
    ({ status, output } = buildFixture({ work, env: { RESOLUTION_DIR: dir } }));
  }, 200_000);

  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('prints all 270 units in the reading view, recitals lettered past Z', () => {
    const page = fromHtml(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const ids = selectAll('article.unit[id]', page).map((article) => String(article.properties['id']));
    expect(ids).toHaveLength(270);
    expect(ids.slice(0, 2)).toEqual(['citation-1', 'citation-2']);
    expect(ids.slice(40 + 24, 40 + 30)).toEqual(['recital-y', 'recital-z', 'recital-aa', 'recital-ab', 'recital-ac', 'recital-ad']);
    expect(ids.slice(40 + 77, 40 + 80)).toEqual(['recital-bz', 'recital-ca', 'recital-cb']);
    expect(ids.at(-1)).toBe('paragraph-150');
  });

  it('gives every unit its own page, at its permanent address', () => {
    for (const path of ['citations/40/', 'recitals/aa/', 'recitals/cb/', 'paragraphs/150/']) {
      expect(existsSync(join(outDir, path, 'index.html')), path).toBe(true);
    }
    const recitalAA = readFileSync(join(outDir, 'recitals/aa/index.html'), 'utf8');
    expect(recitalAA).toContain('<h1 id="unit-title">Recital AA</h1>');
  });

  it('links names in units wrapped over several lines', () => {
    // Recital E (position 5) is wrapped: its text is the real recital E's.
    expect(longResolution()).toContain('### Recital E\n\nwhereas a new EU-Central Asia Strategy is expected\nto be proposed by the Commission');
    const page = fromHtml(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const links = selectAll('#recital-e .unit-text a:not(.unit-label)', page).map((a) => String(a.properties['href']));
    expect(links).toEqual(['/names/eu-strategy-for-central-asia/', '/names/european-commission/', '/names/hr-vp/']);
  });

  it('is indexed by Pagefind', () => {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['en']?.page_count).toBeGreaterThan(0);
  });
});

describe('recital labels past Z are validated like the others', () => {
  it('names a gap in the two-letter sequence', async () => {
    const markdown = longResolution().replace('### Recital AB\n', '### Recital AC\n');
    const error = await renderError(markdown);
    expect(error.message).toMatch(/Found Recital AC where Recital AB was expected: Recital AB is missing/);
  });
});
