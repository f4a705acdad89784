/**
 * The record as rows for a reader: what, the value as the site prints it, and its source.
 * Pure; /about/ renders them and the JSON download carries them.
 */
import type { DocumentRecord, SourceKey } from './schema.ts';

export interface RecordFact {
  label: string;
  value: string;
  source: SourceKey;
}

export function recordFacts(record: DocumentRecord): RecordFact[] {
  const { tabledBy, debate, vote, adopted, supersededBy, jointMotionTabledBy } = record;
  return [
    { label: 'Reference', value: record.reference.value, source: record.reference.source },
    { label: 'Type', value: record.type.value, source: record.type.source },
    { label: 'Procedure', value: record.procedure.value, source: record.procedure.source },
    { label: 'Tabled', value: record.tabled.written, source: record.tabled.source },
    { label: 'Tabled by', value: `${tabledBy.members.join(', ')}, on behalf of the ${tabledBy.onBehalfOf}`, source: tabledBy.source },
    { label: 'Purpose', value: record.purpose.value, source: record.purpose.source },
    { label: 'Language', value: record.language.value, source: record.language.source },
    { label: 'Superseded by', value: `${supersededBy.kind} ${supersededBy.reference} (“${supersededBy.note}”)`, source: supersededBy.source },
    { label: 'Joint motion tabled by', value: `the ${jointMotionTabledBy.groups.join(', ')} groups`, source: jointMotionTabledBy.source },
    { label: 'Debate', value: `${debate.written}, ${debate.place} (minutes ${debate.minutes}; verbatim report ${debate.verbatimReport})`, source: debate.source },
    { label: 'Vote', value: `${vote.written} (minutes ${vote.minutes})`, source: vote.source },
    { label: 'Adopted text', value: `${adopted.reference}, “${adopted.title}”, adopted on the basis of the joint motion ${adopted.basis}`, source: adopted.source },
  ];
}
