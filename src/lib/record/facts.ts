/**
 * The record as rows for a reader: what, the value as the site prints it, and its source.
 * Pure; /about/ renders them. Optional facts the record lacks give no row.
 */
import { outcomeText } from './outcome.ts';
import type { DocumentRecord } from './schema.ts';

export interface RecordFact {
  label: string;
  value: string;
  /** A key of the record's `sources`. */
  source: string;
}

export function recordFacts(record: DocumentRecord): RecordFact[] {
  const { tabledBy, purpose, language, debate, vote, outcome } = record;
  const facts: (RecordFact | false | undefined)[] = [
    { label: 'Type', value: record.type.value, source: record.type.source },
    { label: 'Title', value: record.title.value, source: record.title.source },
    { label: 'Tabled', value: record.tabled.written, source: record.tabled.source },
    { label: 'Tabled by', value: `${tabledBy.members.map((m) => `${m.given} ${m.family}`).join(', ')}, on behalf of the ${tabledBy.onBehalfOf}`, source: tabledBy.source },
    purpose && { label: 'Purpose', value: purpose.value, source: purpose.source },
    language && { label: 'Language', value: language.value, source: language.source },
    debate && { label: 'Debate', value: `${debate.written}, ${debate.place} (minutes ${debate.minutes}; verbatim report ${debate.verbatimReport})`, source: debate.source },
    vote && { label: 'Vote', value: `${vote.written} (minutes ${vote.minutes})`, source: vote.source },
  ];
  switch (outcome.status) {
    case 'replaced': {
      const { jointMotion, adoptedText } = outcome;
      facts.push(
        { label: 'Replaced by', value: `joint motion for a resolution ${jointMotion.reference} (“${jointMotion.note}”)`, source: jointMotion.source },
        {
          label: 'Motions merged into it',
          value: jointMotion.replaced.motions.map((m) => `${m.reference} (${m.group})`).join(', '),
          source: jointMotion.replaced.source,
        },
        { label: 'Joint motion tabled by', value: `the ${jointMotion.tabledBy.groups.join(', ')} groups`, source: jointMotion.tabledBy.source },
        { label: 'Adopted text', value: `${adoptedText.reference}, “${adoptedText.title}”, adopted on ${adoptedText.written} on the basis of the joint motion ${jointMotion.reference}`, source: adoptedText.source },
      );
      break;
    }
    case 'adopted':
      facts.push({ label: 'Adopted text', value: `${outcome.adoptedText.reference}, “${outcome.adoptedText.title}”, adopted on ${outcome.adoptedText.written}`, source: outcome.adoptedText.source });
      break;
    case 'pending':
      break;
    default:
      facts.push({ label: 'Outcome', value: outcomeText(record), source: outcome.source });
  }
  return facts.filter((fact): fact is RecordFact => Boolean(fact));
}
