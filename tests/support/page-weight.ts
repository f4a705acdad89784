/**
 * What a page costs to load, from the build: its HTML, plus the CSS and JavaScript it loads on
 * load (stylesheets and their @imports, scripts and modulepreloads and their static imports,
 * never dynamic import()s, which load on use). Each file gzipped on its own, as served.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { fileForPath, type BuiltPage, type BuiltSite } from './built-site.ts';

export interface PageWeight {
  path: string;
  /** Gzipped bytes. */
  html: number;
  css: number;
  js: number;
  total: number;
  /** The CSS and JS files loaded on load, as URL paths. */
  files: string[];
}

/** zlib's default level (6): what a host that compresses on the fly typically sends. */
export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 6 }).length;

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s]+)/g;

export function pageWeight(site: BuiltSite, page: BuiltPage): PageWeight {
  const html = readFileSync(page.file);
  const $ = cheerio.load(html);
  const pageUrl = new URL(page.path, site.root);
  const weight: PageWeight = { path: page.path, html: gzipSize(html), css: 0, js: 0, total: 0, files: [] };
  const seen = new Set<string>();

  const load = (ref: string, base: URL, kind: 'css' | 'js') => {
    const url = new URL(ref, base);
    if (url.origin !== site.root.origin) throw new Error(`${page.path} loads ${url.href} from another site`);
    if (seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const file = fileForPath(site, url.pathname);
    if (!file) throw new Error(`${page.path} loads ${url.pathname}, which is not in the build`);
    const bytes = readFileSync(file);
    weight[kind] += gzipSize(bytes);
    weight.files.push(url.pathname);
    const text = bytes.toString('utf8');
    const pattern = kind === 'js' ? STATIC_IMPORT : CSS_IMPORT;
    for (const match of text.matchAll(pattern)) load(match[1], url, kind);
  };

  $('link[rel~="stylesheet"][href]').each((_, el) => load($(el).attr('href')!, pageUrl, 'css'));
  $('script[src]').each((_, el) => load($(el).attr('src')!, pageUrl, 'js'));
  $('link[rel="modulepreload"][href]').each((_, el) => load($(el).attr('href')!, pageUrl, 'js'));
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(2);

/** A plain-text table of weights in KiB, heaviest first. */
export function weightTable(weights: PageWeight[]): string {
  const rows = [...weights].sort((a, b) => b.total - a.total);
  const width = Math.max(4, ...rows.map((w) => w.path.length));
  const line = (cells: string[]) => `${cells[0].padEnd(width)}  ${cells.slice(1).map((c) => c.padStart(7)).join('  ')}`;
  return [line(['page', 'HTML', 'CSS', 'JS', 'total']), ...rows.map((w) => line([w.path, kib(w.html), kib(w.css), kib(w.js), kib(w.total)]))].join('\n');
}
