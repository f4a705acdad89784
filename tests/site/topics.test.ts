/**
 * Topics, relations and the findings-and-demands map on the built site: each page lists
 * exactly the units that content/topics.yaml and content/relations.yaml say.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { UNIT_NAMES } from '../fixtures/unit-names.ts';
import { fetchHtml } from '../support/browser.ts';

// The expected values are the editorial files as written by hand, read as plain YAML — not
// through the site's own parsers, whose output the pages show.
const topicsFile = parse(readFileSync('content/topics.yaml', 'utf8')) as Record<string, { units: string[] }>;
const relationsFile = parse(readFileSync('content/relations.yaml', 'utf8')) as Record<string, Record<string, string>>;
const topics = Object.entries(topicsFile).map(([slug, topic]) => ({ slug, units: topic.units }));
/** The units in text order, written out by hand: 10 citations, recitals A to Q, 12 paragraphs. */
const ids = [
  ...Array.from({ length: 10 }, (_, i) => `citation-${i + 1}`),
  ...'abcdefghijklmnopq'.split('').map((letter) => `recital-${letter}`),
  ...Array.from({ length: 12 }, (_, i) => `paragraph-${i + 1}`),
];
/** `list` in the order of the text. */
const inTextOrder = (list: readonly string[]) => ids.filter((id) => list.includes(id));
/** What content/relations.yaml says a unit rests on and is answered by, in text order. */
const relationsOf = (id: string) => ({
  restsOn: inTextOrder(Object.keys(relationsFile[id] ?? {})),
  answeredBy: inTextOrder(Object.entries(relationsFile).filter(([, grounds]) => id in grounds).map(([paragraph]) => paragraph)),
});
const base = () => inject('basePath');
const pagePath = (id: string) => {
  const [kind, label] = id.split('-') as [string, string];
  return `${kind}s/${label}/`;
};
const unitOfHref = (href: string) => {
  const m = /(citation|recital|paragraph)s\/([a-z0-9]+)\/$/.exec(href);
  return m ? `${m[1]}-${m[2]}` : href;
};

const html = fetchHtml;

describe('topics', () => {
  it('/topics/ lists every topic', async () => {
    const $ = await html('topics/');
    const hrefs = $('.tp-list a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs).toEqual(topics.map((t) => `${base()}topics/${t.slug}/`));
  });

  it('each topic page lists exactly its tagged units, in text order', async () => {
    for (const topic of topics) {
      const $ = await html(`topics/${topic.slug}/`);
      const listed = $('.tp-units > li h3 a').map((_, a) => unitOfHref($(a).attr('href')!)).get();
      expect(listed, topic.slug).toEqual(ids.filter((id) => topic.units.includes(id)));
    }
  });
});

describe('unit pages', () => {
  it('show the units a unit rests on or is answered by, its names and its topics', async () => {
    for (const id of ids) {
      const $ = await html(pagePath(id));
      const related = $('.related');
      expect(related.length, id).toBe(1);
      const { restsOn, answeredBy } = relationsOf(id);
      const lists = related.find('h3').map((_, h) => $(h).text()).get();
      const unitsUnder = (heading: string) =>
        related
          .find('h3')
          .filter((_, h) => $(h).text() === heading)
          .next('ul')
          .find('a')
          .map((_, a) => unitOfHref($(a).attr('href')!))
          .get();
      expect(unitsUnder('Rests on'), id).toEqual(restsOn);
      expect(unitsUnder('Answered by'), id).toEqual(answeredBy);
      const names = UNIT_NAMES[id].map((slug) => `${base()}names/${slug}/`);
      const topicLinks = topics.filter((t) => t.units.includes(id)).map((t) => `${base()}topics/${t.slug}/`);
      const linksUnder = (heading: string) =>
        related
          .find('h3')
          .filter((_, h) => $(h).text() === heading)
          .next('ul')
          .find('a')
          .map((_, a) => $(a).attr('href'))
          .get();
      expect(linksUnder('Names'), id).toEqual(names);
      expect(linksUnder('Topics'), id).toEqual(topicLinks);
      expect(lists.length, id).toBeGreaterThan(0);
    }
  });
});

describe('findings and demands (/map/)', () => {
  it('sets, per theme, its recitals and citations beside its paragraphs and what each rests on', async () => {
    const $ = await html('map/');
    for (const topic of topics) {
      const section = $(`section[data-topic="${topic.slug}"]`);
      expect(section.length, topic.slug).toBe(1);
      const [finds, asks] = section.find('.map-columns > div').toArray();
      const tagged = ids.filter((id) => topic.units.includes(id));
      expect($(finds).find('li').map((_, li) => $(li).attr('data-unit')).get(), topic.slug).toEqual(tagged.filter((id) => !id.startsWith('paragraph-')));
      expect($(asks).find('li').map((_, li) => $(li).attr('data-unit')).get(), topic.slug).toEqual(tagged.filter((id) => id.startsWith('paragraph-')));
      const restsShown = Object.fromEntries(
        $(asks)
          .find('li')
          .map((_, li) => [[$(li).attr('data-unit')!, $(li).find('.map-rests a').map((_, a) => unitOfHref($(a).attr('href')!)).get()]])
          .get() as [string, string[]][],
      );
      const asked = tagged.filter((id) => id.startsWith('paragraph-'));
      expect(restsShown, topic.slug).toEqual(Object.fromEntries(asked.map((id) => [id, relationsOf(id).restsOn])));
    }
  });
});

describe('the About page', () => {
  it('says names, topics and links are an editorial layer', async () => {
    const $ = await html('about/');
    expect($('#editorial').nextUntil('h2').text()).toMatch(/names.*topics|topics.*names/i);
  });
});
