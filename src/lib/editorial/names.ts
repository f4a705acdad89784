/**
 * The registry of names (content/names.yaml): every person, organisation, place, instrument
 * and event the resolution names, with the forms the text writes and the spellings a reader
 * may type. Pure: schema, validation, and the mention index built from the units' text.
 */
import { z } from 'astro/zod';
import { parseYaml, validateYaml, type DataProblem } from './yaml.ts';
import type { Unit, UnitMention } from '../resolution/units.ts';
import { containsWholeWords } from '../words.ts';
import { createMatcher, type Mention } from './mentions.ts';

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
export const slugSchema = z.string().regex(SLUG, 'a slug is lower-case words joined by hyphens, e.g. "jane-doe"');
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
    sortAs: phrase.optional(),
  })
  .strict();

export type EntityData = z.infer<typeof entitySchema>;
export interface Entity extends EntityData {
  slug: string;
}

export const registrySchema = z.record(slugSchema, entitySchema);
export type Registry = readonly Entity[];

export const NAMES_FILE = 'content/names.yaml';

/**
 * The description as the site shows it. A person's is what the text said of them when it was
 * tabled, so it says as of when ("As of 12 March 2019: sentenced to seven years; …"): a prison
 * term or a charge is not news years later. `asOf` is the date the document was tabled, as written.
 */
export function shownDescription(entity: Pick<Entity, 'kind' | 'description'>, asOf: string): string | undefined {
  if (entity.description === undefined) return undefined;
  return entity.kind === 'person' ? `As of ${asOf}, the text’s date: ${entity.description}` : entity.description;
}
const FIX = `see the format described at the top of ${NAMES_FILE} (kind, name, text, spellings, abbr, includes, description, sortAs).`;

/** A date as the text gives it, to order events: "2011", "2017-03", "2018-05-10". */
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** `sortAs` says what a person is looked up under (words of the name) or when an event took place (a date); other kinds sort by their name. */
function sortAsProblems(slug: string, entity: EntityData): DataProblem[] {
  const { sortAs, kind, name } = entity;
  if (sortAs === undefined) return [];
  const path = [slug, 'sortAs'];
  if (kind === 'person' && !containsWholeWords(name, sortAs)) {
    return [{ path, message: `"${sortAs}" is not part of the name "${name}".`, fix: 'give the surname as the name writes it, e.g. "van Gogh" for "Vincent van Gogh".' }];
  }
  if (kind === 'person' && name.endsWith(` ${sortAs}`) && !sortAs.includes(' ')) {
    return [{ path, message: `"${sortAs}" is the last word of the name: people sort by it already.`, fix: 'delete sortAs.' }];
  }
  if (kind === 'event' && !PARTIAL_DATE.test(sortAs)) {
    return [{ path, message: `"${sortAs}" is not a date: events sort by when they took place.`, fix: 'write the date the text gives as YYYY, YYYY-MM or YYYY-MM-DD.' }];
  }
  if (kind !== 'person' && kind !== 'event') {
    return [{ path, message: `entries of kind "${kind}" sort by their name.`, fix: 'delete sortAs: only people (surname) and events (date) take one.' }];
  }
  return [];
}

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
      if (!entity.text.some((t) => containsWholeWords(t, short))) {
        problems.push({
          path: [slug, 'abbr', short],
          message: `the abbreviation "${short}" is in none of the entry's text forms.`,
          fix: `add a text form that contains "${short}", or delete it from abbr.`,
        });
      }
    }
    problems.push(...sortAsProblems(slug, entity));
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
  /**
   * The entity's own mentions in this unit, in text order: a longer name wins over the names
   * inside it, so the "UN" of "UN Working Group on Arbitrary Detention" is not one of them.
   */
  mentions: UnitMention[];
  /** Where the entity is named only inside a longer name's mention (an `includes`), in text order. */
  inside: UnitMention[];
}

/** Whether `m` lies inside another, longer mention of the same unit. */
const insideAnother = (m: UnitMention, all: readonly UnitMention[]) =>
  all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);

/**
 * For each entity slug, the units that mention it, in the order of `units` (the text's), from
 * the mentions each unit carries (found once, by the same pass that links them in the text).
 */
export function indexMentions(registry: Registry, units: readonly Pick<Unit, 'id' | 'mentions'>[]): Map<string, UnitMentions[]> {
  const index = new Map<string, UnitMentions[]>(registry.map((e) => [e.slug, []]));
  for (const unit of units) {
    const bySlug = Map.groupBy(unit.mentions, (m) => m.slug);
    for (const [slug, found] of bySlug) {
      const inside = found.filter((m) => insideAnother(m, unit.mentions));
      index.get(slug)?.push({ unitId: unit.id, mentions: found.filter((m) => !inside.includes(m)), inside });
    }
  }
  return index;
}

