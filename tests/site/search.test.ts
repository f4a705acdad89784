/**
 * Search on the built site, in Chromium, through the search page, against the real Pagefind
 * index. Every expected answer is written here by hand, from reading the text
 * (content/resolution/b8-0205-2019.md) and the editorial files (names.yaml, topics.yaml).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goTo, newContext, siteUrl, useBrowser } from '../support/browser.ts';
import { resultsFor, sorted } from './search-support.ts';

const chromium = useBrowser();
/** One context for the pages that need nothing of their own. */
let context: BrowserContext;
beforeAll(async () => {
  context = await newContext(chromium.browser);
});

async function searchPage(path = 'search/'): Promise<Page> {
  const page = await context.newPage();
  await goTo(page, siteUrl(path));
  return page;
}

/** Words and spellings the text holds (or a registered spelling of a name it mentions) → every unit that holds them. */
const FOUND: [string, string[]][] = [
  ['Bokayev', ['recital-j', 'paragraph-4']],
  ['Semenova', ['recital-l', 'paragraph-5']],
  ['Kozlov', ['paragraph-4']],
  ['Nazarbayev', ['paragraph-10']],
  ['Dzhakishev', ['recital-j', 'paragraph-4']],
  ['Yerimbetov', ['recital-j', 'paragraph-4']],
  ['Prado', ['paragraph-4']],
  ['Nur-Otan', ['recital-h']],
  ['DVK', ['recital-m']],
  ['Alga', ['paragraph-4']],
  // Paragraph 12 spells the name out: a registered spelling finds the units of every spelling.
  ['OSCE', ['recital-i', 'paragraph-9', 'paragraph-10', 'paragraph-12']],
  ['ODIHR', ['paragraph-10']],
  ['EIDHR', ['paragraph-8']],
  ['Commission', ['recital-e', 'paragraph-1', 'paragraph-8', 'paragraph-12']],
  ['Zhanaozen', ['recital-f', 'paragraph-4']],
  ['Strasbourg', ['recital-l']],
  ['"Central Asia"', ['citation-3', 'citation-5', 'recital-d', 'recital-e', 'paragraph-3']],
  // "tortures" in recital O shares the stem.
  ['torture', ['recital-l', 'recital-o', 'recital-p', 'paragraph-8']],
  ['extremism', ['recital-m', 'paragraph-6']],
  ['journalists', ['recital-q', 'paragraph-4', 'paragraph-7', 'paragraph-9']],
  ['"27 February 2019"', ['recital-h', 'paragraph-5']],
  ['2011', ['recital-f', 'paragraph-4']],
  ['"political prisoners"', ['recital-n', 'paragraph-4']],
  ['"peaceful assembly"', ['paragraph-1']],
  // Spellings the text lacks: found through the registry.
  ['Jakishev', ['recital-j', 'paragraph-4']],
  ['Nazarbaev', ['paragraph-10']],
  ['Назарбаев', ['paragraph-10']],
  ['Бокаев', ['recital-j', 'paragraph-4']],
  ['ICCPR', ['citation-9', 'recital-p']],
  ['"Maks Bokaev"', ['recital-j', 'paragraph-4']],
  ['Jakishev parole', ['recital-j', 'paragraph-4']],
  // The start of a word the reader typed.
  ['extremi', ['recital-m', 'paragraph-6']],
];

/** Names the text never mentions: no unit, and the answer says so. */
const ABSENT = ['Aktau', 'Washington', 'Beijing', 'Tokayev', 'Almaty', 'Astana', 'Merkel', 'Putin', 'Moscow', 'Kozlovsky', 'Козловский', 'Bokayevich', 'Ablyazov', 'Zhovtis', 'Shymkent', 'Bishkek', 'Navalny', 'Kyrgyzstan', 'Russia', 'Dariga'];

