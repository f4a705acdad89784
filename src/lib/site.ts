/** Site-wide facts used by the layout and the pages. */

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
