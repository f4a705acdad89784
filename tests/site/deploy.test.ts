/**
 * The built site as a host serves it (the test server applies `_headers`, as `npm run serve`
 * does): downloads with their media types and charset, a .txt that Chromium shows as written,
 * the /downloads/ page listing every format with its size, robots.txt naming the sitemap,
 * hashed assets cached for good. Expected values are written by hand.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fetchHtml, siteUrl, useBrowser } from '../support/browser.ts';
import { readBuiltSite } from '../support/built-site.ts';
import { attr, attrs, one, selectAll, text } from '../support/html.ts';

const site = readBuiltSite(inject('siteDir'));

describe('downloads as the web serves them', () => {
  it.each([
    ['b8-0205-2019.txt', 'text/plain; charset=utf-8'],
    ['b8-0205-2019.json', 'application/json; charset=utf-8'],
    ['b8-0205-2019.schema.json', 'application/schema+json; charset=utf-8'],
    ['b8-0205-2019.akn.xml', 'application/akn+xml; charset=utf-8'],
    ['b8-0205-2019.bib', 'application/x-bibtex; charset=utf-8'],
    ['b8-0205-2019.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['b8-0205-2019.csl.json', 'application/vnd.citationstyles.csl+json; charset=utf-8'],
  ])('%s is served as %s', async (file, type) => {
    const response = await fetch(siteUrl(`downloads/${file}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  describe('in Chromium', () => {
    const chromium = useBrowser();

    it('the .txt shows its curly quotes and accents as written, not as Windows-1252', async () => {
      const page = await chromium.open('downloads/b8-0205-2019.txt');
      const shown = await page.locator('body').innerText();
      await page.context().close();
      expect(shown).toContain('whereas the Kazakhstan’s government has been making efforts');
      expect(shown).toContain('‘dissemination of knowingly false information’');
      expect(shown).not.toContain('â€');
    });
  });
});

describe('/downloads/', () => {
  it('lists every format, each linked, with its type and its size as served', async () => {
    const $ = await fetchHtml('downloads/');
    const items = selectAll('main .download-list > li', $).map((li) => ({ href: attr(one('a', li), 'href') ?? '', text: text(li).replace(/\s+/g, ' ').trim() }));
    expect(items.map((item) => item.href)).toEqual(
      ['txt', 'json', 'schema.json', 'akn.xml', 'bib', 'ris', 'csl.json'].map((extension) => `${site.basePath}downloads/b8-0205-2019.${extension}`),
    );
    expect(items[0].text).toMatch(/^Plain text: the whole text, each unit under its label \(text\/plain, \d+(?:\.\d)? kB\)$/);
    expect(items[4].text).toMatch(/^BibTeX: the citation of the whole document \(application\/x-bibtex, \d+(?:\.\d)? kB\)$/);
    // Each size as the page shows it (decimal kB, one decimal) against the bytes the server sends.
    const offenders = await Promise.all(
      items.map(async (item) => {
        const bytes = (await (await fetch(new URL(item.href, siteUrl()))).arrayBuffer()).byteLength;
        const shown = Number(/, ([\d.]+) kB\)$/.exec(item.text)?.[1]);
        return Math.abs(shown * 1000 - bytes) <= 50 ? [] : [`${item.href}: ${bytes} bytes, shown ${shown} kB`];
      }),
    );
    expect(offenders.flat()).toEqual([]);
  });

  it('is linked from every page’s footer and from /about/', async () => {
    const about = await fetchHtml('about/');
    expect(attrs('footer.site-footer a', about, 'href')).toContain(`${site.basePath}downloads/`);
    expect(attrs('main a', about, 'href')).toContain(`${site.basePath}downloads/`);
  });
});

describe('for crawlers and caches', () => {
  it('robots.txt allows every page and names the sitemap by its absolute address', async () => {
    const response = await fetch(siteUrl('robots.txt'));
    expect(response.status).toBe(200);
    const sitemap = new URL('sitemap-index.xml', site.root).href;
    expect(await response.text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
  });

  it('serves Astro’s hashed assets with a year’s immutable cache, and pages without one', async () => {
    const assets = readdirSync(join(site.dir, '_astro')).filter((name) => name.endsWith('.css'));
    expect(assets.length).toBeGreaterThan(0);
    const asset = await fetch(siteUrl(`_astro/${assets[0]}`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(siteUrl('about/'))).headers.get('cache-control')).toBeNull();
  });
});
