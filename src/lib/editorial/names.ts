/**
 * The registry of names (content/names.yaml): every person, organisation, place, instrument
 * and event the resolution names, with the forms the text writes and the spellings a reader
 * may type. Pure: schema, validation, and the mention index built from the units' text.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseYaml, validateYaml, type DataProblem } from './yaml.ts';
import type { Unit, UnitMention } from '../resolution/units.ts';
import { createMatcher, wholeWords, type Mention } from './mentions.ts';

export const NAME_KINDS = ['person', 'organisation', 'place', 'instrument', 'event'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** Headings for each kind, in the order /names/ shows them. */
export const NAME_KIND_TITLES: Record<NameKind, string> = {
  person: 'People',
  organisation: 'Organisations and bodies',
  place: 'Places',
  instrument: 'Instruments and agreements',
  event: 'Events',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().regex(SLUG, 'a slug is lower-case words joined by hyphens, e.g. "maks-bokayev"');
const phrase = z.string().trim().min(1, 'must not be empty');

export const entitySchema = z
  .object({
    kind: z.enum(NAME_KINDS),
    name: phrase,
    text: z.array(phrase).min(1, 'give at least one form as the text writes it'),
    spellings: z.array(phrase).default([]),
    abbr: z.record(phrase, phrase).optional(),
    includes: z.array(slugSchema).optional(),
    description: phrase.optional(),
  })
  .strict();

export type EntityData = z.infer<typeof entitySchema>;
export interface Entity extends EntityData {
  slug: string;
}

export const registrySchema = z.record(slugSchema, entitySchema);
export type Registry = readonly Entity[];

export const NAMES_FILE = 'content/names.yaml';
const FIX = `see the format described at the top of ${NAMES_FILE} (kind, name, text, spellings, abbr, includes, description).`;

/** Cross-entry rules the schema cannot express. */
function registryProblems(data: z.infer<typeof registrySchema>): DataProblem[] {
  const problems: DataProblem[] = [];
  const owner = new Map<string, string>();
  for (const [slug, entity] of Object.entries(data)) {
    entity.text.forEach((form, i) => {
      const other = owner.get(form);
      if (other) {
        problems.push({
          path: [slug, 'text', i],
          message: `the form "${form}" is also a form of "${other}": a mention must belong to one entity.`,
          fix: `keep "${form}" under one entry, or make the forms longer so that each is unambiguous.`,
        });
      }
      owner.set(form, slug);
    });
    const seen = new Set<string>();
    entity.spellings.forEach((spelling, i) => {
      const key = spelling.toLowerCase();
      if (seen.has(key) || entity.text.some((t) => t.toLowerCase() === key)) {
        problems.push({ path: [slug, 'spellings', i], message: `"${spelling}" is listed twice (or is already a text form).`, fix: 'delete the repeated spelling.' });
      }
      seen.add(key);
    });
    for (const short of Object.keys(entity.abbr ?? {})) {
      if (!entity.text.some((t) => wholeWords([short], 'u').test(t))) {
        problems.push({
          path: [slug, 'abbr', short],
          message: `the abbreviation "${short}" is in none of the entry's text forms.`,
          fix: `add a text form that contains "${short}", or delete it from abbr.`,
        });
      }
    }
    (entity.includes ?? []).forEach((included, i) => {
      if (included === slug || !(included in data)) {
        problems.push({
          path: [slug, 'includes', i],
          message: included === slug ? 'an entry cannot include itself.' : `"${included}" is not an entry of the registry.`,
          fix: 'use the slug (the key) of another entry, e.g. "zhanaozen".',
        });
      }
    });
  }
  return problems;
}

/** Parses and validates the text of content/names.yaml; throws with file, line and fix. */
export function parseNameRegistry(text: string, file = NAMES_FILE): Registry {
  const data = validateYaml(parseYaml(text, file), file, registrySchema, FIX, registryProblems);
  return Object.entries(data).map(([slug, entity]) => ({ slug, ...entity }));
}

/** Reads and validates content/names.yaml (relative to the working directory, the project root). */
export function readNameRegistry(file = NAMES_FILE): Registry {
  return parseNameRegistry(readFileSync(file, 'utf8'), file);
}

/** The same, keyed by slug, for Astro's file() loader (it validates each entry with entitySchema). */
export function parseNameRegistryForLoader(text: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(parseNameRegistry(text).map(({ slug, ...entity }) => [slug, entity]));
}

/** The words a reader may type for an entity: its name and its other spellings. */
export function spellingsOf(entity: Entity): string[] {
  return [...new Set([entity.name, ...entity.text, ...entity.spellings])];
}

/** A matcher for the whole registry (see mentions.ts). */
export function registryMatcher(registry: Registry): (text: string) => Mention[] {
  return createMatcher(registry.map(({ slug, text, includes }) => ({ slug, text, includes })));
}

/** Every mention in a list of mentions, nested ones included, in text order. */
export function flattenMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.flatMap((m) => [m, ...flattenMentions(m.nested)]);
}

