/**
 * Debian's Chromium, driven by playwright-core. No test downloads a browser: we use
 * CHROME_PATH or /usr/bin/chromium, and stop with instructions when neither is there.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { inject } from 'vitest';

/** Flags that let headless Chromium run as root on a closed network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install Debian\'s Chromium ("apt-get install -y chromium") ' +
        'or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: FLAGS });
}

/** A fresh context whose relative URLs resolve against the served site. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: inject('siteUrl'), ...options });
}

/** The absolute URL of `path` (relative to the site's base, no leading slash) on the test server. */
export function siteUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}
