/**
 * Each page's inline stylesheet is allowed by its hash in the page's own policy: the hash is the
 * one a browser computes (values from `openssl dgst -sha256 -binary | base64`), and a page whose
 * policy <meta> is missing or doubled stops the build, named.
 */
import { describe, expect, it } from 'vitest';
import { inlineStyleHashes, withStyleHashes } from '../../src/lib/style-hashes.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site.ts';

const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
const page = (head: string) => `<!doctype html><html lang="en"><head>${head}<title>t</title></head><body><p>x</p></body></html>`;

describe('inline style hashes', () => {
  it('hashes each <style> as written, line breaks included', () => {
    expect(inlineStyleHashes(page('<style>p{color:red}</style><style>a{}\nb{}</style>'))).toEqual([
      "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='",
      "'sha256-zed0RLOFY+TcmXcTg8xXzuEuz9LcL/bpBT9mk1CINVo='",
    ]);
  });

  it('hashes a <style> in the body too (Astro writes them in the head, which alone is read otherwise)', () => {
    expect(inlineStyleHashes('<!doctype html><html lang="en"><head><style>p{color:red}</style><title>t</title></head><body><style>a{}\nb{}</style></body></html>')).toEqual([
      "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='",
      "'sha256-zed0RLOFY+TcmXcTg8xXzuEuz9LcL/bpBT9mk1CINVo='",
    ]);
  });

  it("adds the page's hash to style-src of its policy <meta>, and changes nothing else", () => {
    const { html, hashes } = withStyleHashes(page(`${meta}<style>p{color:red}</style>`), 'index.html');
    expect(hashes).toEqual(["'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"]);
    expect(html).toBe(
      page(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-yfLx//vIiZe3H1CWQOhyFp2lDfbdzKZpSFZ8bYPUyz4=' 'wasm-unsafe-eval'; style-src 'self' 'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"><style>p{color:red}</style>`,
      ),
    );
  });

  it('leaves a page without inline style as it is', () => {
    const html = page(meta);
    expect(withStyleHashes(html, 'a.html')).toEqual({ html, hashes: [] });
  });

  it('stops, naming the file, when a page with inline style has no policy <meta> or two', () => {
    expect(() => withStyleHashes(page('<style>p{}</style>'), 'about/index.html')).toThrow(/^about\/index\.html: has inline <style> but 0 <meta http-equiv="Content-Security-Policy">[\s\S]*Fix: /);
    expect(() => withStyleHashes(page(`${meta}${meta}<style>p{}</style>`), 'x.html')).toThrow(/^x\.html: has inline <style> but 2 /);
  });
});