/** Misspellings of names the text mentions → the name as the text writes it, and its units. */
const MISSPELT: [string, string, string[]][] = [
  ['Kozolv', 'Kozlov', ['paragraph-4']],
  ['Nazarbyev', 'Nazarbayev', ['paragraph-10']],
  ['Semenva', 'Semenova', ['recital-l', 'paragraph-5']],
  ['Bokaiev', 'Bokayev', ['recital-j', 'paragraph-4']],
  ['Yerimbetof', 'Yerimbetov', ['recital-j', 'paragraph-4']],
  ['Dzhakishv', 'Dzhakishev', ['recital-j', 'paragraph-4']],
  ['Zhanaozn', 'Zhanaozen', ['recital-f', 'paragraph-4']],
  ['Strasburg', 'Strasbourg', ['recital-l']],
  ['Abishov', 'Abishev', ['recital-m']],
  ['Omirof', 'Omirov', ['recital-m']],
  ['Yavtuschenko', 'Yavtushenko', ['paragraph-5']],
  ['Kozlow', 'Kozlov', ['paragraph-4']],
  ['Voloshyma', 'Voloshyna', ['paragraph-5']],
  ['Zhumaghulow', 'Zhumaghulov', ['recital-m']],
  ['Kenzhaleiv', 'Kenzhaliev', ['paragraph-5']],
  ['Козлоф', 'Козлов', ['paragraph-4']],
];

/**
 * Inflected forms of registered names (Russian cases, in Cyrillic or transliterated) → the
 * registered spelling searched instead, and the entity's units.
 */
const INFLECTED: [string, string, string[]][] = [
  ['Бокаева', 'Бокаев', ['recital-j', 'paragraph-4']],
  ['Бокаеву', 'Бокаев', ['recital-j', 'paragraph-4']],
  ['Козлова', 'Козлов', ['paragraph-4']],
  ['Назарбаевым', 'Назарбаев', ['paragraph-10']],
  ['Семеновой', 'Семенова', ['recital-l', 'paragraph-5']],
  ['Джакишева', 'Джакишев', ['recital-j', 'paragraph-4']],
  ['Жанаозене', 'Жанаозен', ['recital-f', 'paragraph-4']],
  ['Омирова', 'Омиров', ['recital-m']],
  ['Bokayeva', 'Bokayev', ['recital-j', 'paragraph-4']],
  ['Kozlovym', 'Kozlov', ['paragraph-4']],
  ['Yerimbetova', 'Yerimbetov', ['recital-j', 'paragraph-4']],
  // Also the name of another person (Dariga Nazarbayeva): the answer says the form does not occur.
  ['Nazarbayeva', 'Nazarbayev', ['paragraph-10']],
];

/** Input as it arrives from a PDF, a phone keyboard or a chat app → the units of the word it is. */
const ODD_INPUT: [string, string, string[]][] = [
  ['decomposed ё (NFD)', 'Семе\u0308нова', ['recital-l', 'paragraph-5']],
  ['full-width Latin', 'Ｋｏｚｌｏｖ', ['paragraph-4']],
  ['zero-width space inside a word', 'Bok\u200Bayev', ['recital-j', 'paragraph-4']],
  ['soft hyphen inside a word', 'Zhana\u00ADozen', ['recital-f', 'paragraph-4']],
];

/** The topics of content/topics.yaml, with their units. */
const TOPIC_UNITS = {
  'Trade unions': ['recital-q', 'paragraph-6', 'paragraph-7'],
  'Political prisoners and arbitrary detention': ['recital-h', 'recital-j', 'recital-k', 'recital-m', 'recital-n', 'recital-o', 'recital-q', 'paragraph-4', 'paragraph-5', 'paragraph-7'],
  Torture: ['recital-l', 'recital-o', 'recital-p', 'paragraph-8'],
  'Judiciary and rule of law': ['recital-a', 'recital-i', 'recital-p', 'paragraph-1', 'paragraph-5', 'paragraph-8', 'paragraph-10', 'paragraph-11'],
  'Freedom of religion': ['paragraph-1', 'paragraph-9'],
  'Freedom of assembly': ['recital-f', 'recital-h', 'recital-i', 'recital-j', 'recital-m', 'recital-o', 'recital-q', 'paragraph-1', 'paragraph-4', 'paragraph-5', 'paragraph-9'],
  'Opposition and elections': ['recital-h', 'recital-m', 'paragraph-4', 'paragraph-6', 'paragraph-10'],
  'Parliament’s own acts and procedure': ['citation-1', 'citation-7', 'citation-10', 'paragraph-12'],
  'International law and commitments': ['citation-8', 'citation-9', 'recital-i', 'recital-p', 'paragraph-2', 'paragraph-9', 'paragraph-10'],
  'Central Asia and regional security': ['citation-3', 'citation-4', 'citation-5', 'recital-d', 'recital-e', 'paragraph-3'],
  'Economy, trade and investment': ['recital-b', 'recital-c', 'recital-d', 'paragraph-1', 'paragraph-3', 'paragraph-11'],
  'Human rights defenders': ['recital-j', 'recital-k', 'recital-l', 'recital-o', 'paragraph-5', 'paragraph-6', 'paragraph-7', 'paragraph-9'],
  'Media freedom and censorship': ['recital-g', 'recital-q', 'paragraph-1', 'paragraph-4', 'paragraph-6', 'paragraph-7', 'paragraph-9'],
} as const;
type TopicTitle = keyof typeof TOPIC_UNITS;

