/**
 * Topics (content/topics.yaml): a small taxonomy of themes, each with the units tagged with it.
 * Pure: schema, validation, lookups and the passage about a topic.
 */
import { z } from 'astro/zod';
import { EditorialDataError, parseYaml, validateYaml, type DataProblem } from './yaml.ts';
import { slugSchema } from './names.ts';
import { codePointAt, codePointBefore, escapeRegExp } from '../words.ts';
import { unitIdSchema } from '../resolution/units.ts';
import { topicWordProblem } from '../search/topic-words.ts';

export const TOPICS_FILE = 'content/topics.yaml';

/** A unit anchor as published: citation-1, recital-a, paragraph-12 (the unit model's). */
export { unitIdSchema };

export const topicSchema = z
  .object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1).optional(),
    units: z.array(unitIdSchema).min(1, 'tag at least one unit'),
    /** The words readers use for the topic ("workers", "jail"): search lists the topic's units for them. */
    words: z.array(z.string().trim().regex(/\p{L}/u, 'a word has at least one letter')).default([]),
    marks: z.array(z.string().trim().min(1)).min(1).optional(),
  })
  .strict();

export type TopicData = z.infer<typeof topicSchema>;
export interface Topic extends TopicData {
  slug: string;
}

const FIX = `see the format described at the top of ${TOPICS_FILE} (title, description, units, marks, words).`;

/** A reader's word as search compares it: case and spacing do not count. */
const wordKey = (word: string) => word.toLocaleLowerCase('en').replace(/\s+/g, ' ');

/** Words a topic lists twice, or that another topic already lists (search could not tell which topic is meant). */
function wordProblems(data: Record<string, TopicData>): DataProblem[] {
  const owner = new Map<string, string>();
  return Object.entries(data).flatMap(([slug, topic]) =>
    topic.words.flatMap((word, i): DataProblem[] => {
      const unreachable = topicWordProblem(slug, topic.title, topic.words, word);
      if (unreachable) return [{ path: [slug, 'words', i], ...unreachable }];
      const key = wordKey(word);
      const first = owner.get(key);
      if (first === undefined) {
        owner.set(key, slug);
        return [];
      }
      return [
        first === slug
          ? { path: [slug, 'words', i], message: `"${word}" is listed twice.`, fix: 'delete the repeated word.' }
          : { path: [slug, 'words', i], message: `"${word}" is already a word of the topic "${first}".`, fix: 'keep each word under one topic.' },
      ];
    }),
  );
}

/** Unit ids that the resolution does not have, or that a topic lists twice; repeated words. */
function topicProblems(knownUnits?: readonly string[]) {
  return (data: Record<string, TopicData>): DataProblem[] => [
    ...Object.entries(data).flatMap(([slug, topic]) =>
      topic.units.flatMap((unit, i): DataProblem[] => {
        if (topic.units.indexOf(unit) !== i) return [{ path: [slug, 'units', i], message: `"${unit}" is listed twice.`, fix: 'delete the repeated unit.' }];
        if (knownUnits && !knownUnits.includes(unit)) {
          return [{ path: [slug, 'units', i], message: `"${unit}" is not a unit of the resolution.`, fix: `use one of ${knownUnits[0]} … ${knownUnits.at(-1)}.` }];
        }
        return [];
      }),
    ),
    ...wordProblems(data),
  ];
}

/** Parses and validates the text of content/topics.yaml; with `knownUnits`, checks every unit exists. */
export function parseTopics(text: string, file = TOPICS_FILE, knownUnits?: readonly string[]): Topic[] {
  const data = validateYaml(parseYaml(text, file), file, z.record(slugSchema, topicSchema), FIX, topicProblems(knownUnits));
  return Object.entries(data).map(([slug, topic]) => ({ slug, ...topic }));
}


/** The topics a unit is tagged with, in taxonomy order. */
export function topicsOfUnit(topics: readonly Topic[], unitId: string): Topic[] {
  return topics.filter((t) => t.units.includes(unitId));
}


/**
 * Where a unit speaks of a topic: the spans of its text that the topic's `marks` find.
 * A mark is a word or phrase, matched whatever its case, at the start of a word; a final "*"
 * lets the last word run on ("tortur*" finds "torture", "tortures"). Spans never overlap.
 */
export function topicSpans(text: string, marks: readonly string[]): { start: number; end: number }[] {
  const list = compiledMarks(marks);
  const spans: { start: number; end: number }[] = [];
  // To the end itself: a mark that is only "*" finds an empty span there too.
  for (let at = 0; at <= text.length; ) {
    const end = WORD_CHARACTER.test(codePointBefore(text, at)) ? undefined : markEnd(list, text, at);
    if (end !== undefined) spans.push({ start: at, end });
    // On past the span, or one code point on (after no span, or an empty one).
    at = end !== undefined && end > at ? end : at + Math.max(1, codePointAt(text, at).length);
  }
  return spans;
}

/**
 * A letter or digit, as a pattern that ignores case sees it (the flag i widens the class by the
 * letters' case variants: the Greek combining mark U+0345). The spans are what one pattern with
 * flags giu, `(?<![\p{L}\p{N}])(?:mark…)`, would find; that pattern is not compiled, since each
 * of its letter classes cost a build ~0.5 ms to compile, 0.06 s for all the topics' marks.
 */
const WORD_CHARACTER = /[\p{L}\p{N}]/iu;

/** A mark ready to try at one place: its words, ignoring case and nothing else, and whether its last word runs on ("tortur*"). */
interface CompiledMark {
  words: RegExp;
  runsOn: boolean;
}

/** Compiled once per list of marks: a build asks for each topic's spans in many units. */
const compiled = new Map<string, CompiledMark[]>();

/** The marks, longest first (the first that fits at a place wins). */
function compiledMarks(marks: readonly string[]): CompiledMark[] {
  const key = marks.join('\u0000');
  let list = compiled.get(key);
  if (!list) {
    list = [...marks]
      .sort((a, b) => b.length - a.length)
      .map((mark) => {
        const runsOn = mark.endsWith('*');
        return { words: new RegExp(escapeRegExp(runsOn ? mark.slice(0, -1) : mark), 'iuy'), runsOn };
      });
    compiled.set(key, list);
  }
  return list;
}

/** Where the first mark that fits at `at` ends (a word start), or undefined when none does. */
function markEnd(marks: readonly CompiledMark[], text: string, at: number): number | undefined {
  for (const { words, runsOn } of marks) {
    words.lastIndex = at;
    if (!words.test(text)) continue;
    let end = words.lastIndex;
    if (runsOn) {
      for (let next = codePointAt(text, end); WORD_CHARACTER.test(next); next = codePointAt(text, end)) end += next.length;
    } else if (WORD_CHARACTER.test(codePointAt(text, end))) continue;
    return end;
  }
  return undefined;
}

/**
 * The spans of a tagged unit that concern the topic; stops the build when the topic has no
 * marks or none of them is in the unit, since its pages would then quote nothing about it.
 */
export function passageSpans(topic: Topic, unit: { id: string; text: string }, file = TOPICS_FILE): { start: number; end: number }[] {
  const spans = topicSpans(unit.text, topic.marks ?? []);
  if (spans.length === 0) {
    throw new EditorialDataError(file, [
      `${topic.slug}.marks: ${topic.marks ? `none of ${topic.marks.map((m) => `"${m}"`).join(', ')} is in ${unit.id}` : 'missing'}, so its pages cannot quote the passage about the topic.\n  Fix: add to marks the word or phrase of ${unit.id} that concerns "${topic.title}" (a final * lets the word run on), or untag the unit.`,
    ]);
  }
  return spans;
}
