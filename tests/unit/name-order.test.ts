/** How /names/ files entities within a kind (inNameOrder), and what content/names.yaml's sortAs may say. */
import { describe, expect, it } from 'vitest';
import { inNameOrder, parseNameRegistry, surnameOf } from '../../src/lib/editorial/names.ts';
import { registryRejection } from '../support/rejection.ts';

const entry = (slug: string, kind: string, name: string, sortAs?: string) =>
  `${slug}:\n  kind: ${kind}\n  name: ${name}\n  text: [${name}]${sortAs ? `\n  sortAs: "${sortAs}"` : ''}`;

const names = (yaml: string[]) => inNameOrder(parseNameRegistry(yaml.join('\n'), 'content/names.yaml')).map((e) => e.name);

describe('inNameOrder', () => {
  it('files people by surname, showing the name as written', () => {
    const order = names([
      entry('almat-zhumaghulov', 'person', 'Almat Zhumaghulov'),
      entry('elena-semenova', 'person', 'Elena Semenova'),
      entry('vincent-van-gogh', 'person', 'Vincent van Gogh', 'van Gogh'),
      entry('maks-bokayev', 'person', 'Maks Bokayev'),
      entry('iskander-yerimbetov', 'person', 'Iskander Yerimbetov'),
      entry('kenzhebek-abishev', 'person', 'Kenzhebek Abishev'),
    ]);
    expect(order).toEqual(['Kenzhebek Abishev', 'Maks Bokayev', 'Elena Semenova', 'Vincent van Gogh', 'Iskander Yerimbetov', 'Almat Zhumaghulov']);
  });

  it('files events by the date the text gives, undated ones last, and other kinds by name without quotation marks', () => {
    expect(
      names([
        entry('next-elections', 'event', 'Next presidential elections', '2020'),
        entry('dialogue', 'event', 'EU-Kazakhstan Human Rights Dialogue'),
        entry('detentions', 'event', 'Detentions of 10 May 2018', '2018-05-10'),
        entry('zhanaozen-2011', 'event', '2011 Zhanaozen events', '2011'),
        entry('reform', 'event', 'Constitutional reform of March 2017', '2017-03'),
      ]),
    ).toEqual(['2011 Zhanaozen events', 'Constitutional reform of March 2017', 'Detentions of 10 May 2018', 'Next presidential elections', 'EU-Kazakhstan Human Rights Dialogue']);
    expect(
      names([
        entry('udhr', 'instrument', 'Universal Declaration of Human Rights'),
        entry('steps', 'instrument', '“100 Concrete Steps”'),
        entry('criminal-code', 'instrument', 'Criminal Code of Kazakhstan'),
        entry('connecting', 'instrument', '“Connecting Europe and Asia – Building blocks for an EU Strategy”'),
      ]),
    ).toEqual(['“100 Concrete Steps”', '“Connecting Europe and Asia – Building blocks for an EU Strategy”', 'Criminal Code of Kazakhstan', 'Universal Declaration of Human Rights']);
  });

  it('keeps the kinds apart, in the order of the page', () => {
    expect(names([entry('strasbourg', 'place', 'Strasbourg'), entry('maks-bokayev', 'person', 'Maks Bokayev'), entry('alga', 'organisation', 'Alga!')])).toEqual([
      'Maks Bokayev',
      'Alga!',
      'Strasbourg',
    ]);
  });

  it('takes the last word as the surname unless sortAs says otherwise', () => {
    expect(surnameOf({ name: 'Mukhtar Dzhakishev' })).toBe('Dzhakishev');
    expect(surnameOf({ name: 'Vincent van Gogh', sortAs: 'van Gogh' })).toBe('van Gogh');
  });
});

describe('sortAs validation', () => {
  const bad = registryRejection;

  it('takes for a person only words of the name, and not its last word alone', () => {
    expect(bad(entry('maks-bokayev', 'person', 'Maks Bokayev', 'Bokaev'))).toMatch(/:5:\d+: maks-bokayev\.sortAs: "Bokaev" is not part of the name "Maks Bokayev"\.\n {2}Fix: /);
    expect(bad(entry('maks-bokayev', 'person', 'Maks Bokayev', 'Bokayev'))).toMatch(/maks-bokayev\.sortAs: "Bokayev" is the last word of the name.*\n {2}Fix: delete sortAs/);
  });

  it('takes for an event only a date, and for other kinds nothing', () => {
    expect(bad(entry('reform', 'event', 'Constitutional reform of March 2017', 'March 2017'))).toMatch(/reform\.sortAs: "March 2017" is not a date.*\n {2}Fix: write the date the text gives as YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(bad(entry('reform', 'event', 'Constitutional reform of March 2017', '2017-13'))).toMatch(/is not a date/);
    expect(bad(entry('alga', 'organisation', 'Alga!', 'Alga'))).toMatch(/alga\.sortAs: entries of kind "organisation" sort by their name/);
  });
});
