/**
 * Debian's Chromium, driven by playwright-core. No test downloads a browser: we use
 * CHROME_PATH or /usr/bin/chromium, and stop with instructions when neither is there.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from './browser-path.ts';
import { PAGE_SCRIPT_RAN_ATTRIBUTE } from '../../src/lib/markup.ts';
import { PAGE_SCRIPT_TEMPLATE_ID } from '../../src/lib/page-script-loader.ts';
import { parseHtml, type Root } from './html.ts';

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

/** A page of the served site, fetched over HTTP (it must answer 200) and parsed (tests/support/html.ts reads it). */
export async function fetchHtml(path: string): Promise<Root> {
  const response = await fetch(siteUrl(path));
  expect(response.status, path).toBe(200);
  return parseHtml(await response.text());
}

/**
 * Waits until the page script has run: it loads after the first paint (src/lib/page-script-loader.ts),
 * so the page's tools, shortcuts and switches are not there yet when `load` fires. At once where
 * there is nothing to wait for: a page without the script (a download), or scripting off.
 */
export async function pageScriptRan(page: Page): Promise<void> {
  const waits = await page.evaluate((id) => document.getElementById(id) !== null && matchMedia('(scripting: enabled)').matches, PAGE_SCRIPT_TEMPLATE_ID);
  if (waits) await page.locator(`html[${PAGE_SCRIPT_RAN_ATTRIBUTE}]`).waitFor({ state: 'attached' });
}

/** `page.goto`, then waits until the page script has run (`pageScriptRan`). */
export async function goTo(page: Page, url: string, options?: Parameters<Page['goto']>[1]): Promise<Response | null> {
  const response = await page.goto(url, options);
  await pageScriptRan(page);
  return response;
}

/** One Chromium for the tests of the enclosing file or `describe` block, and a fresh page per test. */
export interface SharedBrowser {
  /** The browser; there once the block's tests run. */
  readonly browser: Browser;
  /** A page in a new context (`defaults`, then `options`), gone to `path` (relative to the site's base), its page script run. */
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
}

/** Launches Chromium before the enclosing block's tests and closes it after them. */
export function useBrowser(defaults: BrowserContextOptions = {}): SharedBrowser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  const shared: SharedBrowser = {
    get browser() {
      if (!launched) throw new Error('The browser is launched in beforeAll: use it inside a test or hook.');
      return launched;
    },
    open: async (path, options = {}) => {
      const page = await (await newContext(shared.browser, { ...defaults, ...options })).newPage();
      await goTo(page, path);
      return page;
    },
  };
  return shared;
}

/** Selects `words` inside the first text node under `selector` that holds them, as a reader's drag would. */
export async function selectWords(page: Page, selector: string, words: string): Promise<void> {
  await page.evaluate(
    ([scope, wanted]) => {
      const root = document.querySelector(scope)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in ${scope}`);
    },
    [selector, words] as const,
  );
}
