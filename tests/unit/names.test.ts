import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import * as cheerio from 'cheerio';
import { describe, expect, it, vi } from 'vitest';
import { EditorialDataError } from '../../src/lib/editorial/yaml.ts';
import { phraseSpans, readNotNames, uncovered } from '../support/names-candidates.ts';
import { aliasWords } from '../../src/lib/editorial/names-links.ts';
import {
  NAME_KINDS,
  clausesWithMarks,
  flattenMentions,
  indexMentions,
  nameFacets,
  parseNameRegistry,
  readNameRegistry,
  registryMatcher,
  unmentioned,
} from '../../src/lib/editorial/names.ts';
import remarkLinkNames from '../../src/plugins/remark-link-names.ts';
import remarkResolutionUnits from '../../src/plugins/remark-resolution-units.ts';
import { readSourceUnits, readText } from './names-source.ts';

const registry = readNameRegistry();
const units = readSourceUnits();

describe('the registry of names (content/names.yaml)', () => {
  it('is valid and covers every kind', () => {
    expect(registry.length).toBeGreaterThan(40);
    expect(new Set(registry.map((e) => e.kind))).toEqual(new Set(NAME_KINDS));
  });

  it('has no entry that the text never mentions', () => {
    expect(unmentioned(registry, units).map((e) => e.slug)).toEqual([]);
  });

  it('leaves no capitalised word or acronym of the text unexplained', () => {
    const match = registryMatcher(registry);
    const notNames = [...readNotNames().keys()];
    const missing = units.flatMap((unit) => {
      const spans = [...flattenMentions(match(unit.text)), ...phraseSpans(unit.text, notNames)];
      return uncovered(unit.text, spans).map((c) => `${unit.id}: "${c.word}"`);
    });
    expect(missing, 'register these names in content/names.yaml or list them in content/names-not-names.yaml').toEqual([]);
  });

  it('lists no "not a name" phrase that the text does not contain', () => {
    const unused = [...readNotNames().keys()].filter((phrase) => units.every((u) => phraseSpans(u.text, [phrase]).length === 0));
    expect(unused).toEqual([]);
  });

  it('finds the names the issue asks for, in every spelling it lists', () => {
    const bySlug = new Map(registry.map((e) => [e.slug, e]));
    const spellings = (slug: string) => [...bySlug.get(slug)!.text, ...bySlug.get(slug)!.spellings];
    expect(spellings('maks-bokayev')).toEqual(expect.arrayContaining(['Maks Bokayev', 'Bokaev', 'Бокаев']));
    expect(spellings('zhanaozen')).toEqual(expect.arrayContaining(['Zhanaozen', 'Janaozen', 'Zhanaozhen', 'Жанаозен', 'Жаңаөзен']));
    expect(spellings('mukhtar-dzhakishev')).toEqual(expect.arrayContaining(['Jakishev', 'Djakishev']));
    expect(spellings('nursultan-nazarbayev')).toEqual(expect.arrayContaining(['Nazarbaev', 'Назарбаев']));
    expect(spellings('elena-semenova')).toEqual(expect.arrayContaining(['Semyonova']));
    expect(spellings('epca')).toEqual(expect.arrayContaining(['EPCA', 'Enhanced Partnership and Cooperation Agreement']));
    expect(spellings('iccpr')).toEqual(expect.arrayContaining(['ICCPR', 'International Covenant on Civil and Political Rights']));
    expect(bySlug.get('democratic-choice-of-kazakhstan')!.abbr).toEqual({ DVK: 'Democratic Choice of Kazakhstan' });
  });
});

