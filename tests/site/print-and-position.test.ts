/**
 * Finding one's way back, and paper. On a phone a "Contents" strip stays at the top of the
 * screen deep in the reading view (JavaScript or not); on a desk the contents mark the unit being
 * read. In print (Chromium's print media), every page carries its source, its address and the
 * date; a unit page keeps the unit, its place, its citation and address, and drops web-only parts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const { open } = useBrowser();

const PHONE = { width: 360, height: 740 };
const DESK = { width: 1280, height: 800 };


/** Whether the element is on screen: laid out, not hidden, and inside the viewport. */
const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.bottom > 0 && box.top < innerHeight && box.width > 0;
  });

describe('the way back to the contents', () => {
  it.each([true, false])('stays at the top of a phone’s screen deep in the text and leads to the contents (JavaScript %s)', async (javaScriptEnabled) => {
    const page = await open('', { viewport: PHONE, javaScriptEnabled });
    await page.locator('#paragraph-4').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(5000);
    expect(await onScreen(page, 'a.back-to')).toBe(true);
    const strip = await page.locator('a.back-to').boundingBox();
    expect(strip!.y).toBe(0);
    expect(strip!.height).toBeGreaterThanOrEqual(24);
    await page.locator('a.back-to').click();
    await page.waitForURL(/#contents$/);
    expect(await onScreen(page, '#contents')).toBe(true);
    await page.context().close();
  });

  it('is not shown on a desk, where the contents stay beside the text', async () => {
    const page = await open('', { viewport: DESK });
    await page.locator('#paragraph-4').scrollIntoViewIfNeeded();
    expect(await onScreen(page, 'a.back-to')).toBe(false);
    expect(await onScreen(page, '#contents a[href="#paragraph-4"]')).toBe(true);
    await page.context().close();
  });

  it('on a desk, the contents mark the unit being read, and follow the reader', async () => {
    const page = await open('', { viewport: DESK });
    await page.evaluate(() => document.getElementById('paragraph-4')!.scrollIntoView());
    await page.waitForSelector('#contents a[href="#paragraph-4"][aria-current="location"]');
    await page.evaluate(() => document.getElementById('recital-j')!.scrollIntoView());
    await page.waitForSelector('#contents a[href="#recital-j"][aria-current="location"]');
    expect(await page.locator('#contents a[aria-current]').count()).toBe(1);
    await page.context().close();
  });

  it('without JavaScript, the contents mark nothing and still lead to every unit', async () => {
    const page = await open('', { viewport: DESK, javaScriptEnabled: false });
    await page.evaluate(() => document.getElementById('paragraph-4')!.scrollIntoView());
    expect(await page.locator('#contents a[aria-current]').count()).toBe(0);
    await page.locator('#contents a[href="#recital-j"]').click();
    await page.waitForURL(/#recital-j$/);
    await page.context().close();
  });

  it('on the map, a phone has the same way back to the index of themes', async () => {
    const page = await open('map/', { viewport: PHONE });
    await page.locator('#torture').scrollIntoViewIfNeeded();
    await page.locator('a.back-to').click();
    await page.waitForURL(/#themes$/);
    expect(await onScreen(page, '#themes')).toBe(true);
    await page.context().close();
  });
});

describe('print', () => {
  /** The visible text of the page as printed. */
  async function printed(path: string): Promise<Page> {
    const page = await open(path, { viewport: DESK });
    await page.emulateMedia({ media: 'print' });
    return page;
  }

  it('prints the source, the address and the date of printing on the reading view, which the screen does not show', async () => {
    const page = await open('', { viewport: DESK });
    expect(await page.locator('.print-colophon').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const colophon = await page.locator('.print-colophon').innerText();
    expect(colophon).toMatch(/^Printed from https?:\/\/[^/\s]+\/ on \d{1,2} [A-Z][a-z]+ 20\d\d\. Source: https:\/\/www\.europarl\.europa\.eu\/doceo\/document\/B-8-2019-0205_EN\.html$/);
    expect(colophon).toContain(new Date().getFullYear().toString());
    expect(await page.locator('a.back-to').isVisible()).toBe(false);
    expect(await page.locator('#contents').isVisible()).toBe(false);
    await page.context().close();
  });

  it('prints the address without a date when JavaScript is off', async () => {
    const page = await open('about/', { viewport: DESK, javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-colophon').innerText()).toMatch(/^Printed from https?:\/\/[^/\s]+\/about\/\. Source: https:\/\/www\.europarl\.europa\.eu\//);
    await page.context().close();
  });

  it('prints a unit page with its unit, place, citation and address, and none of the web-only parts', async () => {
    const page = await printed('recitals/j/');
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('h1')).toBe(true);
    expect(await page.locator('.unit-alone .unit-text').innerText()).toMatch(/^J\. whereas protests against the land reform in 2016/);
    expect(await page.locator('.unit-place').innerText()).toMatch(/^Recital J of 17/);
    expect(await page.locator('.cite-text').innerText()).toMatch(/^Charles Tannock, .* \(on behalf of the ECR Group\), Motion for a resolution on human rights situation in Kazakhstan, European Parliament, B8-0205\/2019 \(https:\/\/www\.europarl\.europa\.eu\/doceo\/document\/B-8-2019-0205_EN\.html\), 12 March 2019, recital J, https?:\/\/[^/\s]+\/recitals\/j\/$/);
    expect(await page.locator('.print-colophon').innerText()).toMatch(/^Printed from https?:\/\/[^/\s]+\/recitals\/j\/ on /);
    for (const webOnly of ['.unit-place a', '.related', '.pager', '.breadcrumb', '.site-header', 'button.copy-link']) {
      expect(await shown(webOnly), webOnly).toBe(false);
    }
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/in the whole text|Answered by|Related/);
    await page.context().close();
  });

  it('prints a topic page’s quotes without the links to the reading view', async () => {
    const page = await printed('topics/torture/');
    expect(await page.locator('#in-recital-l blockquote').isVisible()).toBe(true);
    expect(await page.locator('#in-recital-l .web-only').isVisible()).toBe(false);
    await page.context().close();
  });
});
