/**
 * Each page carries its stylesheet inline (astro.config.mjs, `build.inlineStylesheets`): the first
 * paint waits for no request after the document. The Content Security Policy allows no inline
 * style but one whose hash it lists, so the build reads each page's <style> and writes its hash
 * into that page's policy (src/integrations/headers.ts).
 */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './site.ts';

/** A CSP source for `css`, as the browser hashes a <style>'s text: `'sha256-…'`. */
export const styleHash = (css: string): string => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/** The hash of every <style> in a page, in document order. */
export function inlineStyleHashes(html: string): string[] {
  return selectAll('style', fromHtml(html)).map((style) => styleHash(toString(style)));
}

/**
 * `html` with its policy <meta> allowing its own <style> elements. Throws, naming `file`, when a
 * page has inline style but not exactly one <meta> with the site's policy (Base.astro's).
 */
export function withStyleHashes(html: string, file: string): { html: string; hashes: string[] } {
  const hashes = inlineStyleHashes(html);
  if (hashes.length === 0) return { html, hashes };
  const meta = `content="${CONTENT_SECURITY_POLICY}"`;
  const found = html.split(meta).length - 1;
  if (found !== 1) {
    throw new Error(`${file}: has inline <style> but ${found} <meta http-equiv="Content-Security-Policy"> carrying the site's policy (one expected, to add the style's hash to).\nFix: render the page with src/layouts/Base.astro, whose <meta> carries CONTENT_SECURITY_POLICY (src/lib/site.ts) as it is.`);
  }
  return { html: html.replace(meta, `content="${contentSecurityPolicy(hashes)}"`), hashes };
}
