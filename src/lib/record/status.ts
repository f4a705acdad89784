/**
 * What became of the motion, in the words the site uses everywhere (status line, share cards,
 * /about/): from the record, never typed into a component. Pure.
 */
import { outcomeText, tablersText } from './outcome.ts';
import type { DocumentRecord } from './schema.ts';
import type { ShareCard } from '../cards/share-card.ts';
import { openingWords } from '../resolution/units.ts';

// The card names the document for what it is, in the record's words ("Motion for a resolution
// B8-0205/2019"): a motion is not a text of the Parliament, which only publishes it.
const kicker = (record: DocumentRecord) => `${record.type.value} ${record.text.reference}`;
const footer = (record: DocumentRecord) => `Tabled ${record.tabled.written}, ${outcomeText(record).replace(/ \(.*\)$/, '')}`;

/** The share card of a page: the document's (`/`, `/about/`) or a unit's. */
export function shareCardContent(record: DocumentRecord, page: { kind: 'home' } | { kind: 'about' } | { kind: 'unit'; title: string; text: string }): ShareCard {
  switch (page.kind) {
    case 'home':
      return { kicker: kicker(record), heading: record.title.value, body: `By ${tablersText(record)}. The full text, to read, search and cite.`, footer: footer(record) };
    case 'about':
      return { kicker: kicker(record), heading: `About the motion and this site`, body: `Who tabled it, what became of it, how to cite it, and the text to download.`, footer: footer(record) };
    case 'unit':
      return { kicker: kicker(record), heading: page.title, body: openingWords(page.text, 130), footer: footer(record) };
  }
}
