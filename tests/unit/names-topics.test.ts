import { describe, expect, it } from 'vitest';
import { parseRelations, relationsOf } from '../../src/lib/editorial/relations.ts';
import { parseTopics, topicsOfUnit } from '../../src/lib/editorial/topics.ts';
import { siteContent, unitIds as ids } from '../support/content.ts';

describe('topics (content/topics.yaml)', () => {
  const { topics } = siteContent;

  it('tags every unit with at least one topic', () => {
    expect(ids.filter((id) => topicsOfUnit(topics, id).length === 0)).toEqual([]);
  });

  it('has the themes the issue names', () => {
    expect(topics.map((t) => t.slug)).toEqual(
      expect.arrayContaining(['freedom-of-expression', 'freedom-of-assembly', 'freedom-of-association', 'media-freedom', 'torture', 'political-prisoners', 'human-rights-defenders', 'opposition-and-elections', 'judiciary-and-rule-of-law', 'trade-unions', 'economy-trade-investment', 'eu-kazakhstan-relations']),
    );
  });

  it('rejects an unknown unit with file, line and fix', () => {
    expect(() => parseTopics('a:\n  title: A\n  units: [recital-a, recital-z]\n', 'content/topics.yaml', ids)).toThrow(
      /content\/topics\.yaml:3:\d+: a\.units\.1: "recital-z" is not a unit of the resolution\.\n {2}Fix: /,
    );
    expect(() => parseTopics('a:\n  title: A\n  units: [Recital A]\n')).toThrow(/a unit is written as its anchor/);
  });
});

describe('relations (content/relations.yaml)', () => {
  const { relations } = siteContent;

  it('links every paragraph but the last (forwarding the resolution) to what it rests on, and back', () => {
    expect(ids.filter((id) => id.startsWith('paragraph-') && relationsOf(relations, id, ids).restsOn.length === 0)).toEqual(['paragraph-12']);
    expect(relationsOf(relations, 'paragraph-4', ids).restsOn).toEqual(['recital-f', 'recital-j', 'recital-m', 'recital-n']);
    expect(relationsOf(relations, 'recital-j', ids).answeredBy).toEqual(['paragraph-4']);
  });

  it('leaves no recital unanswered', () => {
    expect(ids.filter((id) => id.startsWith('recital-') && relationsOf(relations, id, ids).answeredBy.length === 0)).toEqual([]);
  });

  it('gives both directions in the order of the text, whatever the order in the file', () => {
    const order = ['citation-1', 'citation-2', 'recital-a', 'recital-b', 'recital-c', 'paragraph-1', 'paragraph-2', 'paragraph-3'];
    const shuffled = parseRelations(
      'paragraph-3:\n  recital-a: a\nparagraph-1:\n  recital-c: c\n  citation-2: two\n  recital-a: a\n',
      'relations.yaml',
      order,
    );
    expect(relationsOf(shuffled, 'paragraph-1', order)).toEqual({ restsOn: ['citation-2', 'recital-a', 'recital-c'], answeredBy: [] });
    expect(relationsOf(shuffled, 'recital-a', order)).toEqual({ restsOn: [], answeredBy: ['paragraph-1', 'paragraph-3'] });
  });

  it('rejects a paragraph resting on a paragraph, with the line', () => {
    expect(() => parseRelations('paragraph-1:\n  recital-a: democracy\nparagraph-2:\n  paragraph-1: the same\n', 'content/relations.yaml')).toThrow(
      /content\/relations\.yaml:4:\d+: paragraph-2\.paragraph-1: .*recitals and citations/,
    );
  });
});
