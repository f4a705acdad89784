/**
 * The one module that knows every address (src/lib/addresses.ts): hand-written cases, and a check
 * that content/permalinks.txt — the published contract — lists every address it gives for the
 * real content (so that a unit, name or topic cannot be published without a deliberate entry).
 */
import { describe, expect, it } from 'vitest';
import { ANCHORS, entityPath, href, mapThemePath, PAGES, sectionInText, topicPath, unitId, unitInText, unitPath, withBase } from '../../src/lib/addresses.ts';
import { siteContent } from '../support/content.ts';
import { readManifest } from '../support/permalinks.ts';

describe('addresses', () => {
  it('spell units, names and topics as published', () => {
    expect(unitId('recital', 'J')).toBe('recital-j');
    expect(unitId('recital', 'AB')).toBe('recital-ab');
    expect(unitPath('citation', '10')).toBe('citations/10/');
    expect(unitPath('recital', 'J')).toBe('recitals/j/');
    expect(unitPath('paragraph', '4')).toBe('paragraphs/4/');
    expect(unitInText('paragraph', '4')).toBe('#paragraph-4');
    expect(sectionInText('recital')).toBe('#recitals');
    expect(entityPath('maks-bokayev')).toBe('names/maks-bokayev/');
    expect(topicPath('torture')).toBe('topics/torture/');
    expect(mapThemePath('torture')).toBe('map/#torture');
  });

  it('put the base path in front', () => {
    expect(withBase('/', 'recitals/j/')).toBe('/recitals/j/');
    expect(withBase('/motion/', 'recitals/j/')).toBe('/motion/recitals/j/');
    expect(withBase('/motion', '/about/')).toBe('/motion/about/');
    expect(href(PAGES.about)).toBe('/about/');
  });
});

describe('content/permalinks.txt', () => {
  const listed = new Set(readManifest().map((p) => p.entry));
  const missing = (entries: string[]) => entries.filter((entry) => !listed.has(entry));

  it('lists the page and the reading-view anchor of every unit', () => {
    expect(siteContent.units).toHaveLength(39);
    expect(missing(siteContent.units.flatMap((u) => [`/${unitPath(u.kind, u.label)}`, `/${unitInText(u.kind, u.label)}`]))).toEqual([]);
  });

  it('lists the sections, the contents and the fixed pages', () => {
    expect(missing((['citation', 'recital', 'paragraph'] as const).map((kind) => `/${sectionInText(kind)}`))).toEqual([]);
    expect(missing([`/#${ANCHORS.contents}`, `/${PAGES.about}#${ANCHORS.permalinks}`])).toEqual([]);
    expect(missing(Object.values(PAGES).map((page) => `/${page}`))).toEqual([]);
  });

  it('lists the page of every name and every topic', () => {
    expect(missing(siteContent.registry.map((e) => `/${entityPath(e.slug)}`))).toEqual([]);
    expect(missing(siteContent.topics.map((t) => `/${topicPath(t.slug)}`))).toEqual([]);
  });
});
