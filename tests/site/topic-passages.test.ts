/**
 * Topic pages and the findings-and-demands map quote the passage about the theme, not a unit's
 * opening words; the map opens with an index of its themes, says each paragraph's grounds in one
 * short line, and explains an empty column. Expected quotes and orders are written by hand.
 */
import { describe, expect, inject, it } from 'vitest';
import { fetchHtml, useBrowser } from '../support/browser.ts';
import { attr, attrs, one, selectAll, text, texts, textWithout } from '../support/html.ts';

const base = () => inject('basePath');

describe('/topics/torture/', () => {
  it('quotes, in each unit, the clause about torture with the word marked', async () => {
    const $ = await fetchHtml('topics/torture/');
    const marks = (id: string) => texts(`#in-${id} mark`, $);
    expect(marks('recital-l')).toEqual(['torture']);
    expect(marks('recital-o')).toEqual(['tortures']);
    expect(marks('recital-p')).toEqual(['torture', 'torture']);
    expect(marks('paragraph-8')).toEqual(['torture', 'torture', 'torture']);
    // Recital P: the first and third of its three clauses speak of torture, the second does not.
    expect(texts('#in-recital-p blockquote', $)).toEqual([
      'whereas the use of torture noted by international organisations and human rights NGOs is common practice;',
      'whereas Kazakhstani authorities fail to properly investigate incidents of torture and do not provide responsibility of perpetrators,',
    ]);
    expect(attr(one('#in-recital-l h3 a', $), 'href')).toBe(`${base()}recitals/l/`);
  });
});

describe('/map/', () => {
  it('opens with an index of the themes, in the order of the page', async () => {
    const $ = await fetchHtml('map/');
    const index = attrs('nav#themes a', $, 'href');
    expect(index.slice(0, 3)).toEqual(['#freedom-of-expression', '#freedom-of-assembly', '#freedom-of-association']);
    expect(index).toEqual(attrs('section.map-theme', $, 'data-topic').map((topic) => `#${topic}`));
    expect(index).toHaveLength(16);
  });

  it('says a paragraph’s grounds in one line, by section, and quotes the clause about the theme', async () => {
    const $ = await fetchHtml('map/');
    const item = one('section[data-topic="freedom-of-expression"] li[data-unit="paragraph-1"]', $);
    expect(textWithout(one('.map-rests', item), '.vh')).toBe('Rests on citations 2, 8, 9; recitals A, F, Q');
    expect(text(one('.map-rests a', item))).toBe('Citation 2');
    expect(texts('mark', item)).toEqual(['expression']);
    expect(texts('section[data-topic="torture"] li[data-unit="recital-l"] mark', $).join('')).toBe('torture');
  });

  it('explains a theme on which the text states no finding', async () => {
    const $ = await fetchHtml('map/');
    const religion = one('section[data-topic="freedom-of-religion"]', $);
    const columns = selectAll('.map-columns > div', religion);
    expect(columns).toHaveLength(2);
    expect(selectAll('li', columns[0])).toHaveLength(0);
    expect(texts('.map-none', religion).join('')).toMatch(/^No citation or recital concerns this theme/);
    expect(attrs('li', columns[1], 'data-unit')).toEqual(['paragraph-1', 'paragraph-9']);
  });
});

describe('/map/ on a phone', () => {
  const chromium = useBrowser({ viewport: { width: 360, height: 740 } });

  it('keeps its heading on one line and never breaks a unit’s name ("Recital / A")', async () => {
    const page = await chromium.open('map/');
    const heading = await page.locator('h1').evaluate((h) => ({ height: h.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(h).lineHeight) }));
    expect(heading.height).toBeLessThan(heading.lineHeight * 1.5);
    const broken = await page.$$eval('.map-unit, .map-rests a', (links) => links.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent));
    expect(broken).toEqual([]);
    await page.context().close();
  });
});
