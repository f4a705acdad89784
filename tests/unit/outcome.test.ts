/**
 * What the site says a document is and what became of it (src/lib/record/outcome.ts), for every
 * outcome the record can hold, on small hand-written records. Expected sentences written by hand.
 */
import { describe, expect, it } from 'vitest';
import { documentSummary, outcomeEvent, outcomeInBrief, outcomeSegments, outcomeSentence, tablersText } from '../../src/lib/record/outcome.ts';
import { documentRecord, parseRecord, type RecordFile } from '../../src/lib/record/schema.ts';

/** A small record of a 10th-term motion; `outcome` is YAML lines indented by two spaces. */
const recordYaml = (outcome: string) => `checked: 2026-01-10
sources:
  document: { title: page, url: 'https://example.test/B-10-2025-0123' }
  pdf: { title: pdf, url: 'https://example.test/B-10-2025-0123.pdf' }
  adopted: { title: adopted, url: 'https://example.test/TA-10-2025-0099' }
  joint: { title: joint, url: 'https://example.test/RC-10-2025-0120' }
type: { value: Motion for a resolution, source: document }
title: { value: Motion for a resolution on a test, source: document }
tabled: { date: 2025-05-06, written: 6 May 2025, source: document }
tabledBy:
  members: [{ given: Ada, family: Lovelace }]
  onBehalfOf: Test Group
  source: document
outcome:
${outcome}
`;
const TEXT = { reference: 'B10-0123/2025', heading: 'European Parliament resolution on a test', procedure: '2025/0001(RSP)', language: 'en' };
const withOutcome = (outcome: string) => documentRecord(parseRecord(recordYaml(outcome), 'fixture.yaml'), TEXT);

const replaced = `  status: replaced
  jointMotion:
    reference: RC-B10-0120/2025
    note: See also joint motion
    source: document
    page: joint
    tabledBy: { groups: [A, B], source: joint }
    replaced:
      motions: [{ reference: B10-0122/2025, group: A }, { reference: B10-0123/2025, group: Test }]
      source: joint
  adoptedText: { reference: P10_TA(2025)0099, title: Resolution on a test, date: 2025-05-08, written: 8 May 2025, source: adopted }`;

describe('the outcome, one sentence for each status', () => {
  it.each([
    [`  status: adopted\n  adoptedText: { reference: P10_TA(2025)0099, title: Resolution on a test, date: 2025-05-08, written: 8 May 2025, source: adopted }`, 'adopted', 'Adopted by Parliament on 8 May 2025 as P10_TA(2025)0099.'],
    [replaced, 'not adopted', 'Not adopted as such: Parliament adopted the joint motion for a resolution RC-B10-0120/2025 on 8 May 2025 (P10_TA(2025)0099).'],
    ['  status: rejected\n  date: 2025-05-08\n  written: 8 May 2025\n  source: document', 'not adopted', 'Not adopted: Parliament rejected the motion on 8 May 2025.'],
    ['  status: withdrawn\n  date: 2025-05-07\n  written: 7 May 2025\n  source: document', 'not adopted', 'Not adopted: its authors withdrew the motion on 7 May 2025.'],
    ['  status: fell\n  date: 2025-05-08\n  written: 8 May 2025\n  reason: the debate was not held\n  source: document', 'not adopted', 'Not adopted: the motion fell on 8 May 2025 (the debate was not held).'],
    ['  status: pending', 'not yet voted on', 'Not yet voted on.'],
  ])('%#: %s', (outcome, brief, sentence) => {
    const record = withOutcome(outcome);
    expect(outcomeInBrief(record.outcome)).toBe(brief);
    expect(outcomeSentence(record)).toBe(sentence);
  });

  it('links the official pages of the joint motion and the adopted text', () => {
    expect(outcomeSegments(withOutcome(replaced))).toEqual([
      'not adopted as such: Parliament adopted the joint motion for a resolution ',
      { text: 'RC-B10-0120/2025', href: 'https://example.test/RC-10-2025-0120' },
      ' on 8 May 2025 (',
      { text: 'P10_TA(2025)0099', href: 'https://example.test/TA-10-2025-0099' },
      ')',
    ]);
  });

  it('says what the document is and what became of it in one sentence that stands alone', () => {
    expect(documentSummary(withOutcome('  status: rejected\n  date: 2025-05-08\n  written: 8 May 2025\n  source: document'))).toBe(
      'B10-0123/2025, a motion for a resolution tabled on 6 May 2025 by one member on behalf of the Test Group; not adopted: Parliament rejected the motion on 8 May 2025.',
    );
    expect(tablersText(withOutcome('  status: pending'))).toBe('one member on behalf of the Test Group');
  });

  it('puts the outcome on the timeline on its own date, and nothing while it is pending', () => {
    expect(outcomeEvent(withOutcome(replaced))).toEqual({
      date: '2025-05-08',
      written: '8 May 2025',
      what: 'B10-0123/2025, not adopted as such: Parliament adopted the joint motion for a resolution RC-B10-0120/2025 on 8 May 2025 (P10_TA(2025)0099).',
    });
    expect(outcomeEvent(withOutcome('  status: pending'))).toBeUndefined();
  });
});

describe('the outcome in the record file', () => {
  it('is exactly one status: an unknown one stops with its line', () => {
    expect(() => withOutcome('  status: shelved')).toThrow(/fixture\.yaml:15:\d+: outcome\.status: Invalid discriminator value/);
  });

  it('carries what its status needs: a rejection without its date stops', () => {
    expect(() => withOutcome('  status: rejected\n  source: document')).toThrow(/outcome\.date/);
  });

  it('stops on a written date that is not its ISO date, inside the outcome', () => {
    expect(() => withOutcome('  status: withdrawn\n  date: 2025-05-07\n  written: 8 May 2025\n  source: document')).toThrow(
      /fixture\.yaml:\d+:\d+: outcome\.written: "8 May 2025" is not 2025-05-07\.\n {2}Fix: write "7 May 2025"/,
    );
  });

  it('stops on a joint motion whose page is not a source', () => {
    expect(() => withOutcome(replaced.replace('page: joint', 'page: jointPage'))).toThrow(/outcome\.jointMotion\.page: "jointPage" is not a key of `sources`/);
  });

  it('types the outcome as a union: a replaced outcome has its joint motion', () => {
    const outcome: RecordFile['outcome'] = withOutcome(replaced).outcome;
    expect(outcome.status === 'replaced' && outcome.jointMotion.replaced.motions.map((m) => m.group)).toEqual(['A', 'Test']);
  });
});
