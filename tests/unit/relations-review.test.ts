/**
 * The editorial review of content/relations.yaml (issue 11.10): every link says why a paragraph
 * rests on a unit, and shares with it a topic or a name — or is one of the few listed here by
 * hand, whose reason the two units' tags cannot show. Expected values are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { indexMentions } from '../../src/lib/editorial/names.ts';
import { parseRelationReasons, relationsOf } from '../../src/lib/editorial/relations.ts';
import { topicsOfUnit } from '../../src/lib/editorial/topics.ts';
import { EditorialDataError } from '../../src/lib/editorial/yaml.ts';
import { siteContent, unitIds as ids, units } from '../support/content.ts';

const { relationReasons: reasons, relations, topics, registry } = siteContent;
const mentions = indexMentions(registry, units);

/** Names nearly every unit carries: sharing one says nothing about a link. */
const EVERYWHERE = ['kazakhstan', 'european-union', 'european-parliament'];
const namesOf = (id: string) => registry.filter((e) => !EVERYWHERE.includes(e.slug) && mentions.get(e.slug)!.some((m) => m.unitId === id)).map((e) => e.slug);
const topicsOf = (id: string) => topicsOfUnit(topics, id).map((t) => t.slug);
const links = [...reasons].flatMap(([paragraph, grounds]) => [...grounds].map(([ground, reason]) => ({ paragraph, ground, reason })));

describe('the relations, reviewed', () => {
  it('give a reason for every link', () => {
    expect(links.length).toBeGreaterThan(40);
    expect(links.filter((l) => l.reason.trim().length < 5).map((l) => `${l.paragraph} ${l.ground}`)).toEqual([]);
  });

  it('share a topic or a name for every link but three, whose reason is an instrument the tags cannot show', () => {
    const unshared = links.filter((l) => !topicsOf(l.paragraph).some((t) => topicsOf(l.ground).includes(t)) && !namesOf(l.paragraph).some((n) => namesOf(l.ground).includes(n)));
    expect(unshared.map((l) => `${l.paragraph} ${l.ground}`)).toEqual(['paragraph-1 citation-8', 'paragraph-1 citation-9', 'paragraph-8 citation-9']);
    expect(reasons.get('paragraph-8')!.get('citation-9')).toMatch(/torture.*recital P.*Covenant/);
  });

  it('drop the links that had no reason: the previous resolutions and the Rules answer no paragraph', () => {
    expect(relationsOf(relations, 'citation-1', ids).answeredBy).toEqual([]);
    expect(relationsOf(relations, 'citation-10', ids).answeredBy).toEqual([]);
    expect(relationsOf(relations, 'paragraph-12', ids).restsOn).toEqual([]);
    expect(relationsOf(relations, 'citation-9', ids).answeredBy).toEqual(['paragraph-1', 'paragraph-2', 'paragraph-8']);
  });

  it('name the people a paragraph and a recital share', () => {
    expect(reasons.get('paragraph-4')!.get('recital-j')).toBe('Maks Bokayev, Mukhtar Dzhakishev and Iskander Yerimbetov, political prisoners');
    expect(reasons.get('paragraph-5')!.get('recital-l')).toMatch(/^Elena Semenova/);
  });

  it('reject a link without a reason, with the line and the fix', () => {
    const call = () => parseRelationReasons('paragraph-4:\n  recital-j: Maks Bokayev\n  recital-n: ""\n', 'content/relations.yaml');
    expect(call).toThrow(EditorialDataError);
    expect(call).toThrow(/content\/relations\.yaml:3:\d+: paragraph-4\.recital-n: .*say what the paragraph and this unit share/);
  });
});
