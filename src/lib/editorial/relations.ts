/**
 * How units relate (content/relations.yaml): each paragraph — what Parliament says and asks —
 * rests on recitals (what it finds) and citations (what it has regard to). The reverse links
 * are derived here. Pure.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseYaml, validateYaml, type DataProblem } from './yaml.ts';

export const RELATIONS_FILE = 'content/relations.yaml';

const paragraphId = z.string().regex(/^paragraph-\d+$/, 'a key is a paragraph anchor such as "paragraph-4"');
const groundId = z.string().regex(/^(?:recital-[a-z]{1,2}|citation-\d+)$/, 'a paragraph rests on recitals and citations: "recital-j", "citation-9"');
export const relationsSchema = z.record(paragraphId, z.array(groundId).min(1));

/** paragraph id -> the recitals and citations it rests on. */
export type Relations = ReadonlyMap<string, readonly string[]>;

const FIX = `see the format described at the top of ${RELATIONS_FILE}: "paragraph-4: [recital-j, citation-9]".`;

function relationProblems(knownUnits?: readonly string[]) {
  return (data: z.infer<typeof relationsSchema>): DataProblem[] =>
    Object.entries(data).flatMap(([paragraph, grounds]) => [
      ...(knownUnits && !knownUnits.includes(paragraph)
        ? [{ path: [paragraph], message: `"${paragraph}" is not a paragraph of the resolution.`, fix: 'use an existing paragraph anchor.' }]
        : []),
      ...grounds.flatMap((unit, i): DataProblem[] => {
        if (grounds.indexOf(unit) !== i) return [{ path: [paragraph, i], message: `"${unit}" is listed twice.`, fix: 'delete the repeated unit.' }];
        if (knownUnits && !knownUnits.includes(unit)) return [{ path: [paragraph, i], message: `"${unit}" is not a unit of the resolution.`, fix: 'use an existing recital or citation anchor.' }];
        return [];
      }),
    ]);
}

export function parseRelations(text: string, file = RELATIONS_FILE, knownUnits?: readonly string[]): Relations {
  const data = validateYaml(parseYaml(text, file), file, relationsSchema, FIX, relationProblems(knownUnits));
  return new Map(Object.entries(data));
}

export function readRelations(file = RELATIONS_FILE, knownUnits?: readonly string[]): Relations {
  return parseRelations(readFileSync(file, 'utf8'), file, knownUnits);
}

/** For Astro's file() loader: entries keyed by paragraph, each `{ restsOn: [...] }`. */
export function parseRelationsForLoader(text: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries([...parseRelations(text)].map(([paragraph, restsOn]) => [paragraph, { restsOn }]));
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
