/**
 * What the document is and what became of it, in the words the site uses everywhere: the status
 * line, /about/, the timeline, the citations, the downloads, the share cards and the head of `/`.
 * Written here once, from the record's type and outcome, so that another document gets the right
 * words and no page can let a motion pass for the text Parliament adopted. Pure.
 */
import { DOCUMENT_TYPES, type DocumentRecord, type Outcome } from './schema.ts';

/** A piece of a sentence: words, or words that link to an official page. */
export type Segment = string | { text: string; href: string };

/** "motion": what the site calls the document ("the motion", "this motion"). */
export function documentNoun(record: DocumentRecord): string {
  return DOCUMENT_TYPES[record.type.value].noun;
}

/** "not adopted", "adopted" or "not yet voted on": the outcome in brief, for titles and descriptions. */
export function outcomeInBrief(outcome: Outcome): string {
  switch (outcome.status) {
    case 'adopted':
      return 'adopted';
    case 'pending':
      return 'not yet voted on';
    default:
      return 'not adopted';
  }
}

/** The text Parliament adopted, when it adopted one (this document, or the joint motion that replaced it). */
export function adoptedText(outcome: Outcome) {
  return outcome.status === 'adopted' || outcome.status === 'replaced' ? outcome.adoptedText : undefined;
}

/**
 * The outcome as a clause, with the official pages linked: "not adopted as such: Parliament
 * adopted the joint motion for a resolution RC-B8-0204/2019 on 14 March 2019 (P8_TA(2019)0203)".
 */
export function outcomeSegments(record: DocumentRecord): Segment[] {
  const { outcome, sources } = record;
  const noun = documentNoun(record);
  switch (outcome.status) {
    case 'adopted': {
      const { adoptedText: adopted } = outcome;
      return [`adopted by Parliament on ${adopted.written} as `, { text: adopted.reference, href: sources[adopted.source].url }];
    }
    case 'replaced': {
      const { jointMotion, adoptedText: adopted } = outcome;
      return [
        'not adopted as such: Parliament adopted the joint motion for a resolution ',
        { text: jointMotion.reference, href: sources[jointMotion.page].url },
        ` on ${adopted.written} (`,
        { text: adopted.reference, href: sources[adopted.source].url },
        ')',
      ];
    }
    case 'rejected':
      return [`not adopted: Parliament rejected the ${noun} on ${outcome.written}`];
    case 'withdrawn':
      return [`not adopted: its authors withdrew the ${noun} on ${outcome.written}`];
    case 'fell':
      return [`not adopted: the ${noun} fell on ${outcome.written} (${outcome.reason})`];
    case 'pending':
      return ['not yet voted on'];
  }
}

const plain = (segments: readonly Segment[]) => segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The outcome clause in plain text (see `outcomeSegments`). */
export function outcomeText(record: DocumentRecord): string {
  return plain(outcomeSegments(record));
}

/** The outcome as a sentence: "Not adopted as such: Parliament adopted … (P8_TA(2019)0203)." */
export function outcomeSentence(record: DocumentRecord): string {
  return `${capitalised(outcomeText(record))}.`;
}

/** The outcome on the timeline: its date and what happened, or nothing while it is pending. */
export function outcomeEvent(record: DocumentRecord): { date: string; written: string; what: string } | undefined {
  const { outcome } = record;
  if (outcome.status === 'pending') return undefined;
  const dated = outcome.status === 'adopted' || outcome.status === 'replaced' ? outcome.adoptedText : outcome;
  return { date: dated.date, written: dated.written, what: `${record.text.reference}, ${outcomeSentence(record).replace(/^./, (c) => c.toLowerCase())}` };
}

const COUNTS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "six", "13": a count in words up to twelve. */
export const countInWords = (count: number) => COUNTS[count] ?? String(count);

/** "six members on behalf of the ECR Group" */
export function tablersText(record: DocumentRecord): string {
  const count = record.tabledBy.members.length;
  return `${countInWords(count)} ${count === 1 ? 'member' : 'members'} on behalf of the ${record.tabledBy.onBehalfOf}`;
}

/** "Motion for a resolution tabled on 12 March 2019 by six members on behalf of the ECR Group" */
export function tabledText(record: DocumentRecord): string {
  return `${record.type.value} tabled on ${record.tabled.written} by ${tablersText(record)}`;
}

/**
 * What the document is and what became of it, in one sentence that survives being quoted alone
 * (a link preview, a search snippet): "B8-0205/2019, a motion for a resolution tabled on
 * 12 March 2019 by six members on behalf of the ECR Group; not adopted as such: Parliament …".
 */
export function documentSummary(record: DocumentRecord): string {
  return `${record.text.reference}, a ${tabledText(record).replace(/^./, (c) => c.toLowerCase())}; ${outcomeText(record)}.`;
}

/** The other motions merged with this one into the joint motion that replaced it, with their groups (none for other outcomes). */
export function mergedMotions(record: DocumentRecord): { reference: string; group: string; self: boolean }[] {
  if (record.outcome.status !== 'replaced') return [];
  return record.outcome.jointMotion.replaced.motions.map((motion) => ({ ...motion, self: motion.reference === record.text.reference }));
}
