/**
 * What became of the motion, in the words the site uses everywhere (status line, share cards,
 * /about/): from the record, never typed into a component. Pure.
 */
import type { DocumentRecord } from './schema.ts';
import type { ShareCard } from '../cards/share-card.ts';
import { openingWords } from '../resolution/units.ts';

/** "not adopted as such: Parliament adopted the joint motion for a resolution RC-B8-0204/2019 on 14 March 2019 (P8_TA(2019)0203)" */
export function outcomeText(record: DocumentRecord): string {
  const { supersededBy, adopted } = record;
  return `not adopted as such: Parliament adopted the ${supersededBy.kind} ${supersededBy.reference} on ${adopted.written} (${adopted.reference})`;
}

/** "six members on behalf of the ECR Group" */
export function tablersText(record: DocumentRecord): string {
  const count = record.tabledBy.members.length;
  const words = ['no', 'one member', 'two members', 'three members', 'four members', 'five members', 'six members', 'seven members', 'eight members', 'nine members'];
  return `${words[count] ?? `${count} members`} on behalf of the ${record.tabledBy.onBehalfOf}`;
}

const kicker = (record: DocumentRecord) => `European Parliament ${record.reference.value}`;
const footer = (record: DocumentRecord) => `${record.type.value} tabled ${record.tabled.written}, ${outcomeText(record).replace(/ \(.*\)$/, '')}`;

/** The share card of a page: the document's (`/`, `/about/`) or a unit's. */
export function shareCardContent(record: DocumentRecord, page: { kind: 'home' } | { kind: 'about' } | { kind: 'unit'; title: string; text: string }): ShareCard {
  switch (page.kind) {
    case 'home':
      return { kicker: kicker(record), heading: record.citationTitle, body: `By ${tablersText(record)}. The full text, to read, search and cite.`, footer: footer(record) };
    case 'about':
      return { kicker: kicker(record), heading: `About the motion and this site`, body: `Who tabled it, what became of it, how to cite it, and the text to download.`, footer: footer(record) };
    case 'unit':
      return { kicker: kicker(record), heading: page.title, body: openingWords(page.text, 130), footer: footer(record) };
  }
}
