/**
 * The timeline (content/timeline.yaml): the dated events the text mentions, each tied to the
 * units whose text contains its date as written. Pure: parse, validate against the units and
 * the names they mention, sort.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { EditorialDataError, parseYaml, validateYaml, type DataProblem } from '../editorial/yaml.ts';
import { slugSchema } from '../editorial/names.ts';
import { unitIdSchema } from '../resolution/units.ts';
import { wholeWords } from '../words.ts';

export const TIMELINE_FILE = 'content/timeline.yaml';

export const timelineEventSchema = z
  .object({
    when: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write YYYY-MM-DD, or YYYY-MM or YYYY when the text gives no more'),
    written: z.string().trim().min(1),
    what: z.string().trim().min(1),
    units: z.array(unitIdSchema).min(1, 'tie the event to at least one unit'),
    names: z.array(slugSchema).default([]),
  })
  .strict();

export type TimelineEventData = z.infer<typeof timelineEventSchema>;
export interface TimelineEvent extends TimelineEventData {
  slug: string;
}

/** What the validation needs of a unit: its anchor, its plain text and the names it mentions. */
export interface TimelineUnit {
  id: string;
  text: string;
  names: readonly string[];
}

const FIX = `see the format described at the top of ${TIMELINE_FILE} (when, written, what, units, names).`;

/** Dates not in their unit's text, unknown units, names the units do not mention. */
function timelineProblems(units: readonly TimelineUnit[]) {
  const byId = new Map(units.map((u) => [u.id, u]));
  return (data: Record<string, TimelineEventData>): DataProblem[] =>
    Object.entries(data).flatMap(([slug, event]) => {
      const problems: DataProblem[] = [];
      event.units.forEach((id, i) => {
        const unit = byId.get(id);
        if (!unit) problems.push({ path: [slug, 'units', i], message: `"${id}" is not a unit of the resolution.`, fix: `use one of ${units[0]?.id} … ${units.at(-1)?.id}.` });
        else if (!containsAsWords(unit.text, event.written)) {
          problems.push({ path: [slug, 'written'], message: `"${event.written}" is not in the text of ${id} as written.`, fix: `copy the date from ${id} character for character, or tie the event to the unit that writes it.` });
        }
      });
      event.names.forEach((name, i) => {
        if (!event.units.some((id) => byId.get(id)?.names.includes(name))) {
          problems.push({ path: [slug, 'names', i], message: `"${name}" is not mentioned in ${event.units.join(', ')}.`, fix: 'name only entities of content/names.yaml that those units mention.' });
        }
      });
      return problems;
    });
}

/** True when `needle` occurs in `text` as whole words: "2011" is in "of 2011," but not in "20110". */
function containsAsWords(text: string, needle: string): boolean {
  return wholeWords([needle], 'u').test(text);
}

/** Sort key: a month or year without a day sorts after the days it contains. */
function sortKey(when: string): string {
  const [year, month = '99', day = '99'] = when.split('-');
  return `${year}-${month}-${day}`;
}

/** Oldest first; ties keep their order in the file. */
export function sortTimeline<E extends { when: string }>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => sortKey(a.when).localeCompare(sortKey(b.when)));
}

/** Parses and validates the timeline against the units; the events come back oldest first. */
export function parseTimeline(yamlText: string, units: readonly TimelineUnit[], file = TIMELINE_FILE): TimelineEvent[] {
  const data = validateYaml(parseYaml(yamlText, file), file, z.record(slugSchema, timelineEventSchema), FIX, timelineProblems(units));
  return sortTimeline(Object.entries(data).map(([slug, event]) => ({ slug, ...event })));
}

/** For Astro's file() loader: the entries keyed by slug, checked for shape (the units are checked at build, by `checkTimeline`). */
export function parseTimelineForLoader(yamlText: string): Record<string, TimelineEventData> {
  return validateYaml(parseYaml(yamlText, TIMELINE_FILE), TIMELINE_FILE, z.record(slugSchema, timelineEventSchema), FIX);
}

/**
 * Checks the loaded events against the units (the loader cannot see them) and sorts them.
 * On a problem, the file is read again to name its line.
 */
export function checkTimeline(events: readonly TimelineEvent[], units: readonly TimelineUnit[], file = TIMELINE_FILE): TimelineEvent[] {
  const data = Object.fromEntries(events.map(({ slug, ...event }) => [slug, event]));
  if (timelineProblems(units)(data).length > 0) parseTimeline(readFileSync(file, 'utf8'), units, file); // throws, with lines
  return sortTimeline(events);
}

export { EditorialDataError };
