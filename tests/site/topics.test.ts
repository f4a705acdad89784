/**
 * Topics, relations and the findings-and-demands map on the built site: each page lists
 * exactly the units that content/topics.yaml and content/relations.yaml say.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { UNIT_NAMES } from '../fixtures/unit-names.ts';
import { fetchHtml } from '../support/browser.ts';
import { attr, attrs, followingSiblings, one, selectAll, text, texts, type Element, type Root } from '../support/html.ts';

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
/** The addresses linked in the list that follows the heading `heading` inside `scope`. */
const linksUnder = (scope: Root, heading: string) =>
  selectAll('.related h3', scope)
    .filter((h) => text(h) === heading)
    .flatMap((h) => followingSiblings(h, scope).slice(0, 1))
    .filter((list) => list.tagName === 'ul')
    .flatMap((list) => attrs('a', list, 'href') as string[]);

describe('topics', () => {
  it('/topics/ lists every topic', async () => {
    const $ = await html('topics/');
    const hrefs = attrs('.tp-list a', $, 'href');
    expect(hrefs).toEqual(topics.map((t) => `${base()}topics/${t.slug}/`));
  });

  it('each topic page lists exactly its tagged units, in text order', async () => {
    for (const topic of topics) {
      const $ = await html(`topics/${topic.slug}/`);
      const listed = attrs('.tp-units > li h3 a', $, 'href').map((href) => unitOfHref(href!));
      expect(listed, topic.slug).toEqual(ids.filter((id) => topic.units.includes(id)));
    }
  });
});

describe('unit pages', () => {
  it('show the units a unit rests on or is answered by, its names and its topics', async () => {
    for (const id of ids) {
      const $ = await html(pagePath(id));
      expect(selectAll('.related', $).length, id).toBe(1);
      const { restsOn, answeredBy } = relationsOf(id);
      const lists = texts('.related h3', $);
      expect(linksUnder($, 'Rests on').map(unitOfHref), id).toEqual(restsOn);
      expect(linksUnder($, 'Answered by').map(unitOfHref), id).toEqual(answeredBy);
      const names = UNIT_NAMES[id].map((slug) => `${base()}names/${slug}/`);
      const topicLinks = topics.filter((t) => t.units.includes(id)).map((t) => `${base()}topics/${t.slug}/`);
      expect(linksUnder($, 'Names'), id).toEqual(names);
      expect(linksUnder($, 'Topics'), id).toEqual(topicLinks);
      expect(lists.length, id).toBeGreaterThan(0);
    }
  });
});

describe('findings and demands (/map/)', () => {
  it('sets, per theme, its recitals and citations beside its paragraphs and what each rests on', async () => {
    const $ = await html('map/');
    for (const topic of topics) {
      expect(selectAll(`section[data-topic="${topic.slug}"]`, $).length, topic.slug).toBe(1);
      const columns = selectAll('.map-columns > div', one(`section[data-topic="${topic.slug}"]`, $));
      expect(columns, topic.slug).toHaveLength(2);
      const [finds, asks] = columns as [Element, Element];
      const tagged = ids.filter((id) => topic.units.includes(id));
      expect(attrs('li', finds, 'data-unit'), topic.slug).toEqual(tagged.filter((id) => !id.startsWith('paragraph-')));
      expect(attrs('li', asks, 'data-unit'), topic.slug).toEqual(tagged.filter((id) => id.startsWith('paragraph-')));
      const restsShown = Object.fromEntries(selectAll('li', asks).map((li) => [attr(li, 'data-unit') ?? '', attrs('.map-rests a', li, 'href').map((href) => unitOfHref(href!))] as const));
      const asked = tagged.filter((id) => id.startsWith('paragraph-'));
      expect(restsShown, topic.slug).toEqual(Object.fromEntries(asked.map((id) => [id, relationsOf(id).restsOn])));
    }
  });
});

describe('the About page', () => {
  it('says names, topics and links are an editorial layer', async () => {
    const $ = await html('about/');
    // What follows the heading, up to the next section's heading.
    const after = followingSiblings(one('#editorial', $), $);
    const next = after.findIndex((element) => element.tagName === 'h2');
    expect(text(next < 0 ? after : after.slice(0, next))).toMatch(/names.*topics|topics.*names/i);
  });
});
