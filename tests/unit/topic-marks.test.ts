/** The passage about a topic: topicSpans on hand-written text, and the marks of content/topics.yaml on the real units. */
import { describe, expect, it } from 'vitest';
import { clausesWithMarks, excerptOf } from '../../src/lib/editorial/names.ts';
import { passageSpans, topicSpans } from '../../src/lib/editorial/topics.ts';
import { EditorialDataError } from '../../src/lib/editorial/yaml.ts';
import { siteContent, units } from '../support/content.ts';

const { topics } = siteContent;
const unit = (id: string) => units.find((u) => u.id === id)!;
const topic = (slug: string) => topics.find((t) => t.slug === slug)!;
const marked = (text: string, marks: string[]) => topicSpans(text, marks).map((s) => text.slice(s.start, s.end));

describe('topicSpans', () => {
  it('finds marks in any case at the start of a word, a final * letting the word run on', () => {
    expect(marked('Torture, tortures and the torturer; not distortion', ['tortur*'])).toEqual(['Torture', 'tortures', 'torturer']);
    expect(marked('the Rule of Law and the rule of lawyers', ['rule of law'])).toEqual(['Rule of Law']);
    expect(marked('trade unions and Union leaders, not the European Union', ['trade union*', 'Union leaders'])).toEqual(['trade unions', 'Union leaders']);
  });

  it('prefers the longest mark where two start at the same word', () => {
    expect(marked('political prisoners and prison terms', ['prison*', 'political prisoners'])).toEqual(['political prisoners', 'prison']);
  });

  it('falls back to a shorter mark where a longer one does not end a word, and counts every script\'s letters as letters', () => {
    expect(marked('human rights defenders, human rightsdefenders', ['human rights defender', 'human rights'])).toEqual(['human rights']);
    expect(marked('ÉLECTIONS, élections, Выборы выборы; 𝐀elections', ['élection*', 'выборы'])).toEqual(['ÉLECTIONS', 'élections', 'Выборы', 'выборы']);
    expect(marked('2018-2019 and 20189', ['2018'])).toEqual(['2018']);
    expect(marked('', ['tortur*'])).toEqual([]);
  });
});

describe('the marks of content/topics.yaml', () => {
  it('find a passage in every unit each topic is tagged with', () => {
    const missing = topics.flatMap((t) => t.units.filter((id) => topicSpans(unit(id).text, t.marks ?? []).length === 0).map((id) => `${t.slug} ${id}`));
    expect(missing).toEqual([]);
  });

  it('quote the clause about torture, not the opening words, in recital L', () => {
    const clauses = clausesWithMarks(unit('recital-l').text, passageSpans(topic('torture'), unit('recital-l')));
    expect(clauses.map((segments) => segments.filter((s) => s.mark).map((s) => s.text))).toEqual([['torture']]);
    expect(clauses[0].map((s) => s.text).join('')).toBe(unit('recital-l').text);
  });

  it('quote only the clauses of recital Q about trade unions', () => {
    const clauses = clausesWithMarks(unit('recital-q').text, passageSpans(topic('trade-unions'), unit('recital-q')));
    expect(clauses.map((segments) => segments.map((s) => s.text).join(''))).toEqual([
      'whereas activists and journalists receive prison terms for civil and trade union activities, for public criticism of the authorities, for participating in peaceful rallies, for publishing and sharing posts on social networks, and for conducting journalistic investigations;',
    ]);
  });

  it('stop the build, naming the topic, the unit and the fix, when a tagged unit holds no mark', () => {
    const call = () => passageSpans({ ...topic('torture'), marks: ['beating'] }, unit('paragraph-8'));
    expect(call).toThrow(EditorialDataError);
    expect(call).toThrow(/content\/topics\.yaml is invalid[\s\S]*torture\.marks: none of "beating" is in paragraph-8[\s\S]*Fix: add to marks/);
  });
});

describe('excerptOf', () => {
  it('keeps a short clause whole and cuts a long one at spaces, a third of it before its first mark', () => {
    const short = [{ text: 'discussing ', mark: false }, { text: 'torture', mark: true }, { text: ' in Kazakhstan', mark: false }];
    expect(excerptOf(short, 80)).toEqual(short);
    const text = unit('recital-l').text;
    const cut = excerptOf(clausesWithMarks(text, passageSpans(topic('torture'), unit('recital-l')))[0], 90);
    expect(cut.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')).toBe('… in Strasbourg and discussing [torture] in Kazakhstan, and her future meetings with MEPs were …');
  });
});
