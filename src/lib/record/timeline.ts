/**
 * The timeline (content/timeline.yaml): the dated events the text mentions, each tied to the
 * units whose text contains its date as written. Pure: parse, validate against the units and
 * the names they mention, sort.
 */
import { z } from 'astro/zod';
import { EditorialDataError, parseYaml, validateYaml, type DataProblem } from '../editorial/yaml.ts';
import { slugSchema } from '../editorial/names.ts';
import { unitIdSchema } from '../resolution/units.ts';
import { containsWholeWords } from '../words.ts';

export const TIMELINE_FILE = 'content/timeline.yaml';

/**
 * The names of the months in `language` ("en": January … December; "fr": janvier … décembre), as
 * the text writes them: a motion in any of the Parliament's languages writes its dates in its own.
 */
function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2000, month, 1))));
}

/** True for a date of the calendar at the precision given: "2019", "2019-03", "2019-03-12" (not "2019-13-12", "2009-09-31"). */
export function isCalendarDate(when: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(when);
  if (!match) return false;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/**
 * Where a date as the text writes it starts, at the precision it gives: "17-19 September 2018"
 * → "2018-09-17", "March 2017" → "2017-03", "2014-2015" → "2014"; undefined for a form the
 * timeline does not read.
 */
export function writtenStart(written: string, language = 'en'): string | undefined {
  const months = monthNames(language);
  const month = (name: string) => String(months.indexOf(name) + 1).padStart(2, '0');
  const day = (n: string) => n.padStart(2, '0');
  const names = months.join('|');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:-\d{4})?$/.exec(written))) return m[1];
  if ((m = new RegExp(`^(${names}) (\\d{4})$`).exec(written))) return `${m[2]}-${month(m[1])}`;
  if ((m = new RegExp(`^(\\d{1,2})(?:-\\d{1,2})? (${names}) (\\d{4})$`).exec(written))) return `${m[3]}-${month(m[2])}-${day(m[1])}`;
  return undefined;
}

export const timelineEventSchema = z
  .object({
    when: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write YYYY-MM-DD, or YYYY-MM or YYYY when the text gives no more')
      .refine(isCalendarDate, 'this date is not in the calendar (a month runs 01-12, and a day only as far as its month)'),
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
function timelineProblems(units: readonly TimelineUnit[], language: string) {
  const byId = new Map(units.map((u) => [u.id, u]));
  return (data: Record<string, TimelineEventData>): DataProblem[] =>
    Object.entries(data).flatMap(([slug, event]) => {
      // The units first: a date or a name checked against the wrong unit would only echo that mistake.
      const unitProblems: DataProblem[] = [];
      event.units.forEach((id, i) => {
        const unit = byId.get(id);
        if (!unit) unitProblems.push({ path: [slug, 'units', i], message: `"${id}" is not a unit of the resolution.`, fix: `use one of ${units[0]?.id} … ${units.at(-1)?.id}.` });
        else if (!containsWholeWords(unit.text, event.written)) {
          unitProblems.push({ path: [slug, 'written'], message: `"${event.written}" is not in the text of ${id} as written.`, fix: `copy the date from ${id} character for character, or tie the event to the unit that writes it.` });
        }
      });
      if (unitProblems.length > 0) return unitProblems;
      const problems: DataProblem[] = [];
      const start = writtenStart(event.written, language);
      if (start === undefined) {
        problems.push({ path: [slug, 'written'], message: `"${event.written}" is not a date form the timeline reads.`, fix: 'write it as the text does, in one of the forms "17 September 2009", "17-19 September 2018", "March 2017", "2011", "2014-2015".' });
      } else if (start !== event.when) {
        problems.push({ path: [slug, 'when'], message: `"${event.when}" is not the date written "${event.written}".`, fix: `write when: '${start}' (the first day written, as precisely as the text gives it), or correct written.` });
      }
      event.names.forEach((name, i) => {
        if (!event.units.some((id) => byId.get(id)?.names.includes(name))) {
          problems.push({ path: [slug, 'names', i], message: `"${name}" is not mentioned in ${event.units.join(', ')}.`, fix: 'name only entities of content/names.yaml that those units mention.' });
        }
      });
      return problems;
    });
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

/**
 * Parses and validates the timeline against the units; the events come back oldest first.
 * `language` is the text's (its frontmatter's): the language its dates are written in.
 */
export function parseTimeline(yamlText: string, units: readonly TimelineUnit[], file = TIMELINE_FILE, language = 'en'): TimelineEvent[] {
  const data = validateYaml(parseYaml(yamlText, file), file, z.record(slugSchema, timelineEventSchema), FIX, timelineProblems(units, language));
  return sortTimeline(Object.entries(data).map(([slug, event]) => ({ slug, ...event })));
}

export { EditorialDataError };
