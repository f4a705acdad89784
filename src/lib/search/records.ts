/**
 * The search index's records, built from the unit model and the editorial data (never from
 * the built HTML), and read back by the search client. Three kinds, told apart by their URL:
 *
 * - one per unit, at the unit in the reading view ("/#recital-j"): its text, then for each name
 *   it mentions the spellings its text lacks ("Maks Bokayev = Bokaev | Maks Bokaev | …"), so
 *   that a reader's spelling finds the unit and the client can mark the text's own form;
 *   Pagefind filters: kind, topic, name-kind.
 * - one per entity ("/names/maks-bokayev/"): name and every spelling; filter name-kind.
 * - one per topic ("/topics/torture/"): title and the readers' words for it (content/topics.yaml).
 *
 * Meta holds the title only: Pagefind also matches queries against meta values, and a record
 * matched only there (no location in its content) is not a result (see records.ts readers).
 * Pure: data in, records out; the client reads them back with record-format.ts.
 */
import { entityPath, topicPath, unitInText } from '../addresses.ts';
import type { Entity } from '../editorial/names.ts';
import type { Topic } from '../editorial/topics.ts';
import type { UnitKind } from '../resolution/units.ts';
import { keys, tokenise, type Token } from './normalise.ts';
import { FORMS_SEPARATOR, GROUP_SEPARATOR, SEPARATORS, SPELLING_SEPARATOR, sameWord } from './record-format.ts';

/** What a unit record needs from the unit model. */
export interface IndexableUnit {
  id: string;
  kind: UnitKind;
  label: string;
  title: string;
  /** Plain text, label left out. */
  text: string;
  /** Slugs of the entities the unit mentions. */
  names: readonly string[];
  /** Slugs of the unit's topics. */
  topics: readonly string[];
}

/** The shape of Pagefind's addCustomRecord() argument. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: { title: string };
  filters: Record<string, string[]>;
}

function assertPlain(text: string, where: string): void {
  const found = SEPARATORS.find((s) => text.split(/\s+/).includes(s));
  if (found) throw new Error(`${where} contains "${found}" as a word of its own, which the search records use as a separator: write it another way.`);
}

/** Does the text hold the words of `phrase` next to each other ("Nazarbayev" in "Nazarbayev’s")? */
function holdsPhrase(tokens: readonly Token[], phrase: string): boolean {
  const wanted = keys(phrase);
  if (wanted.length === 0) return true;
  return tokens.some((_, i) => wanted.every((key, j) => sameWord(tokens[i + j], key)));
}

/** A unit's record: its text, then the spellings of its names that the text lacks. */
export function unitRecord(unit: IndexableUnit, entityBySlug: ReadonlyMap<string, Entity>): SearchRecord {
  assertPlain(unit.text, unit.id);
  const textTokens = tokenise(unit.text);
  const groups: string[] = [];
  const kinds = new Set<string>();
  for (const slug of unit.names) {
    const entity = entityBySlug.get(slug);
    if (!entity) throw new Error(`${unit.id} mentions "${slug}", which content/names.yaml does not have.`);
    kinds.add(entity.kind);
    const forms = entity.text.filter((form) => holdsPhrase(textTokens, form));
    // Every spelling the unit lacks, the entity's other text forms included: a unit that writes
    // "Organisation for Security and Cooperation in Europe" is found by "OSCE", the form
    // another unit writes. (Only the registered spellings used to be added, so an acronym
    // found the units printing it and lost those spelling the name out.)
    const lacking = [...new Set([entity.name, ...entity.text, ...entity.spellings])].filter((spelling) => !holdsPhrase(textTokens, spelling));
    if (lacking.length === 0) continue;
    if (forms.length === 0) {
      // Mentioned through a name that includes it ("EU-Kazakhstan" names the EU): the including
      // form is not this entity's, so no form of the text is marked; the spellings still find the unit.
      forms.push(entity.name);
    }
    for (const spelling of [...forms, ...lacking]) assertPlain(spelling, `The spelling "${spelling}" of ${slug}`);
    groups.push(`${forms.join(SPELLING_SEPARATOR)}${FORMS_SEPARATOR}${lacking.join(SPELLING_SEPARATOR)}`);
  }
  return {
    url: `/${unitInText(unit.kind, unit.label)}`,
    content: [unit.text, ...groups].join(GROUP_SEPARATOR),
    language: 'en',
    meta: { title: unit.title },
    filters: { kind: [unit.kind], topic: [...unit.topics], 'name-kind': [...kinds] },
  };
}

/** An entity's record: its name, the forms the text writes and every other spelling. */
export function entityRecord(entity: Entity): SearchRecord {
  const spellings = [...new Set([entity.name, ...entity.text, ...entity.spellings])];
  return {
    url: `/${entityPath(entity.slug)}`,
    content: spellings.join(SPELLING_SEPARATOR),
    language: 'en',
    meta: { title: entity.name },
    filters: { 'name-kind': [entity.kind] },
  };
}

/** A topic's record: its title and the readers' words for it. */
export function topicRecord(topic: Topic): SearchRecord {
  return {
    url: `/${topicPath(topic.slug)}`,
    content: [topic.title, ...topic.words].join(SPELLING_SEPARATOR),
    language: 'en',
    meta: { title: topic.title },
    filters: {},
  };
}

/** Every record of the index, units first. */
export function searchRecords(units: readonly IndexableUnit[], registry: readonly Entity[], topics: readonly Topic[]): SearchRecord[] {
  const entityBySlug = new Map(registry.map((entity) => [entity.slug, entity]));
  return [...units.map((unit) => unitRecord(unit, entityBySlug)), ...registry.map(entityRecord), ...topics.map(topicRecord)];
}

