/**
 * Debian's Chromium, driven by playwright-core. No test downloads a browser: we use
 * CHROME_PATH or /usr/bin/chromium, and stop with instructions when neither is there.
 */
import { load, type CheerioAPI } from 'cheerio';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from './browser-path.ts';

export { chromiumPath };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/** A fresh context whose relative URLs resolve against the served site. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: inject('siteUrl'), ...options });
}

/** The absolute URL of `path` (relative to the site's base, no leading slash) on the test server. */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

/** A page of the served site, fetched over HTTP (it must answer 200) and parsed with cheerio. */
export async function fetchHtml(path: string): Promise<CheerioAPI> {
  const response = await fetch(siteUrl(path));
  expect(response.status, path).toBe(200);
  return load(await response.text());
}
