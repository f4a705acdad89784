/**
 * Site-wide facts used by the layout and the pages.
 *
 * Why the policy is written here and not by Astro 7's `security.csp` (tried on this site):
 * Astro can express these directives (scriptDirective/styleDirective resources for script-src
 * and style-src, `directives` for the rest), but it adds to every page's policy a hash of every
 * script it bundles (five script hashes when it was tried) — 275 bytes more per page, gzipped,
 * against the page-weight budget — although the scripts are files, which 'self' allows. The
 * inline things are each page's stylesheet (inlined for the first paint), whose hash the build
 * adds to that page's <meta>, and the page script's loader, whose hash is fixed here; `_headers`
 * (src/lib/headers-file.ts) leaves inline style to the <meta> (HEADER_POLICY).
 */
import { PAGE_SCRIPT_LOADER_SOURCE } from './page-script-loader.ts';

/**
 * The Content Security Policy of a page. No inline script but the page script's loader, by its
 * hash (src/lib/page-script-loader.ts); inline style as `styleSources` allow: a page's own
 * <style>, by its hashes (the build adds them: src/lib/style-hashes.ts); Pagefind needs
 * WebAssembly. No worker-src: the search client runs Pagefind on the main thread (noWorker)
 * and its worker file is not published (src/integrations/pagefind.ts).
 */
export function contentSecurityPolicy(styleSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${PAGE_SCRIPT_LOADER_SOURCE} 'wasm-unsafe-eval'`,
    ["style-src 'self'", ...styleSources].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy as Base.astro writes it, before the build adds the page's style hash. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Extra directives that only an HTTP header can carry (a <meta> policy ignores them, with a console error). */
export const HEADER_ONLY_POLICY = ["frame-ancestors 'self'"];

/**
 * The policy `_headers` sends with every response: the same directives, plus the header-only
 * ones, but inline style left to each page's own <meta> policy. A browser enforces both policies
 * (a style must pass each), so a page's inline style still needs its hash in its <meta>; the
 * header does not list every page's hash (15 of them, 0.7 KB on every response, pushed the
 * reading view's document past the first round trip of a slow connection).
 */
export const HEADER_POLICY = [contentSecurityPolicy(["'unsafe-inline'"]), ...HEADER_ONLY_POLICY].join('; ');
