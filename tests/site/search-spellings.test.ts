/**
 * Every registered spelling of every entity (content/names.yaml: the text's forms and the
 * spellings readers type) lists every unit that mentions the entity, through the search page
 * in Chromium on the real index. The units each entity is mentioned in are written here by
 * hand, from reading the text (content/resolution/b8-0205-2019.md) — never from the build's
 * mention index. A unit mentions an entity when it writes one of its forms, or a name that
 * includes it ("EU Delegation to Kazakhstan" mentions the EU). Other units may be listed too
 * (a spelling is also an ordinary word: "Government"); none of these may be missing. The
 * entity's own page is among the names the search offers, and no spelling is said to be absent.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { resultsFor } from './search-support.ts';

const MENTIONED_IN: Record<string, string[]> = {
  'maks-bokayev': ['recital-j', 'paragraph-4'],
  'iskander-yerimbetov': ['recital-j', 'paragraph-4'],
  'mukhtar-dzhakishev': ['recital-j', 'paragraph-4'],
  'elena-semenova': ['recital-l', 'paragraph-5'],
  'vladimir-kozlov': ['paragraph-4'],
  'nursultan-nazarbayev': ['paragraph-10'],
  'kenzhebek-abishev': ['recital-m'],
  'oralbek-omirov': ['recital-m'],
  'almat-zhumaghulov': ['recital-m'],
  'vincent-prado': ['paragraph-4'],
  'lyudmyla-voloshyna': ['paragraph-5'],
  'valeriy-yavtushenko': ['paragraph-5'],
  'malik-kenzhaliev': ['paragraph-5'],
  'nur-otan': ['recital-h'],
  'democratic-choice-of-kazakhstan': ['recital-m'],
  alga: ['paragraph-4'],
  // "OSCE" in I, 9 and 10 ("OSCE/ODIHR"); spelled out in 12.
  osce: ['recital-i', 'paragraph-9', 'paragraph-10', 'paragraph-12'],
  odihr: ['paragraph-10'],
  'united-nations': ['recital-i', 'recital-j', 'paragraph-9'],
  'un-working-group-on-arbitrary-detention': ['recital-j'],
  'reporters-without-borders': ['recital-g'],
  // "EU" alone or in a name, "European Union" in A.
  'european-union': ['citation-3', 'citation-5', 'citation-6', 'recital-a', 'recital-b', 'recital-e', 'recital-f', 'recital-i', 'paragraph-1', 'paragraph-3', 'paragraph-8', 'paragraph-9'],
  // "MEPs" in L; "European Parliament delegation" and "Members of European Parliament" in O.
  'european-parliament': ['recital-l', 'recital-o'],
  'european-commission': ['recital-e', 'paragraph-1', 'paragraph-8', 'paragraph-12'],
  'council-of-the-eu': ['citation-3', 'citation-4', 'paragraph-12'],
  'hr-vp': ['recital-e', 'paragraph-12'],
  'afet-delegation': ['citation-7', 'paragraph-5'],
  'eu-delegation-to-kazakhstan': ['paragraph-8'],
  'eu-kazakhstan-cooperation-committee': ['citation-6'],
  'eu-kazakhstan-parliamentary-cooperation-committee': ['citation-6'],
  'security-council-of-kazakhstan': ['paragraph-10'],
  'government-of-kazakhstan': ['recital-c', 'paragraph-1', 'paragraph-12'],
  'parliament-of-kazakhstan': ['paragraph-12'],
  'world-bank': ['recital-c'],
  'asia-europe-meeting': ['paragraph-3'],
  kazakhstan: [
    'citation-1', 'recital-a', 'recital-b', 'recital-c', 'recital-d', 'recital-f', 'recital-g', 'recital-i', 'recital-k', 'recital-l', 'recital-m', 'recital-n', 'recital-o', 'recital-p',
    'paragraph-1', 'paragraph-2', 'paragraph-3', 'paragraph-5', 'paragraph-7', 'paragraph-8', 'paragraph-9', 'paragraph-10', 'paragraph-11',
  ],
  zhanaozen: ['recital-f', 'paragraph-4'],
  strasbourg: ['recital-l'],
  'central-asia': ['citation-3', 'citation-5', 'recital-d', 'recital-e', 'paragraph-3'],
  epca: ['citation-2', 'recital-a', 'paragraph-1', 'paragraph-2'],
  'universal-declaration-of-human-rights': ['citation-8'],
  iccpr: ['citation-9', 'recital-p'],
  'criminal-code-of-kazakhstan': ['recital-i'],
  'towards-a-society-without-torture': ['paragraph-8'],
  'eu-strategy-for-central-asia': ['citation-3', 'recital-e', 'paragraph-3'],
  'connecting-europe-and-asia': ['citation-4'],
  eidhr: ['paragraph-8'],
  'enhancing-criminal-justice-in-kazakhstan': ['paragraph-8'],
  'hundred-concrete-steps': ['paragraph-11'],
  'five-social-initiatives': ['paragraph-11'],
  'rules-of-procedure': ['citation-10'],
  'ease-of-doing-business-index': ['recital-c'],
  'press-freedom-index': ['recital-g'],
  'zhanaozen-events-2011': ['recital-f', 'paragraph-4'],
  'land-reform-protests-2016': ['recital-j'],
  'detentions-2018-05-10': ['recital-o'],
  'commemoration-2018-12-16': ['paragraph-4'],
  'mass-detentions-2019-02-27': ['recital-h', 'paragraph-5'],
  'eu-kazakhstan-human-rights-dialogue': ['citation-6'],
  'eu-central-asia-foreign-ministers-meeting': ['citation-5'],
  'constitutional-reform-2017': ['paragraph-10'],
  'presidential-elections-2020': ['paragraph-10'],
};

/** The registry's spellings per entity (its name, its forms in the text, the others): the input of the test, read from the file readers edit. */
const registry = parse(readFileSync('content/names.yaml', 'utf8')) as Record<string, { name: string; text: string[]; spellings?: string[] }>;
const cases = Object.entries(registry).flatMap(([slug, entry]) => [...new Set([entry.name, ...entry.text, ...(entry.spellings ?? [])])].map((spelling) => [slug, spelling] as const));

const chromium = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await chromium.open('search/');
});

describe('every registered spelling of every entity lists every unit that mentions the entity', () => {
  it('has a hand-written expectation for every entity of the registry, and the other way round', () => {
    expect(Object.keys(registry).sort()).toEqual(Object.keys(MENTIONED_IN).sort());
    expect(cases.length).toBeGreaterThan(250);
  });

  it('through the search page', async () => {
    const missed: string[] = [];
    for (const [slug, spelling] of cases) {
      const shown = await resultsFor(page, spelling);
      const lost = (MENTIONED_IN[slug] ?? []).filter((id) => !shown.units.includes(id));
      const entityPage = `${inject('basePath')}names/${slug}/`;
      if (lost.length > 0 || /does not (mention|use the form)/.test(shown.status + shown.note) || !shown.names.includes(entityPage)) {
        missed.push(`${spelling} (${slug}): lacks ${lost.join(', ') || '—'}; names ${shown.names.join(', ') || '—'}; ${shown.status}`);
      }
    }
    expect(missed).toEqual([]);
  }, 240_000);
});