/** A reader's word for a topic → the topic; the units holding the word itself, if any, come first. */
const TOPIC_WORDS: [string, TopicTitle, string[]][] = [
  ['workers', 'Trade unions', []],
  ['strikes', 'Trade unions', []],
  ['labour', 'Trade unions', []],
  ['jail', 'Political prisoners and arbitrary detention', []],
  ['imprisonment', 'Political prisoners and arbitrary detention', ['recital-h', 'recital-j', 'recital-m', 'paragraph-7']],
  ['mistreatment', 'Torture', []],
  ['beatings', 'Torture', []],
  ['abuse in custody', 'Torture', []],
  ['independent courts', 'Judiciary and rule of law', ['recital-q', 'paragraph-4', 'paragraph-6', 'paragraph-10']],
  ['judges', 'Judiciary and rule of law', ['paragraph-5']],
  ['faith', 'Freedom of religion', []],
  ['worship', 'Freedom of religion', []],
  ['demonstrators', 'Freedom of assembly', []],
  ['ballot', 'Opposition and elections', []],
  ['plenary', 'Parliament’s own acts and procedure', []],
  ['treaties', 'International law and commitments', []],
  ['geopolitics', 'Central Asia and regional security', []],
  ['investors', 'Economy, trade and investment', ['recital-b']],
  ['HRDs', 'Human rights defenders', []],
  ['inhuman treatment', 'Torture', []],
  ['degrading treatment', 'Torture', []],
  ['electoral', 'Opposition and elections', []],
  // "religious" is the text's own word in paragraph 9 ("religious discord").
  ['religious minorities', 'Freedom of religion', ['paragraph-9']],
];

/** Queries whose words never meet in one unit → the units holding some, and which words each holds. */
const PARTIAL: [string, [string, string][]][] = [
  ['Kozlov Prado Semenova', [['paragraph-4', '2 of 3 words: Kozlov, Prado'], ['recital-l', '1 of 3 words: Semenova'], ['paragraph-5', '1 of 3 words: Semenova']]],
  ['jailed bloggers', [['paragraph-7', '1 of 2 words: bloggers']]],
  ['Bokayev Semenova', [['recital-j', '1 of 2 words: Bokayev'], ['paragraph-4', '1 of 2 words: Bokayev'], ['recital-l', '1 of 2 words: Semenova'], ['paragraph-5', '1 of 2 words: Semenova']]],
  ['torture bloggers', [['recital-l', '1 of 2 words: torture'], ['recital-o', '1 of 2 words: torture'], ['recital-p', '1 of 2 words: torture'], ['paragraph-8', '1 of 2 words: torture'], ['paragraph-7', '1 of 2 words: bloggers']]],
  ['OSCE Zhanaozen', [['recital-i', '1 of 2 words: OSCE'], ['paragraph-9', '1 of 2 words: OSCE'], ['paragraph-10', '1 of 2 words: OSCE'], ['paragraph-12', '1 of 2 words: OSCE'], ['recital-f', '1 of 2 words: Zhanaozen'], ['paragraph-4', '1 of 2 words: Zhanaozen']]],
  ['Washington Kozlov', [['paragraph-4', '1 of 2 words: Kozlov']]],
  ['Aktau torture', [['recital-l', '1 of 2 words: torture'], ['recital-o', '1 of 2 words: torture'], ['recital-p', '1 of 2 words: torture'], ['paragraph-8', '1 of 2 words: torture']]],
  ['Zhanaozen Strasbourg', [['recital-f', '1 of 2 words: Zhanaozen'], ['paragraph-4', '1 of 2 words: Zhanaozen'], ['recital-l', '1 of 2 words: Strasbourg']]],
  ['DVK Nur-Otan', [['recital-m', '1 of 2 words: DVK'], ['recital-h', '1 of 2 words: Nur-Otan']]],
  ['Kozlov Semenova', [['paragraph-4', '1 of 2 words: Kozlov'], ['recital-l', '1 of 2 words: Semenova'], ['paragraph-5', '1 of 2 words: Semenova']]],
  ['extremism torture', [['recital-m', '1 of 2 words: extremism'], ['paragraph-6', '1 of 2 words: extremism'], ['recital-l', '1 of 2 words: torture'], ['recital-o', '1 of 2 words: torture'], ['recital-p', '1 of 2 words: torture'], ['paragraph-8', '1 of 2 words: torture']]],
  ['parole Strasbourg', [['recital-j', '1 of 2 words: parole'], ['paragraph-4', '1 of 2 words: parole'], ['recital-l', '1 of 2 words: Strasbourg']]],
  ['EIDHR Zhanaozen', [['paragraph-8', '1 of 2 words: EIDHR'], ['recital-f', '1 of 2 words: Zhanaozen'], ['paragraph-4', '1 of 2 words: Zhanaozen']]],
  ['Abishev Prado', [['recital-m', '1 of 2 words: Abishev'], ['paragraph-4', '1 of 2 words: Prado']]],
  ['Voloshyna Kozlov', [['paragraph-5', '1 of 2 words: Voloshyna'], ['paragraph-4', '1 of 2 words: Kozlov']]],
  ['Yerimbetov Semenova', [['recital-j', '1 of 2 words: Yerimbetov'], ['paragraph-4', '1 of 2 words: Yerimbetov'], ['recital-l', '1 of 2 words: Semenova'], ['paragraph-5', '1 of 2 words: Semenova']]],
];

