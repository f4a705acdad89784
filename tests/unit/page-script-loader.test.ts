/**
 * The inline loader of the page script is allowed by the hash a browser computes of its text
 * (the value below from `openssl dgst -sha256 -binary | base64` of the loader as Base.astro
 * writes it), in the site's one policy; it waits for the first contentful paint (or `load`), and
 * applies a stored Plain text choice at once. In the browser: tests/site/quality-csp.test.ts (no
 * violation), tests/site/quality-budget.test.ts (requested after the first paint),
 * tests/site/reading.test.ts (Plain text remembered).
 */
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT_LOADER, PAGE_SCRIPT_LOADER_SOURCE, PAGE_SCRIPT_TEMPLATE_ID } from '../../src/lib/page-script-loader.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site.ts';

describe('the page script loader', () => {
  it('is allowed by its SHA-256 hash, in script-src', () => {
    expect(PAGE_SCRIPT_LOADER_SOURCE).toBe("'sha256-yfLx//vIiZe3H1CWQOhyFp2lDfbdzKZpSFZ8bYPUyz4='");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'sha256-yfLx//vIiZe3H1CWQOhyFp2lDfbdzKZpSFZ8bYPUyz4=' 'wasm-unsafe-eval';");
  });

  it('moves the template into the page at the first contentful paint (or at load), and reads the Plain text choice first', () => {
    expect(PAGE_SCRIPT_TEMPLATE_ID).toBe('page-script');
    expect(PAGE_SCRIPT_LOADER).toBe(
      'try{localStorage.getItem("plain-text")==="1"&&document.documentElement.classList.add("plain-text")}catch{}' +
        '{let load=()=>document.body.append(document.getElementById("page-script").content);' +
        'PerformanceObserver.supportedEntryTypes?.includes("paint")' +
        '?new PerformanceObserver((l,o)=>{l.getEntriesByName("first-contentful-paint")[0]&&(o.disconnect(),load())}).observe({type:"paint",buffered:true})' +
        ':addEventListener("load",load)}',
    );
  });
});