describe('registry validation', () => {
  const bad = (yaml: string) => {
    try {
      parseNameRegistry(yaml, 'content/names.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(EditorialDataError);
      return (error as Error).message;
    }
    throw new Error('expected the registry to be rejected');
  };

  it('names the file, the line and the fix for a bad kind', () => {
    const message = bad('a-person:\n  kind: persn\n  name: A\n  text: [A]\n');
    expect(message).toMatch(/content\/names\.yaml:2:9: a-person\.kind: .*\n {2}Fix: /);
  });

  it('rejects a form claimed by two entries, a stray abbreviation and an unknown include', () => {
    const message = bad(
      ['one:\n  kind: place\n  name: One\n  text: [Same]', 'two:\n  kind: place\n  name: Two\n  text: [Same]\n  abbr: { XYZ: Nothing }\n  includes: [three]'].join('\n'),
    );
    expect(message).toMatch(/:8:\d+: two\.text\.0: the form "Same" is also a form of "one"/);
    expect(message).toMatch(/two\.abbr\.XYZ: the abbreviation "XYZ" is in none/);
    expect(message).toMatch(/two\.includes\.0: "three" is not an entry/);
  });

  it('rejects unknown keys, bad slugs and broken YAML', () => {
    expect(bad('x:\n  kind: place\n  name: X\n  text: [X]\n  spelling: [Y]\n')).toMatch(/spelling/);
    expect(bad('Not A Slug:\n  kind: place\n  name: X\n  text: [X]\n')).toMatch(/slug/);
    expect(bad('x:\n  kind: place\n   name: X\n')).toMatch(/content\/names\.yaml:\d+:\d+: .*\n {2}Fix: correct the YAML syntax/);
  });
});

describe('aliases and quotations', () => {
  it('gives, once each, the words of every spelling the text lacks, all the words of such a spelling', () => {
    const bokayev = registry.find((e) => e.slug === 'maks-bokayev')!;
    const words = aliasWords([bokayev], 'whereas activist Maks Bokayev is serving');
    // "Maks Bokaev" is partly in the text: both its words go, so that the phrase finds the unit.
    expect(words).toEqual(expect.arrayContaining(['Bokaev', 'Maks', 'Бокаев', 'Макс', 'Боқаев']));
    // "Bokayev" and "Maks Bokayev" are found in the reading view already.
    expect(words).not.toContain('Bokayev');
    expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
  });

  it('quotes clauses with the text’s own characters', () => {
    const unit = units.find((u) => u.id === 'recital-j')!;
    const mentions = indexMentions(registry, units).get('maks-bokayev')!.find((m) => m.unitId === 'recital-j')!.mentions;
    const clauses = clausesWithMarks(unit.text, mentions);
    expect(clauses).toHaveLength(2);
    for (const clause of clauses) expect(unit.text).toContain(clause.map((s) => s.text).join(''));
    expect(clauses.flatMap((c) => c.filter((s) => s.mark).map((s) => s.text))).toEqual(['Maks Bokayev', 'Maks Bokayev']);
  });

  it('builds the name-kind facet from the mentions', () => {
    const facet = nameFacets(registry, indexMentions(registry, units), units.map((u) => u.id));
    expect(facet.id).toBe('name-kind');
    expect(facet.values.map((v) => v.value)).toEqual([...NAME_KINDS]);
    expect(facet.values.find((v) => v.value === 'person')!.units).toEqual(['recital-j', 'recital-l', 'recital-m', 'paragraph-4', 'paragraph-5', 'paragraph-10']);
  });
});

describe('remark-link-names on the resolution', () => {
  const render = (reg = registry) => {
    const markdown = readText('content/resolution/b8-0205-2019.md').replace(/^---\n[\s\S]*?\n---\n/, '');
    return String(
      unified()
        .use(remarkParse)
        .use(remarkResolutionUnits, { base: '/sub/' })
        .use(remarkLinkNames, { registry: reg, base: '/sub/' })
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(markdown),
    );
  };
  const $ = cheerio.load(render());

  it('changes no character of any unit', () => {
    for (const unit of units) {
      const text = $(`#${unit.id} .unit-text`).clone();
      text.find('.unit-label').remove();
      expect(text.text().trim()).toBe(unit.text);
    }
  });

  it('links every outermost mention to its entity page, under the base path', () => {
    const match = registryMatcher(registry);
    for (const unit of units) {
      const links = $(`#${unit.id} .unit-text a:not(.unit-label)`);
      const mentions = match(unit.text);
      expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(mentions.map((m) => `/sub/names/${m.slug}/`));
      expect(links.map((_, a) => $(a).text()).get()).toEqual(mentions.map((m) => m.form));
    }
  });

  it('expands abbreviations inside the links and adds no text', () => {
    const abbr = $('#citation-2 abbr');
    expect(abbr.attr('title')).toBe('Enhanced Partnership and Cooperation Agreement');
    expect(abbr.text()).toBe('EPCA');
    expect($('#paragraph-10 abbr').map((_, a) => `${$(a).text()}=${$(a).attr('title')}`).get()).toEqual([
      'OSCE=Organisation for Security and Cooperation in Europe',
      'ODIHR=Office for Democratic Institutions and Human Rights',
    ]);
  });

  it('warns about a registry entry the text never mentions', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render([...registry, { slug: 'nobody', kind: 'person', name: 'Nobody', text: ['Nobody Atall'], spellings: [] }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"nobody"'));
    warn.mockRestore();
  });
});