describe('search on the built index', () => {
  let page: Page;
  beforeAll(async () => {
    page = await searchPage();
  });

  /** Searches `typed`, which the search answers for another word, then follows "search instead for": the word as typed, which the text lacks. */
  async function searchInsteadFor(typed: string) {
    await resultsFor(page, typed);
    await page.click(`.search-correction a:text("search instead for ${typed}")`);
    await page.waitForFunction((quoted) => document.querySelector('[data-search-answered]')?.getAttribute('data-search-answered') === quoted, `"${typed}"`);
    expect(await page.textContent('.search-status')).toBe(`The text does not mention “${typed}”.`);
    expect(await page.locator('.search-hit').count()).toBe(0);
  }

  describe('words and spellings the text holds find every unit holding them, each once', () => {
    it.each(FOUND)('%s', async (query, expected) => {
      const shown = await resultsFor(page, query);
      expect(sorted(shown.units)).toEqual(sorted(expected));
      expect(shown.status).toMatch(/^\d+ results? for “/);
    });
  });

  describe('names the text never mentions: it says so, and lists no unit', () => {
    it.each(ABSENT)('%s', async (name) => {
      const shown = await resultsFor(page, name);
      expect(shown.units).toEqual([]);
      expect(shown.status).toContain(`The text does not mention “${name}”.`);
      expect(shown.note).toContain('every name the text mentions');
      expect(await page.getAttribute('.search-note a[href$="/names/"]', 'href')).toBe(new URL(siteUrl('names/')).pathname);
    });
  });

  describe('misspellings of names land on the right units, saying what was searched', () => {
    it.each(MISSPELT)('%s → %s', async (typed, corrected, expected) => {
      const shown = await resultsFor(page, typed);
      expect(sorted(shown.units)).toEqual(sorted(expected));
      expect(shown.note).toContain(`The text does not mention “${typed}”. Showing results for ${corrected} — search instead for ${typed}.`);
    });

    it('searches the word as typed, one click away', async () => {
      await searchInsteadFor('Kozolv');
    });

    it('never corrects a word the text holds', async () => {
      const shown = await resultsFor(page, 'Almat');
      expect(shown.units).toEqual(['recital-m']);
      expect(shown.note).toBe('');
    });
  });

  describe('inflected names: the registered spelling’s units, saying the form typed does not occur', () => {
    it.each(INFLECTED)('%s → %s', async (typed, registered, expected) => {
      const shown = await resultsFor(page, typed);
      expect(sorted(shown.units)).toEqual(sorted(expected));
      expect(shown.note).toContain(`The text does not use the form “${typed}”. Showing results for ${registered} — search instead for ${typed}.`);
    });

    it('searches the exact form, one click away, and it is absent', async () => {
      await searchInsteadFor('Бокаева');
    });
  });

  describe('input is normalised before anything looks at it', () => {
    it.each(ODD_INPUT)('%s', async (_, typed, expected) => {
      const shown = await resultsFor(page, typed);
      expect(sorted(shown.units)).toEqual(sorted(expected));
      expect(shown.status).toMatch(/^\d+ results? for “/);
    });
  });

  it('a hyphenated compound the text lacks is searched as its parts, saying so', async () => {
    const shown = await resultsFor(page, 'anti-extremism');
    expect(shown.status).toContain('The text does not hold “anti-extremism”: searched as “anti” and “extremism”.');
    expect(sorted(shown.units)).toEqual(['paragraph-6', 'recital-m']);
  });

  describe('topic words find the topic’s units, after the units holding the words', () => {
    it.each(TOPIC_WORDS)('%s → %s', async (query, topic, byWords) => {
      const shown = await resultsFor(page, query);
      const about = TOPIC_UNITS[topic].filter((id) => !byWords.includes(id));
      expect(sorted(shown.units.slice(0, byWords.length))).toEqual(sorted(byWords));
      expect(shown.units.slice(byWords.length)).toEqual(expect.arrayContaining(about));
      for (const id of about) expect(shown.why[shown.units.indexOf(id)]).toMatch(/^about /);
      expect(shown.why).toContain(`about ${topic}`);
    });
  });

  describe('partial matches: the units holding most of the words, saying which', () => {
    it.each(PARTIAL)('%s', async (query, expected) => {
      const shown = await resultsFor(page, query);
      expect(shown.status).toContain(`No unit holds every word of “${query}”`);
      const byWords = shown.units.map((id, i) => [id, shown.why[i]] as [string, string]).filter(([, why]) => !why.startsWith('about '));
      expect(sorted(byWords.map(([id, why]) => `${id}: ${why}`))).toEqual(sorted(expected.map(([id, why]) => `${id}: ${why}`)));
      // Ranked by how many words a unit holds.
      const counts = byWords.map(([, why]) => Number(/^(\d+) of/.exec(why)?.[1]));
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });
  });

  describe('excerpts show why', () => {
    it('marks the text’s own form of a name found by another spelling, punctuation outside the mark', async () => {
      await resultsFor(page, 'Bokaev');
      const hit = page.locator('.search-hit[data-unit="recital-j"] .search-hit-excerpt');
      expect(await hit.locator('mark').allTextContents()).toEqual(['Bokayev']);
      expect(await hit.textContent()).toBe('… whereas activist Maks Bokayev is serving prison term in this regard …');
      await resultsFor(page, 'Nazarbaev');
      expect(await page.locator('.search-hit[data-unit="paragraph-10"] mark').allTextContents()).toEqual(['Nazarbayev’s']);
      await resultsFor(page, 'Kazakhstan');
      const marks = await page.locator('.search-hit mark').allTextContents();
      expect(marks.length).toBeGreaterThan(10);
      // One word of the text each ("EU-Kazakhstan", "Kazakhstani" begin so too); never the punctuation beside it.
      for (const mark of marks) expect(mark).toMatch(/^(EU-)?Kazakhstan(’s|i)?$/);
    });

    it('never injects markup, and answers bad input in words', async () => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      expect((await resultsFor(page, '<img src=x onerror=alert(1)> Kozlov')).units).toEqual(['paragraph-4']);
      expect(await page.locator('.search-panel img').count()).toBe(0);
      expect((await resultsFor(page, '!!! ... ???')).status).toBe('Nothing to search for in “!!! ... ???”: type a word, a name or a date.');
      expect((await resultsFor(page, '🙂🙂')).status).toBe('Nothing to search for in “🙂🙂”: type a word, a name or a date.');
      const long = await resultsFor(page, 'Kozlov '.repeat(800));
      expect(long.units).toEqual(['paragraph-4']);
      const many = await resultsFor(page, 'one two three four five six seven eight nine ten eleven twelve');
      expect(many.status).toContain('Only the first words were searched (2 words left out).');
      expect(errors).toEqual([]);
    });

    it('never matches a unit by its label', async () => {
      // Recital J's label is "J."; "J" finds units by the words of their text that start with j
      // (June, Joint, January, judicial, July, journalists, judge, Justice, judiciary) or by the
      // registered spellings of their names (Janaozen, Jakishev, Jelena, Jumagulov) — never by a label.
      const shown = await resultsFor(page, 'J');
      expect(sorted(shown.units)).toEqual(
        sorted(['citation-3', 'citation-4', 'citation-5', 'citation-6', 'recital-f', 'recital-j', 'recital-k', 'recital-l', 'recital-m', 'recital-q', 'paragraph-4', 'paragraph-5', 'paragraph-7', 'paragraph-8', 'paragraph-9', 'paragraph-10', 'paragraph-11']),
      );
      // Recital A's words: none starts with "a" by its label alone — it holds "as", "and", "Agreement".
      expect((await resultsFor(page, 'Recital')).units).toEqual([]);
    });
  });
});

