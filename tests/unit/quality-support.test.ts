/**
 * The measuring tools of the quality tests, on small fixture builds: what they count must be
 * right before their figures can fail a build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFile } from '../../src/integrations/headers.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site.ts';
import { readBuiltSite } from '../support/built-site.ts';
import { headerRules } from '../support/headers-file.ts';
import { checkLinks } from '../support/link-check.ts';
import { gzipSize, pageWeight } from '../support/page-weight.ts';

const root = mkdtempSync(join(tmpdir(), 'quality-support-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fixture(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const head = (canonical: string, extra = '') => `<!doctype html><html lang="en"><head><title>t</title><link rel="canonical" href="${canonical}">${extra}</head>`;

describe('pageWeight', () => {
  const dir = fixture('weight', {
    'index.html': `${head('https://example.org/sub/', '<link rel="stylesheet" href="/sub/_astro/a.css"><script type="module" src="/sub/_astro/main.js"></script>')}<body></body></html>`,
    '_astro/a.css': '@import "./b.css";body{color:red}',
    '_astro/b.css': 'p{margin:0}',
    '_astro/main.js': 'import{x}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");x(l);',
    '_astro/shared.js': 'export const x=(f)=>f;',
    '_astro/side.js': 'console.log(1);',
    '_astro/lazy.js': 'export default 1;',
  });

  it('counts the HTML, stylesheets and their @imports, scripts and their static imports — not dynamic ones', () => {
    const site = readBuiltSite(dir);
    expect(site.basePath).toBe('/sub/');
    const weight = pageWeight(site, site.pages[0]);
    expect(weight.files.sort()).toEqual(['/sub/_astro/a.css', '/sub/_astro/b.css', '/sub/_astro/main.js', '/sub/_astro/shared.js', '/sub/_astro/side.js']);
    expect(weight.css).toBe(gzipSize('@import "./b.css";body{color:red}') + gzipSize('p{margin:0}'));
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
  });
});

describe('checkLinks', () => {
  it('finds a missing page, a missing anchor, a link outside the base path and a repeated id', () => {
    const dir = fixture('links', {
      'index.html': `${head('https://example.org/sub/')}<body><p id="a"></p><p id="a"></p><a href="/sub/about/#here">ok</a><a href="/sub/about/#gone">x</a><a href="/sub/nope/">x</a><a href="/other/">x</a><a href="https://elsewhere.example/">ext</a></body></html>`,
      'about/index.html': `${head('https://example.org/sub/about/')}<body><h1 id="here">About</h1><a href="../">home</a></body></html>`,
    });
    const report = checkLinks(readBuiltSite(dir));
    expect(report.problems).toEqual([
      '/sub/: id "a" appears 2 times',
      '/sub/: <a href="/sub/about/#gone">: no id "gone" on /sub/about/',
      '/sub/: <a href="/sub/nope/">: no such file in the build',
      '/sub/: <a href="/other/">: outside the base path /sub/',
    ]);
  });
});

describe('_headers', () => {
  it('carries the page policy plus the header-only directives, for every path', () => {
    const rules = headerRules(headersFile());
    const csp = rules.find((r) => r.matches('/recitals/j/'))?.headers.find(([name]) => name === 'Content-Security-Policy');
    expect(csp?.[1].startsWith(CONTENT_SECURITY_POLICY)).toBe(true);
    expect(csp?.[1]).toContain("frame-ancestors 'self'");
  });
});
