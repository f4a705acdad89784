/**
 * What a build made, read from the build itself: every HTML page (walking the output
 * directory), the sitemap's list, and the files each page loads. No hand-kept page list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export interface BuiltPage {
  /** The HTML file, absolute. */
  file: string;
  /** The page's URL path, base path included: "/", "/recitals/j/", "/404.html". */
  path: string;
}

export interface BuiltSite {
  dir: string;
  /** The site's root URL as the build publishes it (from the home page's canonical link), base path included. */
  root: URL;
  basePath: string;
  pages: BuiltPage[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Reads the build in `dir`: its root URL (canonical link of index.html) and every HTML page in it. */
export function readBuiltSite(dir: string): BuiltSite {
  const siteDir = resolve(dir);
  const home = join(siteDir, 'index.html');
  if (!existsSync(home)) throw new Error(`No built site in ${siteDir}: run the build first (npm test does).`);
  const canonical = select('link[rel="canonical"]', fromHtml(readFileSync(home, 'utf8')))?.properties['href'];
  if (!canonical) throw new Error(`${home} has no <link rel="canonical">: the tests read the site's root URL from it`);
  const root = new URL(String(canonical));
  const pages = walk(siteDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(siteDir, file).split(sep).join('/');
      const local = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      return { file, path: `${root.pathname}${local}` };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return { dir: siteDir, root, basePath: root.pathname, pages };
}

/** The page URLs (absolute) that the build's sitemap index lists, across all its sitemaps. */
export function sitemapUrls(site: BuiltSite): string[] {
  const indexFile = join(site.dir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: is "site" set and @astrojs/sitemap on?`);
  return locs(readFileSync(indexFile, 'utf8')).flatMap((sitemapUrl) => {
    const url = new URL(sitemapUrl);
    if (url.origin !== site.root.origin) throw new Error(`The sitemap index lists ${sitemapUrl}, not on ${site.root.origin}`);
    return locs(readFileSync(join(site.dir, url.pathname.slice(site.basePath.length)), 'utf8'));
  });
}

/** The text of every <loc> of a sitemap or sitemap index (read as HTML: <loc> holds only text). */
function locs(xml: string): string[] {
  return selectAll('loc', fromHtml(xml)).map((loc) => toString(loc).trim());
}

/** The file a same-site URL path serves, or undefined: "/about/" -> about/index.html. */
export function fileForPath(site: BuiltSite, pathname: string): string | undefined {
  if (!pathname.startsWith(site.basePath)) return undefined;
  const local = decodeURIComponent(pathname.slice(site.basePath.length));
  const candidate = join(site.dir, local.endsWith('/') || local === '' ? join(local, 'index.html') : local);
  if (!candidate.startsWith(site.dir)) return undefined;
  return existsSync(candidate) ? candidate : undefined;
}

/** Pages grouped by type (first path segment), for tests that visit one of each. */
export function pageTypes(site: BuiltSite): Map<string, BuiltPage> {
  const types = new Map<string, BuiltPage>();
  for (const page of site.pages) {
    const local = page.path.slice(site.basePath.length);
    const type = local === '' ? 'reading view' : local.includes('/') ? local.split('/')[0] + (local.split('/').length > 2 ? '/*' : '') : local;
    if (!types.has(type)) types.set(type, page);
  }
  return types;
}