describe('the URL of the search page', () => {
  it('round-trips the query and the filters, and the back button restores them', async () => {
    const page = await searchPage('search/?q=torture&kind=recital');
    await page.waitForSelector('.search-hit');
    expect(await page.inputValue('#search-page-q')).toBe('torture');
    expect(await page.textContent('.search-filter-toggle')).toBe('Filter (1 active)');
    expect(await page.isChecked('input[name="kind"][value="recital"]')).toBe(true);
    const recitals = await page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLElement).dataset['unit']));
    expect(sorted(recitals as string[])).toEqual(['recital-l', 'recital-o', 'recital-p']);
    expect(await page.textContent('.search-status')).toContain('3 results for “torture” (1 more without the filters).');

    // A filter is a step in history.
    await page.check('input[name="kind"][value="paragraph"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('kind').join() === 'recital,paragraph');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.search-hit')].some((h) => h.dataset['unit'] === 'paragraph-8'));

    // Typing keeps the URL in step without adding steps.
    await page.fill('#search-page-q', 'journalists');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'journalists');
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['recital', 'paragraph']);

    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('kind').join() === 'recital');
    await page.waitForFunction(() => (document.querySelector('#search-page-q') as HTMLInputElement).value === 'torture');
    expect(await page.isChecked('input[name="kind"][value="paragraph"]')).toBe(false);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.search-hit')].every((h) => h.dataset['unit']?.startsWith('recital-')));
  });

  it('filters by topic and by name kind with Pagefind’s filters', async () => {
    const page = await searchPage('search/?q=torture&topic=freedom-of-expression');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('“torture”'));
    expect(await page.$$eval('.search-hit', (hits) => hits.map((h) => (h as HTMLElement).dataset['unit']))).toEqual(['recital-l']);
    expect(await page.textContent('.search-status')).toContain('(3 more without the filters)');

    const names = await searchPage('search/?q=Bokayev&name-kind=place');
    await names.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('“Bokayev”'));
    // Paragraph 4 also names a place (Zhanaozen); recital J names none. Maks Bokayev is a person.
    expect(await names.$$eval('.search-hit', (hits) => hits.map((h) => (h as HTMLElement).dataset['unit']))).toEqual(['paragraph-4']);
    expect(await names.locator('.search-name').count()).toBe(0);
    await names.check('input[name="name-kind"][value="person"]');
    await names.waitForFunction(() => new URLSearchParams(location.search).getAll('name-kind').join() === 'place,person');
    await names.waitForSelector('.search-name');
    expect(await names.textContent('.search-name')).toBe('Maks Bokayev · person');
  });
});

