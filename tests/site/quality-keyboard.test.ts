/**
 * A keyboard-only walk, as a reader without a mouse makes it, through the reading view, a
 * unit page and search: the skip link comes first and works, the landmarks and heading
 * outline are sound, and every stop of the Tab order has a visible focus indicator, is not
 * hidden under the sticky header, and has an accessible name (as Chromium computes it).
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { goTo, launchBrowser, newContext } from '../support/browser.ts';
import { pageTypes, readBuiltSite } from '../support/built-site.ts';
import { RESULT_LINK, searchField } from '../support/search-ui.ts';

const site = readBuiltSite(inject('siteDir'));
const origin = new URL(inject('siteUrl')).origin;
const types = pageTypes(site);
const unitPage = [...types.entries()].find(([type]) => /^(citations|recitals|paragraphs)\/\*$/.test(type))?.[1];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  ignored?: boolean;
}

/** Role and accessible name of the focused element, from Chromium's accessibility tree. */
async function focusedNode(cdp: CDPSession): Promise<AXNode | undefined> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  if (!result.objectId) return undefined;
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  return nodes[0] as AXNode | undefined;
}

/** Where the focus is and whether a reader can see it. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const x = box.left + Math.min(box.width / 2, 8);
    const y = box.top + box.height / 2;
    const onTop = document.elementFromPoint(x, y);
    const inView = box.bottom > 0 && box.top < window.innerHeight && box.width > 0 && box.height > 0;
    return {
      describe: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}>`,
      href: el.getAttribute('href'),
      indicator,
      inView,
      unobscured: Boolean(onTop && (el.contains(onTop) || onTop.contains(el))),
      key: `${el.tagName}|${el.id}|${el.getAttribute('href')}|${el.textContent}|${box.top + window.scrollY}|${box.left}`,
    };
  });
}

/** Tabs through the whole page once; returns one line per problem. */
async function tabWalk(page: Page, cdp: CDPSession): Promise<{ stops: number; problems: string[] }> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let stops = 0; stops < 600; stops += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (!state || seen.has(state.key)) return { stops, problems };
    seen.add(state.key);
    const node = await focusedNode(cdp);
    if (!node?.name?.value.trim()) problems.push(`${state.describe} has no accessible name`);
    if (!state.indicator) problems.push(`${state.describe} shows no focus indicator`);
    if (!state.inView) problems.push(`${state.describe} is focused outside the viewport`);
    else if (!state.unobscured) problems.push(`${state.describe} is focused under something else (the sticky header?)`);
  }
  problems.push('more than 600 Tab stops: is there a focus trap?');
  return { stops: 600, problems };
}

/** Landmarks and heading outline, from the accessibility tree. */
async function structure(cdp: CDPSession) {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const shown = nodes.filter((n) => !n.ignored);
  const count = (role: string) => shown.filter((n) => n.role?.value === role).length;
  const navNames = shown.filter((n) => n.role?.value === 'navigation').map((n) => n.name?.value ?? '');
  const levels = shown
    .filter((n) => n.role?.value === 'heading')
    .map((n) => Number(n.properties?.find((p) => p.name === 'level')?.value.value));
  const problems: string[] = [];
  if (count('banner') !== 1) problems.push(`${count('banner')} banner landmarks, want 1`);
  if (count('main') !== 1) problems.push(`${count('main')} main landmarks, want 1`);
  if (count('contentinfo') !== 1) problems.push(`${count('contentinfo')} contentinfo landmarks, want 1`);
  if (navNames.some((n) => !n.trim())) problems.push('a navigation landmark has no name');
  if (new Set(navNames).size !== navNames.length) problems.push(`navigation landmarks share a name: ${navNames.join(', ')}`);
  if (levels[0] !== 1 || levels.filter((l) => l === 1).length !== 1) problems.push(`headings ${levels.join(' ')}: want one h1, first`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1] + 1) problems.push(`heading order jumps from h${levels[i - 1]} to h${level}`);
  });
  return problems;
}

async function open(path: string) {
  const page = await context.newPage();
  await goTo(page, new URL(path, origin).href);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  return { page, cdp };
}

async function skipLinkWorks(page: Page) {
  await page.keyboard.press('Tab');
  const first = await focusState(page);
  expect(first?.href, 'the first Tab stop is the skip link').toMatch(/^#./);
  expect(first?.indicator && first.inView, 'the skip link shows when focused').toBe(true);
  const targetId = first!.href!.slice(1);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inTarget = await page.evaluate((id) => {
    const target = document.getElementById(id);
    const active = document.activeElement;
    return Boolean(target && active && active !== document.body && (target.contains(active) || Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)));
  }, targetId);
  expect(inTarget, `after the skip link, Tab continues in #${targetId}`).toBe(true);
}

describe('keyboard-only walk', () => {
  const walks: [string, string | undefined][] = [
    ['the reading view', types.get('reading view')?.path],
    ['a unit page', unitPage?.path],
  ];
  it.each(walks)('walks %s: skip link, landmarks, headings, visible and named focus stops', async (_name, path) => {
    expect(path, 'the build has this page type').toBeDefined();
    const { page, cdp } = await open(path!);
    try {
      expect(await structure(cdp)).toEqual([]);
      await skipLinkWorks(page);
      await goTo(page, page.url().replace(/#.*$/, ''));
      await page.evaluate(() => window.scrollTo(0, 0));
      const walk = await tabWalk(page, cdp);
      expect(walk.stops, 'Tab reaches the page\'s controls').toBeGreaterThan(3);
      expect(walk.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('searches by keyboard alone: field, query, result, into the text', async () => {
    const { page, cdp } = await open(types.get('reading view')!.path);
    try {
      const field = await searchField(page);
      expect(field, 'the reading view has a search field (header, <search> or role=search)').toBeDefined();
      let reached = false;
      for (let i = 0; i < 30 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await field!.evaluate((el) => el === document.activeElement);
      }
      expect(reached, 'Tab reaches the search field within 30 stops').toBe(true);
      expect((await focusedNode(cdp))?.name?.value.trim(), 'the search field has a name').toBeTruthy();
      // The field is a combobox (ARIA pattern): results are options reached with the arrow
      // keys while focus stays in the field, announced through aria-activedescendant.
      await page.keyboard.type('Zhanaozen');
      await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 0, undefined, { timeout: 15_000 });
      await page.keyboard.press('ArrowDown');
      const active = await page.evaluate(() => {
        const id = document.activeElement?.getAttribute('aria-activedescendant');
        const option = id ? document.getElementById(id) : null;
        return option ? { href: (option as HTMLAnchorElement).href, selected: option.getAttribute('aria-selected') } : undefined;
      });
      expect(active, 'ArrowDown makes the first result the active option').toBeDefined();
      expect(active!.selected).toBe('true');
      expect(RESULT_LINK.test(active!.href), `the result links into the text: ${active!.href}`).toBe(true);
      expect((await focusedNode(cdp))?.role?.value, 'focus stays in the combobox').toBe('combobox');
      await page.keyboard.press('Enter');
      await page.waitForURL(RESULT_LINK);
      const hash = new URL(page.url()).hash.slice(1);
      // The text names Zhanaozen in recital F and paragraph 4 (read from the source by hand).
      expect(['recital-f', 'paragraph-4'], 'the result lands on a unit that names Zhanaozen').toContain(hash);
      expect(await page.locator(`[id="${hash}"]`).count(), `the result's target #${hash} exists`).toBe(1);
    } finally {
      await page.close();
    }
  });
});
