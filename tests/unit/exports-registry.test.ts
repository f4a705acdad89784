/**
 * The export registry (src/lib/exports/formats.ts) is the one list of downloads: the permalink
 * manifest and `_headers` agree with it. Expected values are written here by hand.
 */
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/headers-file.ts';
import { EXPORT_FORMATS, formatPath } from '../../src/lib/exports/formats.ts';
import { headerRules } from '../support/headers-file.ts';
import { readManifest } from '../support/permalinks.ts';

const PUBLISHED = [
  'downloads/b8-0205-2019.txt',
  'downloads/b8-0205-2019.json',
  'downloads/b8-0205-2019.schema.json',
  'downloads/b8-0205-2019.akn.xml',
  'downloads/b8-0205-2019.bib',
  'downloads/b8-0205-2019.ris',
  'downloads/b8-0205-2019.csl.json',
];

describe('the export registry', () => {
  it('publishes the seven downloads at their permanent addresses', () => {
    expect(EXPORT_FORMATS.map((format) => formatPath(format, 'b8-0205-2019'))).toEqual(PUBLISHED);
  });

  it('names the downloads after the document id (another motion, other files)', () => {
    expect(EXPORT_FORMATS.map((format) => formatPath(format, 'b10-0123-2025'))).toEqual(PUBLISHED.map((path) => path.replace('b8-0205-2019', 'b10-0123-2025')));
  });

  it('is what content/permalinks.txt lists under /downloads/ (a new format is a deliberate edit of both)', () => {
    const listed = readManifest()
      .map((permalink) => permalink.page)
      .filter((page) => page.startsWith('/downloads/') && page !== '/downloads/');
    expect(listed).toEqual(PUBLISHED.map((path) => `/${path}`));
    expect(readManifest().map((permalink) => permalink.entry)).toContain('/downloads/');
  });
});

describe('_headers', () => {
  const rules = headerRules(headersFile('b8-0205-2019'));
  const header = (path: string, name: string) =>
    rules.filter((rule) => rule.matches(path)).flatMap((rule) => rule.headers.filter(([key]) => key === name).map(([, value]) => value));

  it.each([
    ['/downloads/b8-0205-2019.txt', 'text/plain; charset=utf-8'],
    ['/downloads/b8-0205-2019.json', 'application/json; charset=utf-8'],
    ['/downloads/b8-0205-2019.schema.json', 'application/schema+json; charset=utf-8'],
    ['/downloads/b8-0205-2019.akn.xml', 'application/akn+xml; charset=utf-8'],
    ['/downloads/b8-0205-2019.bib', 'application/x-bibtex; charset=utf-8'],
    ['/downloads/b8-0205-2019.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['/downloads/b8-0205-2019.csl.json', 'application/vnd.citationstyles.csl+json; charset=utf-8'],
  ])('gives %s the type %s', (path, type) => {
    expect(header(path, 'Content-Type')).toEqual([type]);
  });

  it('caches hashed assets for a year, immutable, and nothing else', () => {
    expect(header('/_astro/site.B7x_2kQe.css', 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    expect(header('/about/', 'Cache-Control')).toEqual([]);
    expect(header('/downloads/b8-0205-2019.txt', 'Cache-Control')).toEqual([]);
    expect(header('/pagefind/pagefind.js', 'Cache-Control')).toEqual([]);
  });
});
