/**
 * The list of names as a reader looks things up: people under their surname (Bokayev under B),
 * events in time order; and on an entity page, every spelling is a link that searches it.
 * Expected orders are written by hand.
 */
import { describe, expect, inject, it } from 'vitest';
import { fetchHtml, useBrowser } from '../support/browser.ts';
import { attr, selectAll, text, texts } from '../support/html.ts';

const base = () => inject('basePath');
/** The names listed under a kind's heading on /names/, in order. */
const listedUnder = async (kind: string) => texts(`#${kind} + ul li > a`, await fetchHtml('names/'));

describe('/names/', () => {
  it('lists people by surname, showing each name as written', async () => {
    expect(await listedUnder('person')).toEqual([
      'Kenzhebek Abishev',
      'Maks Bokayev',
      'Mukhtar Dzhakishev',
      'Malik Kenzhaliev',
      'Vladimir Kozlov',
      'Nursultan Nazarbayev',
      'Oralbek Omirov',
      'Vincent Prado',
      'Elena Semenova',
      'Lyudmyla Voloshyna',
      'Valeriy Yavtushenko',
      'Iskander Yerimbetov',
      'Almat Zhumaghulov',
    ]);
  });

  it('lists events by date, the undated one last, and places by name', async () => {
    expect(await listedUnder('event')).toEqual([
      '2011 Zhanaozen events',
      '2016 land-reform protests',
      'Constitutional reform of March 2017',
      'Detentions of 10 May 2018',
      "14th EU-Central Asia Foreign Ministers' Meeting",
      'Zhanaozen commemoration of 16 December 2018',
      'Mass detentions of 27 February 2019',
      'Next presidential elections',
      'EU-Kazakhstan Human Rights Dialogue',
    ]);
    expect(await listedUnder('place')).toEqual(['Central Asia', 'Kazakhstan', 'Strasbourg', 'Zhanaozen']);
  });
});

describe('spellings on an entity page', () => {
  const chromium = useBrowser();

  it('link each spelling to a search for it', async () => {
    const $ = await fetchHtml('names/maks-bokayev/');
    const links = selectAll('.nm-spellings a', $).map((a) => `${text(a)} ${attr(a, 'href')}`);
    expect(links).toContain(`Boqaev ${base()}search/?q=Boqaev`);
    expect(links).toContain(`Maks Bokaev ${base()}search/?q=Maks%20Bokaev`);
    expect(links).toContain(`Бокаев ${base()}search/?q=%D0%91%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2`);
    expect(selectAll('.nm-spellings li', $).length).toBe(7);
  });

  it('a spelling the text never writes finds the units that name the person', async () => {
    const page = await chromium.open('names/maks-bokayev/');
    await page.getByRole('link', { name: 'Boqaev', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('“Boqaev”'));
    const hits = await page.$$eval('.search-hit', (found) => found.map((hit) => (hit as HTMLElement).dataset['unit'] ?? ''));
    expect(hits).toEqual(expect.arrayContaining(['recital-j', 'paragraph-4']));
    await page.context().close();
  });
});
