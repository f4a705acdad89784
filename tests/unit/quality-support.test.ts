/**
 * The measuring tools of the quality tests, on small fixture builds: what they count must be
 * right before their figures can fail a build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/headers-file.ts';
import { readBuiltSite } from '../support/built-site.ts';
import { headerRules } from '../support/headers-file.ts';
import { checkLinks } from '../support/link-check.ts';

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
  it('carries the page policy, inline style left to each page\'s <meta>, plus the header-only directives, for every path', () => {
    const rules = headerRules(headersFile('b8-0205-2019'));
    const csp = rules.find((r) => r.matches('/recitals/j/'))?.headers.find(([name]) => name === 'Content-Security-Policy');
    expect(csp?.[1]).toBe(
      "default-src 'self'; script-src 'self' 'sha256-yfLx//vIiZe3H1CWQOhyFp2lDfbdzKZpSFZ8bYPUyz4=' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
  });
});
