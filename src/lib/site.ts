/**
 * Site-wide facts used by the layout and the pages.
 *
 * Why the policy is written here and not by Astro 7's `security.csp` (tried on this site):
 * Astro can express these directives (scriptDirective/styleDirective resources for script-src
 * and style-src, `directives` for the rest), but it adds to every page's policy a hash of every
 * script and style it bundles (five script hashes and the empty string's style hash here) —
 * 275 bytes more per page, gzipped, against the page-weight budget. The site has no inline
 * script or style to hash: its scripts and stylesheets are files, which 'self' allows, so the
 * hashes would allow nothing more except an empty inline <style>; and `_headers` would then
 * either differ from the <meta> or copy hashes that change with every build. One hand-written
 * policy, in the <meta> of Base.astro and in `_headers` (src/lib/headers-file.ts), stays
 * stricter, smaller and the same in both.
 */

/**
 * The Content Security Policy of every page. No inline script or style; Pagefind needs
 * WebAssembly. No worker-src: the search client runs Pagefind on the main thread (noWorker)
 * and its worker file is not published (src/integrations/pagefind.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Extra directives that only an HTTP header can carry (a <meta> policy ignores them, with a console error). */
export const HEADER_ONLY_POLICY = ["frame-ancestors 'self'"];
