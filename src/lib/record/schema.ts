/**
 * The document's record (content/record.yaml): what happened to the document, from outside its
 * text, each fact with its source. What the text itself says (reference, title as printed,
 * procedure, language) is in the Markdown frontmatter and nowhere else: the two meet in
 * `DocumentRecord`. Validated once when the content layer loads it; a bad file stops the build
 * with its line and the fix (src/lib/editorial/yaml.ts).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseYaml, validateYaml, type DataProblem } from '../editorial/yaml.ts';

export const RECORD_FILE = 'content/record.yaml';
/** The record's one entry id in the `record` collection. */
export const RECORD_ID = 'document';

const isoDate = z.iso.date('a date is a day of the calendar written YYYY-MM-DD, e.g. 2019-03-12');
const text = z.string().trim().min(1);
/** The key of an entry of `sources`; checked against them after parsing. */
const sourceKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a source is named by a key of `sources`, e.g. "document"');
const source = z.object({ title: text, url: z.url({ protocol: /^https$/, error: 'an official address starts with https://' }) }).strict();
const dated = { date: isoDate, written: text, source: sourceKey };
const motionReference = z.string().regex(/^B\d+-\d{4}\/\d{4}$/, 'a motion’s reference looks like "B9-0123/2020"');

/**
 * The kinds of document the site knows, with the word it uses for one ("the motion"): the site
 * speaks of a document by what it is, never by the heading it was drafted under.
 */
export const DOCUMENT_TYPES = {
  'Motion for a resolution': { noun: 'motion' },
  'Joint motion for a resolution': { noun: 'joint motion' },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** A text Parliament adopted: its texts-adopted reference and official title. */
const adoptedText = z.object({ ...dated, reference: text, title: text }).strict();

/**
 * What became of the document: exactly one outcome. `replaced`: merged with other motions into a
 * joint motion (listed with their groups), whose text Parliament adopted.
 */
const outcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('adopted'), adoptedText }).strict(),
  z
    .object({
      status: z.literal('replaced'),
      jointMotion: z
        .object({
          reference: z.string().regex(/^RC-B\d+-\d{4}\/\d{4}$/, 'a joint motion’s reference looks like "RC-B8-0204/2019"'),
          /** The words the document's page prints about it: "See also joint motion for a resolution …". */
          note: text,
          source: sourceKey,
          /** Its own official page, a key of `sources`. */
          page: sourceKey,
          tabledBy: z.object({ groups: z.array(text).min(1), source: sourceKey }).strict(),
          /** The motions it replaced, as the joint motion lists them (this one among them). */
          replaced: z.object({ motions: z.array(z.object({ reference: motionReference, group: text }).strict()).min(2), source: sourceKey }).strict(),
        })
        .strict(),
      adoptedText,
    })
    .strict(),
  z.object({ status: z.literal('rejected'), ...dated }).strict(),
  z.object({ status: z.literal('withdrawn'), ...dated }).strict(),
  /** Fell: lapsed without a vote (e.g. the debate was not held, or the term ended). */
  z.object({ status: z.literal('fell'), ...dated, reason: text }).strict(),
  z.object({ status: z.literal('pending') }).strict(),
]);

export const recordSchema = z
  .object({
    checked: isoDate,
    /** The official pages the facts come from, by key; `document` (its page) and `pdf` are required. */
    sources: z.record(sourceKey, source).refine((s) => 'document' in s && 'pdf' in s, 'the sources need a `document` (its official page) and a `pdf`'),
    type: z.object({ value: z.enum(Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]]), source: sourceKey }).strict(),
    /** The title as the official page prints it (its type and subject), the title every citation carries. */
    title: z.object({ value: text, source: sourceKey }).strict(),
    tabled: z.object(dated).strict(),
    purpose: z.object({ value: text, rule: text, source: sourceKey }).strict().optional(),
    tabledBy: z.object({ members: z.array(z.object({ given: text, family: text }).strict()).min(1), onBehalfOf: text, source: sourceKey }).strict(),
    /** In which languages it was published (the text's own language is the frontmatter's). */
    language: z.object({ value: text, source: sourceKey }).strict().optional(),
    debate: z.object({ ...dated, place: text, minutes: text, verbatimReport: text }).strict().optional(),
    vote: z.object({ ...dated, minutes: text }).strict().optional(),
    outcome: outcomeSchema,
  })
  .strict();

export type RecordFile = z.infer<typeof recordSchema>;
export type Outcome = RecordFile['outcome'];

/** What the text itself says, from its frontmatter: the record never repeats these. */
export interface TextFacts {
  reference: string;
  /** The title as the text prints it ("European Parliament resolution on …"): the draft's heading. */
  heading: string;
  procedure: string;
  /** The text's language, a two-letter code. */
  language: string;
}

/** The document as the site speaks of it: the record beside what the text says. */
export type DocumentRecord = RecordFile & { text: TextFacts };

/** The record with the text's own facts beside it. */
export function documentRecord(record: RecordFile, text: TextFacts): DocumentRecord {
  return { ...record, text };
}

/** The record as its file holds it (the JSON download carries it so). */
export function recordFile(record: DocumentRecord): RecordFile {
  const { text: _text, ...file } = record;
  return file;
}

const FIX = `see the format described at the top of ${RECORD_FILE}.`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every `date`/`written` pair and every `source` key in the record, with its path. */
function walk(value: unknown, path: (string | number)[], visit: (node: Record<string, unknown>, path: (string | number)[]) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, path);
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key], visit);
  }
}

/** What the schema cannot say: written dates match the ISO ones; every source is declared. */
function recordProblems(record: RecordFile): DataProblem[] {
  const problems: DataProblem[] = [];
  const keys = Object.keys(record.sources);
  walk(record, [], (node, path) => {
    if (path[0] === 'sources') return;
    for (const key of ['source', 'page']) {
      const named = node[key];
      if (typeof named === 'string' && !keys.includes(named)) {
        problems.push({ path: [...path, key], message: `"${named}" is not a key of \`sources\`.`, fix: `name one of ${keys.join(', ')}, or add the source.` });
      }
    }
    if (typeof node['date'] === 'string' && typeof node['written'] === 'string') {
      const [year, month, day] = node['date'].split('-').map(Number) as [number, number, number];
      const expected = `${day} ${MONTHS[month - 1]} ${year}`;
      if (node['written'] !== expected) problems.push({ path: [...path, 'written'], message: `"${node['written']}" is not ${node['date']}.`, fix: `write "${expected}", or correct the date.` });
    }
  });
  return problems;
}

/** Parses and validates the text of content/record.yaml. */
export function parseRecord(yamlText: string, file = RECORD_FILE): RecordFile {
  return validateYaml(parseYaml(yamlText, file), file, recordSchema, FIX, recordProblems);
}

export function readRecord(file = RECORD_FILE): RecordFile {
  return parseRecord(readFileSync(file, 'utf8'), file);
}