export interface UnitMentions {
  unitId: string;
  /** Linked (outermost) and included mentions of the entity in this unit, in text order. */
  mentions: UnitMention[];
}

/**
 * For each entity slug, the units that mention it, in the order of `units` (the text's), from
 * the mentions each unit carries (found once, by the same pass that links them in the text).
 */
export function indexMentions(registry: Registry, units: readonly Pick<Unit, 'id' | 'mentions'>[]): Map<string, UnitMentions[]> {
  const index = new Map<string, UnitMentions[]>(registry.map((e) => [e.slug, []]));
  for (const unit of units) {
    const bySlug = Map.groupBy(unit.mentions, (m) => m.slug);
    for (const [slug, mentions] of bySlug) index.get(slug)?.push({ unitId: unit.id, mentions });
  }
  return index;
}

/** Registry entries the text never mentions (the build warns, a test fails). */
export function unmentioned(registry: Registry, units: readonly Pick<Unit, 'names'>[]): Entity[] {
  const mentioned = new Set(units.flatMap((u) => u.names));
  return registry.filter((e) => !mentioned.has(e.slug));
}

/** A piece of a quoted clause: the text as written, `mark` on the words that name the entity. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The clauses of `text` (see clauseAround) that contain the spans, each as segments with the
 * spans marked, in text order, one clause once. The characters are the text's own.
 */
export function clausesWithMarks(text: string, spans: readonly { start: number; end: number }[]): Segment[][] {
  const bounds = (start: number, end: number) => {
    const from = text.lastIndexOf(';', start - 1) + 1;
    const next = text.indexOf(';', end);
    return [from, next === -1 ? text.length : next + 1] as const;
  };
  const clauses = new Map<number, { to: number; spans: { start: number; end: number }[] }>();
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const [from, to] = bounds(span.start, span.end);
    const clause = clauses.get(from) ?? { to, spans: [] };
    clause.spans.push(span);
    clauses.set(from, clause);
  }
  return [...clauses].map(([from, { to, spans: inside }]) => {
    const segments: Segment[] = [];
    let at = from;
    for (const span of inside) {
      if (span.start < at) continue; // a nested span already inside a marked one
      if (span.start > at) segments.push({ text: text.slice(at, span.start), mark: false });
      segments.push({ text: text.slice(span.start, span.end), mark: true });
      at = span.end;
    }
    if (to > at) segments.push({ text: text.slice(at, to), mark: false });
    if (segments[0] && !segments[0].mark) segments[0].text = segments[0].text.trimStart();
    return segments;
  });
}

/** The "name kind" search facet: for each kind, the units that mention an entity of that kind. */
export function nameFacets(registry: Registry, mentions: ReadonlyMap<string, readonly UnitMentions[]>, unitOrder: readonly string[]) {
  return {
    id: 'name-kind',
    label: 'Names',
    values: NAME_KINDS.map((kind) => {
      const units = new Set(registry.filter((e) => e.kind === kind).flatMap((e) => (mentions.get(e.slug) ?? []).map((m) => m.unitId)));
      return { value: kind, label: NAME_KIND_TITLES[kind], units: unitOrder.filter((id) => units.has(id)) };
    }),
  };
}
