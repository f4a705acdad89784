/**
 * Topic pages and the findings-and-demands map quote the passage about the theme, not a unit's
 * opening words; the map opens with an index of its themes, says each paragraph's grounds in one
 * short line, and explains an empty column. Expected quotes and orders are written by hand.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchHtml, launchBrowser, newContext } from '../support/browser.ts';

const base = () => inject('basePath');

describe('/topics/torture/', () => {
  it('quotes, in each unit, the clause about torture with the word marked', async () => {
    const $ = await fetchHtml('topics/torture/');
    const marks = (id: string) => $(`#in-${id} mark`).map((_, m) => $(m).text()).get();
    expect(marks('recital-l')).toEqual(['torture']);
    expect(marks('recital-o')).toEqual(['tortures']);
    expect(marks('recital-p')).toEqual(['torture', 'torture']);
    expect(marks('paragraph-8')).toEqual(['torture', 'torture', 'torture']);
    // Recital P: the first and third of its three clauses speak of torture, the second does not.
    expect($('#in-recital-p blockquote').map((_, q) => $(q).text()).get()).toEqual([
      'whereas the use of torture noted by international organisations and human rights NGOs is common practice;',
      'whereas Kazakhstani authorities fail to properly investigate incidents of torture and do not provide responsibility of perpetrators,',
    ]);
    expect($('#in-recital-l h3 a').attr('href')).toBe(`${base()}recitals/l/`);
  });
});

describe('/map/', () => {
  it('opens with an index of the themes, in the order of the page', async () => {
    const $ = await fetchHtml('map/');
    const index = $('nav#themes a').map((_, a) => $(a).attr('href')).get();
    expect(index.slice(0, 3)).toEqual(['#freedom-of-expression', '#freedom-of-assembly', '#freedom-of-association']);
    expect(index).toEqual($('section.map-theme').map((_, s) => `#${$(s).attr('data-topic')}`).get());
    expect(index).toHaveLength(16);
  });

  it('says a paragraph’s grounds in one line, by section, and quotes the clause about the theme', async () => {
    const $ = await fetchHtml('map/');
    const item = $('section[data-topic="freedom-of-expression"] li[data-unit="paragraph-1"]');
    const rests = item.find('.map-rests').clone();
    rests.find('.vh').remove();
    expect(rests.text()).toBe('Rests on citations 2, 8, 9; recitals A, F, Q');
    expect(item.find('.map-rests a').first().text()).toBe('Citation 2');
    expect(item.find('mark').map((_, m) => $(m).text()).get()).toEqual(['expression']);
    expect($('section[data-topic="torture"] li[data-unit="recital-l"] mark').text()).toBe('torture');
  });

  it('explains a theme on which the text states no finding', async () => {
    const $ = await fetchHtml('map/');
    const religion = $('section[data-topic="freedom-of-religion"]');
    expect(religion.find('.map-columns > div').first().find('li')).toHaveLength(0);
    expect(religion.find('.map-none').text()).toMatch(/^No citation or recital concerns this theme/);
    expect(religion.find('.map-columns > div').last().find('li').map((_, li) => $(li).attr('data-unit')).get()).toEqual(['paragraph-1', 'paragraph-9']);
  });
});

describe('/map/ on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps its heading on one line and never breaks a unit’s name ("Recital / A")', async () => {
    const page = await (await newContext(browser, { viewport: { width: 360, height: 740 } })).newPage();
    await page.goto('map/');
    const heading = await page.locator('h1').evaluate((h) => ({ height: h.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(h).lineHeight) }));
    expect(heading.height).toBeLessThan(heading.lineHeight * 1.5);
    const broken = await page.$$eval('.map-unit, .map-rests a', (links) => links.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent));
    expect(broken).toEqual([]);
    await page.context().close();
  });
});
