/**
 * Content Security Policy: one strict policy, in every page's <meta> and in the build's
 * `_headers` (both from src/lib/site.ts; the header leaves inline style to the <meta>); no inline
 * script but the one that loads the page script after the first paint (the same on every page),
 * and no inline style but each page's own stylesheet, each allowed by its hash; and in Chromium,
 * served with the `_headers` policy as a host would, no page raises a CSP violation, a
 * console error or a failed request — search included, where there is one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_POLICY } from '../../src/lib/site.ts';
import { goTo, newContext, useBrowser } from '../support/browser.ts';
import { pageTypes, readBuiltSite } from '../support/built-site.ts';
import { headerRules } from '../support/headers-file.ts';
import { attr, attrs, readHtml, selectAll, text } from '../support/html.ts';
import { trackRequests } from '../support/requests.ts';
import { searchField } from '../support/search-ui.ts';

const site = readBuiltSite(inject('siteDir'));
const origin = new URL(inject('siteUrl')).origin;
/** One page of each type also gets its search used (every page would only repeat it). */
const searchedOn = new Set([...pageTypes(site).values()].map((page) => new URL(page.path, origin).href));

/** A policy as a map of directive -> sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );

describe('the policy', () => {
  it('is strict: scripts from the site only, one inline script by its hash, no inline style but by hash, no eval', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    const beyond = scripts.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'");
    expect(beyond, 'script sources beyond self and WebAssembly: the loader\'s hash alone').toHaveLength(1);
    expect(beyond[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // Search runs Pagefind on the main thread: no worker is allowed beyond the default, none is published.
    expect(policy.has('worker-src'), 'no worker-src: nothing starts a worker').toBe(false);
    expect(existsSync(join(site.dir, 'pagefind', 'pagefind-worker.js')), 'Pagefind\'s worker file is not published').toBe(false);
    expect(existsSync(join(site.dir, 'pagefind', 'pagefind.js')), 'Pagefind\'s main-thread bundle is').toBe(true);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  /** Each page's <style> elements, and the policy its <meta> carries. */
  const pages = site.pages.map((page) => {
    const tree = readHtml(page.file);
    return {
      path: page.path,
      styles: selectAll('style', tree).map((style) => text(style)),
      policies: attrs('meta[http-equiv="Content-Security-Policy"]', tree, 'content'),
    };
  });
  const sha256 = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
  /** The site's policy with style-src widened by `hashes`, as the directives map compares it. */
  const withStyles = (policy: string, hashes: string[]) => {
    const map = directives(policy);
    map.set('style-src', [...map.get('style-src')!, ...hashes]);
    return map;
  };

  it('is the same in every page\'s <meta>, each allowing the page\'s own stylesheet by its hash; _headers sends it with inline style left to the <meta>, plus the header-only directives', () => {
    // One stylesheet per page, inline (the first paint waits for no request), the same on most pages.
    expect(pages.filter((p) => p.styles.length !== 1).map((p) => p.path)).toEqual([]);
    expect(pages.filter((p) => p.policies.length !== 1).map((p) => p.path)).toEqual([]);
    expect(pages.filter((p) => !isDeepStrictEqual(directives(p.policies[0] ?? ''), withStyles(CONTENT_SECURITY_POLICY, p.styles.map(sha256)))).map((p) => p.path)).toEqual([]);
    expect(new Set(pages.flatMap((p) => p.styles.map(sha256))).size).toBeGreaterThan(1);

    const rules = headerRules(readFileSync(join(site.dir, '_headers'), 'utf8'));
    for (const page of site.pages) {
      const local = `/${page.path.slice(site.basePath.length)}`;
      const sent = rules.filter((r) => r.matches(local)).flatMap((r) => r.headers.filter(([name]) => name.toLowerCase() === 'content-security-policy'));
      expect(sent, `_headers policy for ${local}`).toHaveLength(1);
      // A browser enforces both policies: an inline style passes the header's 'unsafe-inline'
      // and must still pass the page's <meta>, which lists only that page's hash.
      const policy = directives(sent[0][1]);
      expect(policy.get('style-src'), `_headers style-src for ${local}`).toEqual(["'self'", "'unsafe-inline'"]);
      policy.delete('style-src');
      const expected = directives([CONTENT_SECURITY_POLICY, ...HEADER_ONLY_POLICY].join('; '));
      expected.delete('style-src');
      expect(policy).toEqual(expected);
    }
  });

  it('needs nothing inline but the page\'s stylesheet and the loader: no other inline script, no event handler or style attribute, nothing its policy does not name', () => {
    const loaders = new Set<string>();
    const inline = site.pages.flatMap((page) => {
      const tree = readHtml(page.file);
      const policy = directives(attrs('meta[http-equiv="Content-Security-Policy"]', tree, 'content')[0] ?? '');
      const scripts = selectAll('script:not([src])', tree).filter((el) => !/json/.test(attr(el, 'type') ?? ''));
      for (const script of scripts) loaders.add(text(script));
      const found = [
        ...(scripts.length === 1 ? [] : [`${scripts.length} inline <script> (one expected: the loader)`]),
        ...scripts.filter((script) => !(policy.get('script-src') ?? []).includes(sha256(text(script)))).map(() => 'inline <script> its policy does not allow'),
        ...selectAll('style', tree)
          .filter((style) => !(policy.get('style-src') ?? []).includes(sha256(text(style))))
          .map(() => '<style> its policy does not allow'),
        ...selectAll('[style]', tree).map((el) => `style="" on <${el.tagName}>`),
        // hast names event handlers onClick, onLoad …: every property so named is one.
        ...selectAll('*', tree).flatMap((el) => Object.keys(el.properties).filter((name) => /^on/i.test(name)).map((name) => `${name}="" on <${el.tagName}>`)),
        ...selectAll('a[href^="javascript:"]', tree).map(() => 'javascript: link'),
      ];
      return found.map((what) => `${page.path}: ${what}`);
    });
    expect(inline).toEqual([]);
    // The same loader on every page: one hash, in the one policy of _headers too.
    expect(loaders.size).toBe(1);
  });
});