describe('the filters say how many results each holds', () => {
  it('counts beside each value, values holding none hidden, a chosen one kept', async () => {
    const page = await chromium.open('search/?q=Kozlov', { viewport: { width: 1280, height: 800 } });
    const wide = page.context();
    await page.waitForSelector('.search-hit');
    const visible = () => page.$$eval('.search-facet-value', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.textContent?.trim()));
    // Paragraph 4 alone: its kind, its four topics, the kinds of the names it mentions.
    expect(await visible()).toEqual([
      'Paragraph (1)',
      'Freedom of assembly (1)',
      'Media freedom and censorship (1)',
      'Political prisoners and arbitrary detention (1)',
      'Opposition and elections (1)',
      'People (1)',
      'Organisations and bodies (1)',
      'Places (1)',
      'Events (1)',
    ]);
    // Within a key, values add: choosing Recital (after Bokayev: J and 4) keeps Paragraph counted.
    await goTo(page, siteUrl('search/?q=Bokayev&kind=recital'));
    await page.waitForSelector('.search-hit');
    expect((await visible()).slice(0, 2)).toEqual(['Recital (1)', 'Paragraph (1)']);
    expect(await page.isChecked('input[name="kind"][value="recital"]')).toBe(true);
    await wide.close();
  });
});

describe('an address whose query cannot be read', () => {
  it('says so plainly and lists no unit', async () => {
    const page = await context.newPage();
    await goTo(page, siteUrl('search/?q=%D0%91%D0'));
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('cannot be read'));
    expect(await page.textContent('.search-status')).toBe('The search words in this address cannot be read (its percent-encoding is broken, perhaps cut short). Type them again.');
    expect(await page.locator('.search-hit').count()).toBe(0);
    expect(await page.inputValue('#search-page-q')).toBe('');
  });
});

