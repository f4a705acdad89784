/**
 * The document's record (content/record.yaml): facts from outside the text, each with its
 * source. Validated once when the content layer loads it; a bad file stops the build with its
 * line and the fix (src/lib/editorial/yaml.ts).
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseYaml, validateYaml, type DataProblem } from '../editorial/yaml.ts';

export const RECORD_FILE = 'content/record.yaml';
/** The record's one entry id in the `record` collection. */
export const RECORD_ID = 'document';

const SOURCE_KEYS = ['document', 'pdf', 'jointMotion', 'adoptedText', 'procedureFile'] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];
const sourceKey = z.enum(SOURCE_KEYS);

const isoDate = z.iso.date('a date is a day of the calendar written YYYY-MM-DD, e.g. 2019-03-12');
const text = z.string().trim().min(1);
const source = z.object({ title: text, url: z.url({ protocol: /^https$/, error: 'an official address starts with https://' }) }).strict();
const dated = { date: isoDate, written: text, source: sourceKey };

export const recordSchema = z
  .object({
    checked: isoDate,
    sources: z.object({ document: source, pdf: source, jointMotion: source, adoptedText: source, procedureFile: source }).strict(),
    reference: z.object({ value: z.string().regex(/^B\d{1,2}-\d{4}\/\d{4}$/), source: sourceKey }).strict(),
    type: z.object({ value: text, source: sourceKey }).strict(),
    procedure: z.object({ value: z.string().regex(/^\d{4}\/\d{4}\([A-Z]{3}\)$/), source: sourceKey }).strict(),
    tabled: z.object(dated).strict(),
    purpose: z.object({ value: text, rule: text, source: sourceKey }).strict(),
    tabledBy: z.object({ members: z.array(text).min(1), onBehalfOf: text, source: sourceKey }).strict(),
    language: z.object({ value: text, code: z.string().regex(/^[a-z]{2}$/), source: sourceKey }).strict(),
    supersededBy: z.object({ reference: text, kind: text, note: text, source: sourceKey }).strict(),
    jointMotionTabledBy: z.object({ groups: z.array(text).min(1), source: sourceKey }).strict(),
    debate: z.object({ ...dated, place: text, minutes: text, verbatimReport: text }).strict(),
    vote: z.object({ ...dated, minutes: text }).strict(),
    adopted: z.object({ ...dated, reference: text, title: text, basis: text }).strict(),
    citationTitle: text,
  })
  .strict();

export type DocumentRecord = z.infer<typeof recordSchema>;

const FIX = `see the format described at the top of ${RECORD_FILE}.`;

/** What the schema cannot say: the written dates match the ISO ones, the joint motion is the one adopted. */
function recordProblems(record: DocumentRecord): DataProblem[] {
  const problems: DataProblem[] = [];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  for (const key of ['tabled', 'debate', 'vote', 'adopted'] as const) {
    const { date, written } = record[key];
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const expected = `${day} ${months[month - 1]} ${year}`;
    if (written !== expected) problems.push({ path: [key, 'written'], message: `"${written}" is not ${date}.`, fix: `write "${expected}", or correct the date.` });
  }
  if (record.adopted.basis !== record.supersededBy.reference) {
    problems.push({ path: ['adopted', 'basis'], message: `the adopted text rests on "${record.adopted.basis}", but the motion was merged into "${record.supersededBy.reference}".`, fix: 'name the same joint motion in both places.' });
  }
  return problems;
}

/** Parses and validates the text of content/record.yaml. */
export function parseRecord(yamlText: string, file = RECORD_FILE): DocumentRecord {
  return validateYaml(parseYaml(yamlText, file), file, recordSchema, FIX, recordProblems);
}

export function readRecord(file = RECORD_FILE): DocumentRecord {
  return parseRecord(readFileSync(file, 'utf8'), file);
}