/** Registry entries the text never mentions (the build warns, a test fails). */
export function unmentioned(registry: Registry, units: readonly Pick<Unit, 'names'>[]): Entity[] {
  const mentioned = new Set(units.flatMap((u) => u.names));
  return registry.filter((e) => !mentioned.has(e.slug));
}

/** The text forms of the registry that no unit's mentions use (each form should name something in the text). */
export function unmatchedForms(registry: Registry, units: readonly Pick<Unit, 'mentions'>[]): { slug: string; index: number; form: string }[] {
  const used = new Set(units.flatMap((u) => u.mentions.map((m) => `${m.slug}\0${m.form}`)));
  return registry.flatMap(({ slug, text }) => text.map((form, index) => ({ slug, index, form })).filter(({ slug: s, form }) => !used.has(`${s}\0${form}`)));
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


/** Names compare as a reader looks them up: case, quotation marks and punctuation aside ("“100 Concrete Steps”" among the digits). */
const byName = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true, numeric: true }).compare;

/** The surname a person is looked up under: `sortAs`, or the last word of the name. */
export function surnameOf(entity: Pick<Entity, 'name' | 'sortAs'>): string {
  return entity.sortAs ?? entity.name.split(/\s+/).at(-1)!;
}

/**
 * Entities in the order /names/ lists them within a kind: people by surname (the name shown as
 * written), events by date (those the text gives no date for last), everything else by name.
 */
export function inNameOrder<E extends Pick<Entity, 'kind' | 'name' | 'sortAs'>>(entities: readonly E[]): E[] {
  const key = (e: E): [string, string] => {
    if (e.kind === 'person') return [surnameOf(e), e.name];
    if (e.kind === 'event') return [e.sortAs ?? '\uffff', e.name];
    return [e.name, ''];
  };
  const within = (a: E, b: E) => {
    const [a1, a2] = key(a);
    const [b1, b2] = key(b);
    // Dates are ISO ("2017-03" before "2018-05-10"): plain string order is time order.
    return (a.kind === 'event' ? (a1 < b1 ? -1 : a1 > b1 ? 1 : 0) : byName(a1, b1)) || byName(a2, b2);
  };
  return [...entities].sort((a, b) => NAME_KINDS.indexOf(a.kind) - NAME_KINDS.indexOf(b.kind) || within(a, b));
}

/**
 * A quoted clause cut to about `max` characters around its first marked words, for compact
 * lists: cut at spaces, with " … " where words are left out. The characters kept are the text's own.
 */
export function excerptOf(segments: readonly Segment[], max: number): Segment[] {
  const text = segments.map((s) => s.text).join('');
  if (text.length <= max) return [...segments];
  let offset = 0;
  const placed = segments.map((s) => ({ ...s, from: (offset += s.text.length) - s.text.length }));
  const mark = placed.find((s) => s.mark) ?? placed[0];
  // A little of what comes before the marked words, the rest after them.
  let from = Math.max(0, mark.from - Math.floor(max / 3));
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (from > mark.from) from = mark.from;
  let to = Math.min(text.length, from + max);
  if (to < text.length) to = Math.max(text.lastIndexOf(' ', to), mark.from + mark.text.length);
  const kept = placed
    .map((s) => ({ text: text.slice(Math.max(s.from, from), Math.min(s.from + s.text.length, to)), mark: s.mark }))
    .filter((s) => s.text !== '');
  return [...(from > 0 ? [{ text: '… ', mark: false }] : []), ...kept, ...(to < text.length ? [{ text: ' …', mark: false }] : [])];
}

/**
 * /about/'s example of the spellings readers type: the first entity with another Latin spelling
 * and a Cyrillic one ("Bokaev or Бокаев for Maks Bokayev"), from the registry, never written in code.
 */
export function spellingExample(registry: Registry): { name: string; latin: string; cyrillic: string } | undefined {
  for (const entity of registry) {
    const latin = entity.spellings.find((s) => /^[\p{Script=Latin}\s'’-]+$/u.test(s));
    const cyrillic = entity.spellings.find((s) => /\p{Script=Cyrillic}/u.test(s));
    if (latin && cyrillic) return { name: entity.name, latin, cyrillic };
  }
  return undefined;
}

/** /about/'s example of an expanded abbreviation: the first the registry declares ("EPCA"). */
export function abbreviationExample(registry: Registry): string | undefined {
  return registry.flatMap((entity) => Object.keys(entity.abbr ?? {}))[0];
}
