import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { NAME_KINDS, clausesWithMarks, indexMentions, unmentioned } from '../../src/lib/editorial/names.ts';
import { realContent } from '../fixtures/malformed-cases.ts';
import { siteContent, units } from '../support/content.ts';
import { renderResolution } from '../support/markdown.ts';
import { phraseSpans, readNotNames, uncovered } from '../support/names-candidates.ts';
import { registryRejection } from '../support/rejection.ts';

const { registry } = siteContent;
const unit = (id: string) => units.find((u) => u.id === id)!;

describe('the registry of names (content/names.yaml)', () => {
  it('is valid and covers every kind', () => {
    expect(registry.length).toBeGreaterThan(40);
    expect(new Set(registry.map((e) => e.kind))).toEqual(new Set(NAME_KINDS));
  });

  it('has no entry that the text never mentions', () => {
    expect(unmentioned(registry, units).map((e) => e.slug)).toEqual([]);
  });

  it('leaves no capitalised word or acronym of the text unexplained', () => {
    const notNames = [...readNotNames().keys()];
    const missing = units.flatMap((unit) => {
      const spans = [...unit.mentions, ...phraseSpans(unit.text, notNames)];
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
  const bad = registryRejection;

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

describe('quotations', () => {
  it('quotes clauses with the text’s own characters', () => {
    const recitalJ = unit('recital-j');
    const mentions = indexMentions(registry, units).get('maks-bokayev')!.find((m) => m.unitId === 'recital-j')!.mentions;
    const clauses = clausesWithMarks(recitalJ.text, mentions);
    expect(clauses.map((clause) => clause.map((s) => (s.mark ? `[${s.text}]` : s.text)).join(''))).toEqual([
      'whereas activist [Maks Bokayev] is serving prison term in this regard;',
      'whereas the UN Working Group on Arbitrary Detention recognised as arbitrary deprivation of liberty of [Maks Bokayev] and Iskander Yerimbetov sentenced to seven years in October 2018;',
    ]);
  });

  it('finds no mention of an entry the text lacks', () => {
    const nobody = { slug: 'nobody', kind: 'person' as const, name: 'Nobody', text: ['Nobody Atall'], spellings: [] };
    expect(unmentioned([...registry, nobody], units).map((e) => e.slug)).toEqual(['nobody']);
  });
});

describe('remark-link-names on the resolution', () => {
  const fragment = (html: string) => fromHtml(html, { fragment: true });

  it('changes no character of any unit', () => {
    for (const u of units) expect(toString(fragment(u.html)), u.id).toBe(u.text);
  });

  it('links the first outermost mention of each entity in a unit to its page, under the base path', async () => {
    const { fragments = {} } = await renderResolution(realContent(), { base: '/sub/' });
    const links = (id: string) => selectAll('a', fragment(fragments[id] ?? '')).map((a) => `${toString(a)} → ${String(a.properties['href'])}`);
    expect(links('recital-j')).toEqual([
      'protests against the land reform in 2016 → /sub/names/land-reform-protests-2016/',
      'Maks Bokayev → /sub/names/maks-bokayev/',
      'UN Working Group on Arbitrary Detention → /sub/names/un-working-group-on-arbitrary-detention/',
      'Iskander Yerimbetov → /sub/names/iskander-yerimbetov/',
      'Mukhtar Dzhakishev → /sub/names/mukhtar-dzhakishev/',
    ]);
    expect(links('citation-6')).toEqual([
      'EU-Kazakhstan 10th Human Rights Dialogue → /sub/names/eu-kazakhstan-human-rights-dialogue/',
      'EU-Kazakhstan Cooperation Committee → /sub/names/eu-kazakhstan-cooperation-committee/',
      'EU-Kazakhstan Parliamentary Cooperation Committee → /sub/names/eu-kazakhstan-parliamentary-cooperation-committee/',
    ]);
  });

  it('expands abbreviations inside the links and adds no text', () => {
    const abbrs = (id: string) => selectAll('abbr', fragment(unit(id).html)).map((a) => `${toString(a)}=${String(a.properties['title'])}`);
    expect(abbrs('citation-2')).toEqual(['EPCA=Enhanced Partnership and Cooperation Agreement']);
    expect(abbrs('paragraph-10')).toEqual([
      'OSCE=Organisation for Security and Cooperation in Europe',
      'ODIHR=Office for Democratic Institutions and Human Rights',
    ]);
  });
});
