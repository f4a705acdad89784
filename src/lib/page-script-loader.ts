/**
 * Every page's one script waits for the first paint: the text comes first. Base.astro sends the
 * bundled page script inside a <template> (inert: the browser neither fetches nor runs it while
 * it parses the page) and this inline loader, which moves it into the page once the browser has
 * reported the page's first contentful paint (a `paint` performance entry), or at `load` where
 * the browser reports no paint timing. Lighthouse's simulation (and a slow phone's network) then
 * gives the first paint the document alone, as it gives the plain page; a page opened in a
 * background tab loads its script when it is first shown.
 *
 * Before that, the loader applies the reader's Plain text choice (src/scripts/plain-text.ts):
 * it must hold from the first paint, not flash the editorial links first.
 *
 * The Content Security Policy allows no inline script but this one, by its hash (src/lib/site.ts).
 * Build-time only (node:crypto): no client script imports this module.
 */
import { createHash } from 'node:crypto';
import { PLAIN_TEXT, PLAIN_TEXT_STORAGE_KEY } from './markup.ts';

/** The id of the <template> that holds the page script. */
export const PAGE_SCRIPT_TEMPLATE_ID = 'page-script';

const json = JSON.stringify;

/** The loader's source, as Base.astro writes it inline. */
export const PAGE_SCRIPT_LOADER =
  `try{localStorage.getItem(${json(PLAIN_TEXT_STORAGE_KEY)})==="1"&&document.documentElement.classList.add(${json(PLAIN_TEXT)})}catch{}` +
  // A block, so that `load` stays out of the page's global scope.
  `{let load=()=>document.body.append(document.getElementById(${json(PAGE_SCRIPT_TEMPLATE_ID)}).content);` +
  `PerformanceObserver.supportedEntryTypes?.includes("paint")` +
  `?new PerformanceObserver((l,o)=>{l.getEntriesByName("first-contentful-paint")[0]&&(o.disconnect(),load())}).observe({type:"paint",buffered:true})` +
  `:addEventListener("load",load)}`;

/** The loader as a CSP source, hashed as the browser hashes an inline script's text. */
export const PAGE_SCRIPT_LOADER_SOURCE = `'sha256-${createHash('sha256').update(PAGE_SCRIPT_LOADER, 'utf8').digest('base64')}'`;
