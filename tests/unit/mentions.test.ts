import { describe, expect, it } from 'vitest';
import { createMatcher, type MatchableEntity } from '../../src/lib/editorial/mentions.ts';

const entities: MatchableEntity[] = [
  { slug: 'bokayev', text: ['Maks Bokayev'] },
  { slug: 'un', text: ['UN'] },
  { slug: 'wgad', text: ['UN Working Group on Arbitrary Detention'], includes: ['un'] },
  { slug: 'osce', text: ['OSCE'] },
  { slug: 'odihr', text: ['ODIHR'] },
  { slug: 'eu', text: ['EU'] },
  { slug: 'kazakhstan', text: ['Kazakhstan', 'Kazakh'] },
  { slug: 'commission', text: ['Commission'] },
  { slug: 'council', text: ['Council'] },
  { slug: 'security-council', text: ['Security Council'] },
  { slug: 'zhanaozen', text: ['Zhanaozen'] },
  { slug: 'events', text: ['2011 Zhanaozen events'], includes: ['zhanaozen'] },
  { slug: 'alga', text: ['Alga!'] },
  { slug: 'plan', text: ['“Towards a society without torture” Action Plan'] },
];
const match = createMatcher(entities);
const found = (text: string) => match(text).map((m) => [m.slug, text.slice(m.start, m.end)]);

describe('createMatcher', () => {
  it('finds a multi-word name as the text writes it', () => {
    expect(found('whereas activist Maks Bokayev is serving')).toEqual([['bokayev', 'Maks Bokayev']]);
  });

  it('prefers the longest form and never overlaps', () => {
    expect(found('the UN Working Group on Arbitrary Detention recognised')).toEqual([['wgad', 'UN Working Group on Arbitrary Detention']]);
    expect(found('the Security Council and the Council')).toEqual([
      ['security-council', 'Security Council'],
      ['council', 'Council'],
    ]);
  });

  it('treats a slash or a hyphen as a word boundary', () => {
    expect(found('the OSCE/ODIHR recommendations')).toEqual([
      ['osce', 'OSCE'],
      ['odihr', 'ODIHR'],
    ]);
    expect(found('the EU-Kazakhstan cooperation')).toEqual([
      ['eu', 'EU'],
      ['kazakhstan', 'Kazakhstan'],
    ]);
  });

  it('matches whole words only and respects case', () => {
    expect(found('Kazakhstani police')).toEqual([]);
    expect(found('the Kazakh authorities')).toEqual([['kazakhstan', 'Kazakh']]);
    expect(found('a commission of inquiry; UNESCO; the Commission’s')).toEqual([['commission', 'Commission']]);
    expect(found('the Kazakhstan’s government')).toEqual([['kazakhstan', 'Kazakhstan']]);
  });

  it('handles forms that begin or end with punctuation', () => {
    expect(found('the Alga! opposition party')).toEqual([['alga', 'Alga!']]);
    expect(found('the recent “Towards a society without torture” Action Plan;')).toEqual([
      ['plan', '“Towards a society without torture” Action Plan'],
    ]);
  });

  it('finds declared names inside a mention, and only those', () => {
    const [event] = match('into the 2011 Zhanaozen events; regrets');
    expect(event?.slug).toBe('events');
    expect(event?.nested.map((m) => m.slug)).toEqual(['zhanaozen']);
    const text = 'into the 2011 Zhanaozen events';
    expect(text.slice(event.nested[0].start, event.nested[0].end)).toBe('Zhanaozen');
    const [council] = match('the Security Council able');
    expect(council?.nested).toEqual([]);
  });

  it('gives offsets that slice the text back into the form', () => {
    const text = 'UN, OSCE and EU recommendations; Maks Bokayev and Kazakhstan';
    // Offsets and forms written by hand: the slices must give the forms back, in text order.
    expect(match(text).map((m) => [m.start, m.end, m.form])).toEqual([
      [0, 2, 'UN'],
      [4, 8, 'OSCE'],
      [13, 15, 'EU'],
      [33, 45, 'Maks Bokayev'],
      [50, 60, 'Kazakhstan'],
    ]);
    expect(match(text).map((m) => text.slice(m.start, m.end))).toEqual(['UN', 'OSCE', 'EU', 'Maks Bokayev', 'Kazakhstan']);
  });
});
