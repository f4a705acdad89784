/**
 * Each page carries its stylesheet inline (astro.config.mjs, `build.inlineStylesheets`): the first
 * paint waits for no request after the document. The Content Security Policy allows no inline
 * style but one whose hash it lists, so the build reads each page's <style> and writes its hash
 * into that page's policy (src/integrations/style-hashes.ts); `_headers` leaves inline style to it.
 * Imports nothing of the site's code: astro.config.mjs loads it with Node itself.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** The directive the hashes join: the site's policy allows styles from the site itself. */
const STYLE_SRC = "style-src 'self'";

/** A CSP source for `css`, as the browser hashes a <style>'s text: `'sha256-…'`. */
export const styleHash = (css: string): string => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * The hash of every <style> in a page, in document order. Read by htmlparser2's streaming
 * tokenizer, which builds no tree (a tree of each page's head, by parse5, cost a build 0.1 s):
 * Astro writes the styles in the <head>, so only the head is read, unless a <style> comes later.
 */
export function inlineStyleHashes(html: string): string[] {
  const headEnd = html.indexOf('</head>');
  const styledPart = headEnd < 0 || html.includes('<style', headEnd) ? html : html.slice(0, headEnd);
  const styles: string[] = [];
  let style: string | undefined;
  const parser = new Parser({
    onopentagname: (name) => {
      if (name === 'style') style = '';
    },
    // A <style>'s text is raw: what the tokenizer gives is what the browser hashes.
    ontext: (text) => {
      if (style !== undefined) style += text;
    },
    onclosetag: (name) => {
      if (name !== 'style' || style === undefined) return;
      styles.push(style);
      style = undefined;
    },
  });
  parser.end(styledPart);
  return styles.map(styleHash);
}

/** `policy` with `hashes` added to its `style-src 'self'`; throws when it has no such directive. */
export function withStyleSources(policy: string, hashes: readonly string[], where: string): string {
  const directives = policy.split('; ');
  const at = directives.indexOf(STYLE_SRC);
  if (at < 0) throw new Error(`${where}: its Content Security Policy has no "${STYLE_SRC}" directive to add the inline stylesheet's hash to.\nFix: keep CONTENT_SECURITY_POLICY (src/lib/site.ts) with that directive.`);
  directives[at] = [STYLE_SRC, ...hashes].join(' ');
  return directives.join('; ');
}

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g;

/**
 * `html` with its policy <meta> allowing its own <style> elements. Throws, naming `file`, when a
 * page has inline style but not exactly one policy <meta> (Base.astro's).
 */
export function withStyleHashes(html: string, file: string): { html: string; hashes: string[] } {
  const hashes = inlineStyleHashes(html);
  if (hashes.length === 0) return { html, hashes };
  const metas = [...html.matchAll(META)];
  if (metas.length !== 1) {
    throw new Error(`${file}: has inline <style> but ${metas.length} <meta http-equiv="Content-Security-Policy"> (one expected, to add the style's hash to).\nFix: render the page with src/layouts/Base.astro, whose <meta> carries CONTENT_SECURITY_POLICY (src/lib/site.ts).`);
  }
  const [meta, policy] = metas[0];
  return { html: html.replace(meta, meta.replace(policy, withStyleSources(policy, hashes, file))), hashes };
}
