/**
 * Links and the sitemap, over every page the build made (dist/, or SITE_DIR): every same-site
 * link and #anchor resolves, no page repeats an id, and the sitemap lists every page but 404.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readBuiltSite, sitemapUrls } from '../support/built-site.ts';
import { checkLinks } from '../support/link-check.ts';

const site = readBuiltSite(inject('siteDir'));

describe('links and sitemap', () => {
  it('finds the pages the build made', () => {
    // The home page, about and at least one unit page: a sanity floor, not a list.
    expect(site.pages.length).toBeGreaterThan(3);
  });

  it('has every internal link and #anchor resolve, and no repeated id, on every page', () => {
    const report = checkLinks(site);
    expect(report.checked).toBeGreaterThan(site.pages.length);
    expect(report.problems, `Broken links or repeated ids:\n${report.problems.join('\n')}`).toEqual([]);
  });

  it('lists every page but 404 in the sitemap, and nothing else', () => {
    const listed = sitemapUrls(site).sort();
    const pages = site.pages
      .filter((page) => !/(^|\/)404\.html$/.test(page.path))
      .map((page) => new URL(page.path, site.root).href)
      .sort();
    expect(listed.length, 'the sitemap repeats a URL').toBe(new Set(listed).size);
    expect(listed).toEqual(pages);
  });
});