describe('in the browser, under the policy', () => {
  const chromium = useBrowser();

  /** Everything that went wrong on a page: CSP violations, console errors, uncaught errors, failed or 4xx requests. */
  function watch(page: Page, expectedStatus: (url: string) => number) {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      const expected = expectedStatus(response.url());
      if (response.status() >= 400 && response.status() !== expected) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return problems;
  }

  async function violations(page: Page): Promise<string[]> {
    return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
  }

  it('raises no CSP violation, console error or failed request on any page, an unknown URL included', { timeout: 180_000 }, async () => {
    const context = await newContext(chromium.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
      document.addEventListener('securitypolicyviolation', (event) => log.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`));
    });
    const page = await context.newPage();
    const requests = trackRequests(page);
    const unknown = new URL(`${site.basePath}no-such-page/`, origin).href;
    const problems = watch(page, (url) => (url === unknown ? 404 : 0));
    const found: string[] = [];
    try {
      for (const url of [...site.pages.map((p) => new URL(p.path, origin).href), unknown]) {
        const response = await goTo(page, url, { waitUntil: 'load' });
        if (url === unknown) expect(response?.status(), 'an unknown URL gets a real 404').toBe(404);
        // Use what scripts there are: copy a link, search.
        const copy = page.locator('button.copy-link:visible').first();
        if (await copy.count()) await copy.click();
        const field = searchedOn.has(url) ? await searchField(page) : undefined;
        if (field) {
          await field.fill('Kazakhstan');
          // Results as you type: wait for them here (Enter would leave the page mid-load).
          await page.waitForSelector('[role="option"]', { timeout: 15_000 });
        }
        // Navigating on cancels what is still loading (the favicon, a search file): that would be
        // the test's doing, not the page's. Leave each page only once it is quiet.
        await requests.quiet();
        // The one error a 404 must log: Chromium reports the document's own status.
        const own = url === unknown ? /^console error: Failed to load resource: .* 404 \(Not Found\)$/ : undefined;
        const logged = problems.splice(0);
        const ownIndex = own ? logged.findIndex((p) => own.test(p)) : -1;
        if (ownIndex >= 0) logged.splice(ownIndex, 1);
        found.push(...(await violations(page)).map((v) => `${url}: CSP ${v}`), ...logged.map((p) => `${url}: ${p}`));
      }
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
