/**
 * Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA rules, and best practices) on every page
 * the build made, in Chromium, in light mode, dark mode and at phone width. 0 violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { inject } from 'vitest';
import { goTo, launchBrowser, newContext } from '../support/browser.ts';
import { readBuiltSite } from '../support/built-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Reduced motion: axe scrolls elements into view, and smooth scrolling would only slow it down.
const MODES: Record<string, BrowserContextOptions> = {
  light: { colorScheme: 'light', reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } },
  dark: { colorScheme: 'dark', reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } },
  phone: { colorScheme: 'light', reducedMotion: 'reduce', viewport: { width: 360, height: 740 } },
};

/**
 * Dark mode changes colours and nothing else (same DOM, same layout), so there only the rules
 * that read colours can come out differently: running the others again would only repeat the
 * light-mode run. Light mode and phone width run every rule of the tags.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const site = readBuiltSite(inject('siteDir'));
const origin = new URL(inject('siteUrl')).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The three modes run side by side, one page each in one browser: axe is CPU-bound in each
// renderer, and two cores do two at once.
describe.concurrent('accessibility (axe-core)', () => {
  it.for(Object.keys(MODES))('has no violation on any page in %s mode', { timeout: 900_000 }, async (mode, { expect }) => {
    const context = await newContext(browser, MODES[mode]);
    const page = await context.newPage();
    const found: string[] = [];
    try {
      for (const built of site.pages) {
        await goTo(page, new URL(built.path, origin).href);
        // Legacy mode runs axe in the page itself; the default opens a blank page per run, twice as slow.
        const axe = new AxeBuilder({ page })
          .setLegacyMode(true)
          // Only violations are read: axe skips collecting the nodes that pass, much faster.
          .options({ resultTypes: ['violations'] });
        const results = await (mode === 'dark' ? axe.withRules(COLOUR_RULES) : axe.withTags(TAGS)).analyze();
        for (const violation of results.violations) {
          const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ');
          found.push(`${built.path} [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length}×: ${targets})`);
        }
      }
    } finally {
      await context.close();
    }
    expect(found, `axe violations in ${mode} mode:\n${found.join('\n')}`).toEqual([]);
  });
});