describe('on a phone (360 px)', () => {
  it('shows the first result without scrolling, filters folded behind one control', async () => {
    const page = await chromium.open('about/', { viewport: { width: 360, height: 640 } });
    const phone = page.context();
    expect(await page.isVisible('#site-search-q')).toBe(false);
    // The header's Search link lands in a focused field.
    await Promise.all([page.waitForURL(/\/search\/#search-page-q$/), page.click('.site-search-link')]);
    await page.waitForFunction(() => document.activeElement?.id === 'search-page-q');
    await page.keyboard.type('torture');
    await page.waitForSelector('.search-hit');
    const first = await page.locator('.search-hit').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(640);
    expect(await page.isVisible('.search-filter-toggle')).toBe(true);
    expect(await page.isVisible('input[name="kind"][value="recital"]')).toBe(false);
    await page.click('.search-filter-toggle');
    expect(await page.isVisible('input[name="kind"][value="recital"]')).toBe(true);
    expect(await page.getAttribute('.search-filter-toggle', 'aria-expanded')).toBe('true');

    // "/" on a narrow page goes to the search page, field focused.
    await goTo(page, siteUrl('about/'));
    await Promise.all([page.waitForURL(/\/search\/#search-page-q$/), page.keyboard.press('/')]);
    await page.waitForFunction(() => document.activeElement?.id === 'search-page-q');

    // Arriving from a result: the unit is marked and below the header, not under it.
    await goTo(page, siteUrl('?highlight=journalists#paragraph-7'));
    await page.waitForSelector('#paragraph-7 mark.search-mark');
    await page.waitForFunction(() => {
      const top = document.getElementById('paragraph-7')?.getBoundingClientRect().top ?? -1;
      const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
      return top >= header - 1 && top < window.innerHeight / 2;
    });
    await phone.close();
  });

  it('puts the filters beside the results on a wide screen', async () => {
    const page = await chromium.open('search/?q=torture', { viewport: { width: 1280, height: 800 } });
    const wide = page.context();
    await page.waitForSelector('.search-hit');
    expect(await page.isVisible('.search-filter-toggle')).toBe(false);
    const hit = await page.locator('.search-hit').first().boundingBox();
    const filters = await page.locator('.search-facet').first().boundingBox();
    expect(filters!.x).toBeGreaterThan(hit!.x + hit!.width);
    await wide.close();
  });
});

describe('from the keyboard alone, on any page', () => {
  it('opens with "/" and Ctrl-K, keeps what was typed, moves with the arrows, opens with Enter, closes with Esc', async () => {
    const page = await searchPage('about/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.press('Escape');
    // Leave the field (a click elsewhere could land on the results that cover the page).
    await page.locator('#site-search-q').blur();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('tort');
    await page.locator('#site-search-q').blur();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    // "/" keeps what was typed: the next keys go on from it.
    await page.keyboard.type('ure');
    expect(await page.inputValue('#site-search-q')).toBe('torture');
    await page.waitForFunction(() => document.querySelector('.search-panel-popup')?.getAttribute('data-search-answered') === 'torture');
    const input = page.locator('#site-search-q');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const listId = await input.getAttribute('aria-controls');
    expect(await page.getAttribute(`#${listId}`, 'role')).toBe('listbox');
    expect(await page.textContent('.search-panel-popup [role="status"]')).toMatch(/^4 results for “torture”/);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const first = page.locator('.search-panel-popup [role="option"]').first();
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const unitId = (await first.getAttribute('data-unit')) ?? '';

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');

    await Promise.all([page.waitForURL(/#/), page.keyboard.press('Enter')]);
    // Arrival: the words are marked in the unit, the address is the permalink.
    await page.waitForSelector(`#${unitId} mark.search-mark`);
    const marks = await page.$$eval(`#${unitId} mark.search-mark`, (els) => els.map((el) => el.textContent ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^tortures?$/i.test(m))).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe(`#${unitId}`);
    // The search mark is not the yellow of the targeted unit.
    const [markBg, unitBg] = await page.evaluate((id) => [getComputedStyle(document.querySelector(`#${id} mark.search-mark`)!).backgroundColor, getComputedStyle(document.getElementById(id)!).backgroundColor], unitId);
    expect(markBg).not.toBe(unitBg);
    expect(markBg).toBe('rgb(214, 230, 255)');
  });

  it('has no accessibility violations, results open or on the search page', async () => {
    const page = await searchPage('about/');
    await page.keyboard.press('/');
    await page.keyboard.type('journalists');
    await page.waitForSelector('.search-panel-popup .search-hit');
    await page.keyboard.press('ArrowDown');
    const popup = await new AxeBuilder({ page }).analyze();
    expect(popup.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    const full = await searchPage('search/?q=Kozolv+Aktau&kind=paragraph');
    await full.waitForSelector('.search-note p');
    const results = await new AxeBuilder({ page: full }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe('loading', () => {
  const isSearchCode = (request: Request) => /\/pagefind\/|search-view|search-client|vocabulary\.json|search\.[^/]*\.css/.test(request.url());

  it('fetches no search code before the reader starts to search, the vocabulary only on a miss, and keeps the CSP', async () => {
    for (const path of ['', 'about/', 'recitals/j/', 'search/']) {
      const page = await context.newPage();
      const fetched: string[] = [];
      const cspErrors: string[] = [];
      page.on('request', (request) => {
        if (isSearchCode(request)) fetched.push(request.url());
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
      });
      await goTo(page, siteUrl(path), { waitUntil: 'networkidle' });
      expect(fetched, path).toEqual([]);

      const field = path === 'search/' ? '#search-page-q' : '#site-search-q';
      await page.focus(field);
      await page.keyboard.type('Zhanaozen');
      // Typed key by key on a cold page: the results are those of the whole word, not of "Z".
      await page.waitForFunction(() => document.querySelector('[data-search-answered]')?.getAttribute('data-search-answered') === 'Zhanaozen');
      const found = await page.$$eval('.search-hit', (hits) => hits.map((hit) => (hit as HTMLElement).dataset['unit']));
      expect(sorted(found as string[]), path).toEqual(['paragraph-4', 'recital-f']);
      expect(fetched.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
      // The search page draws its filters from the vocabulary; the header needs it only for a miss.
      expect(fetched.some((url) => url.includes('vocabulary.json'))).toBe(path === 'search/');
      expect(cspErrors, path).toEqual([]);
      await page.close();
    }
  });
});

describe('without JavaScript', () => {
  it('says that search needs JavaScript and links to the contents; no dead field', async () => {
    const page = await chromium.open('about/', { javaScriptEnabled: false });
    const noJs = page.context();
    expect(await page.isVisible('#site-search-q')).toBe(false);
    const headerLink = page.locator('.site-search noscript a');
    expect(await headerLink.textContent()).toMatch(/Search needs JavaScript/);
    expect(await headerLink.getAttribute('href')).toBe(`${new URL(siteUrl()).pathname}#contents`);

    await goTo(page, siteUrl('search/?q=torture'));
    expect(await page.isVisible('#search-page-q')).toBe(false);
    expect(await page.textContent('main')).toMatch(/Search needs JavaScript/);
    const links = await page.$$eval('main a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(links).toEqual(expect.arrayContaining(['#citations', '#recitals', '#paragraphs']));
    await noJs.close();
  });
});
