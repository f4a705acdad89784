/**
 * What a page asks the network for, as Chromium sends it: a tracker of requests in flight (so a
 * test can wait until a page is quiet before it navigates on — navigating cancels what is still
 * loading, such as the favicon, and a cancelled request is not the page's failure), and the
 * bytes of every response, for budgets.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { goTo } from './browser.ts';

/** zlib's default level (6): what a host that compresses on the fly typically sends. */
export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 6 }).length;

export interface RequestTracker {
  /** Resolves once no request has been in flight for `quietMs`; throws after `timeoutMs`. */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>;
}

/** Starts counting `page`'s requests in flight; call before the page starts loading. */
export function trackRequests(page: Page): RequestTracker {
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastChange = Date.now();
  });
  const end = () => {
    inFlight -= 1;
    lastChange = Date.now();
  };
  page.on('requestfinished', end).on('requestfailed', end);
  return {
    async quiet(quietMs = 200, timeoutMs = 15_000) {
      const started = Date.now();
      while (inFlight > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() - started > timeoutMs) throw new Error(`${page.url()}: ${inFlight} request(s) still in flight after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

export type ResourceKind = 'html' | 'css' | 'js' | 'image' | 'other';

export interface LoadWeight {
  /** Gzipped bytes received, by kind. */
  byKind: Record<ResourceKind, number>;
  total: number;
  /** Every URL path received, in order. */
  paths: string[];
}

function kindOf(response: Response): ResourceKind {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'image') return 'image';
  return 'other';
}

/**
 * Opens `url` in `page` and weighs everything Chromium receives until the page is quiet:
 * the document, its stylesheets and scripts (the page script too, which loads after the first
 * paint), the favicon — each body gzipped on its own.
 */
export async function weighLoad(page: Page, url: string): Promise<LoadWeight> {
  // A first visit: nothing from the cache (a page weighed after another would otherwise seem to
  // load no stylesheet or script at all, depending on which came first).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses: Response[] = [];
  const record = (response: Response) => responses.push(response);
  page.on('response', record);
  const tracker = trackRequests(page);
  try {
    await goTo(page, url, { waitUntil: 'load' });
    // Chromium asks for the favicon on its own schedule, after the load: wait for it, so that a
    // page's weight never depends on how quickly that happened.
    const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href);
    // (An icon written into the page as a data: URL is not fetched.)
    if (icon && !icon.startsWith('data:') && !responses.some((response) => response.url() === icon)) {
      await page.waitForResponse((response) => response.url() === icon, { timeout: 10_000 }).catch(() => undefined);
    }
    await tracker.quiet();
  } finally {
    page.off('response', record);
    await cdp.detach();
  }
  const byKind: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, image: 0, other: 0 };
  // A redirect has no body of its own: what it leads to is recorded as a response too.
  for (const response of responses.filter((r) => r.status() < 300 || r.status() >= 400)) byKind[kindOf(response)] += gzipSize(await response.body());
  return { byKind, total: Object.values(byKind).reduce((a, b) => a + b, 0), paths: responses.map((r) => new URL(r.url()).pathname) };
}
