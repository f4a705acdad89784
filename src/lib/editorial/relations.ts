/**
 * How units relate (content/relations.yaml): each paragraph — what Parliament says and asks —
 * rests on recitals (what it finds) and citations (what it has regard to). The reverse links
 * are derived here. Pure.
 */
import { z } from 'astro/zod';
import { parseYaml, validateYaml, type DataProblem } from './yaml.ts';

export const RELATIONS_FILE = 'content/relations.yaml';

const paragraphId = z.string().regex(/^paragraph-\d+$/, 'a key is a paragraph anchor such as "paragraph-4"');
const groundId = z.string().regex(/^(?:recital-[a-z]{1,2}|citation-\d+)$/, 'a paragraph rests on recitals and citations: "recital-j", "citation-9"');
/** What the paragraph and its ground share: a subject, a name, an instrument. */
const reason = z.string().trim().min(1, 'say what the paragraph and this unit share (a subject, a name or an instrument)');
export const relationsSchema = z.record(
  paragraphId,
  z.record(groundId, reason).refine((grounds) => Object.keys(grounds).length > 0, 'list at least one recital or citation, each with its reason'),
);

/** paragraph id -> the recitals and citations it rests on. */
export type Relations = ReadonlyMap<string, readonly string[]>;
/** paragraph id -> ground id -> why the paragraph rests on it. */
export type RelationReasons = ReadonlyMap<string, ReadonlyMap<string, string>>;

const FIX = `see the format described at the top of ${RELATIONS_FILE}: "paragraph-4:" then, indented, "recital-j: the prisoners it names".`;

function relationProblems(knownUnits?: readonly string[]) {
  return (data: z.infer<typeof relationsSchema>): DataProblem[] =>
    Object.entries(data).flatMap(([paragraph, grounds]) => [
      ...(knownUnits && !knownUnits.includes(paragraph)
        ? [{ path: [paragraph], message: `"${paragraph}" is not a paragraph of the resolution.`, fix: 'use an existing paragraph anchor.' }]
        : []),
      ...Object.keys(grounds).flatMap((unit): DataProblem[] =>
        knownUnits && !knownUnits.includes(unit) ? [{ path: [paragraph, unit], message: `"${unit}" is not a unit of the resolution.`, fix: 'use an existing recital or citation anchor.' }] : [],
      ),
    ]);
}

/** Parses and validates the text of content/relations.yaml: each paragraph's grounds, each with its reason. */
export function parseRelationReasons(text: string, file = RELATIONS_FILE, knownUnits?: readonly string[]): RelationReasons {
  const data = validateYaml(parseYaml(text, file), file, relationsSchema, FIX, relationProblems(knownUnits));
  return new Map(Object.entries(data).map(([paragraph, grounds]) => [paragraph, new Map(Object.entries(grounds))]));
}

export function parseRelations(text: string, file = RELATIONS_FILE, knownUnits?: readonly string[]): Relations {
  return new Map([...parseRelationReasons(text, file, knownUnits)].map(([paragraph, grounds]) => [paragraph, [...grounds.keys()]]));
}

export interface UnitRelations {
  /** For a paragraph: the recitals and citations it rests on. */
  restsOn: string[];
  /** For a recital or citation: the paragraphs that rest on it. */
  answeredBy: string[];
}

/** Both directions for one unit, each list in the order of `unitOrder` (the text's order). */
export function relationsOf(relations: Relations, unitId: string, unitOrder: readonly string[]): UnitRelations {
  const inOrder = (ids: Iterable<string>) => {
    const set = new Set(ids);
    return unitOrder.filter((id) => set.has(id));
  };
  const answeredBy = [...relations].filter(([, grounds]) => grounds.includes(unitId)).map(([paragraph]) => paragraph);
  return { restsOn: inOrder(relations.get(unitId) ?? []), answeredBy: inOrder(answeredBy) };
}
