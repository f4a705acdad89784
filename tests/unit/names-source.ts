/**
 * The units of the published resolution, read straight from content/ for the unit tests of
 * the editorial layer (names, topics, relations): id and text, label left out.
 */
import { unitId } from '../../src/lib/addresses.ts';
import { readFileSync } from 'node:fs';
import { kindFromTitle } from '../../src/lib/resolution/units.ts';

export interface SourceUnit {
  id: string;
  text: string;
}

export function readSourceUnits(path = 'content/resolution/b8-0205-2019.md'): SourceUnit[] {
  const body = readFileSync(path, 'utf8');
  const units: SourceUnit[] = [];
  for (const match of body.matchAll(/^### (\S+) (\S+)\n\n(.+)$/gmu)) {
    const kind = kindFromTitle(match[1]);
    if (!kind) throw new Error(`Unexpected unit heading "${match[1]} ${match[2]}"`);
    units.push({ id: unitId(kind, match[2]), text: match[3] });
  }
  return units;
}

export const readText = (path: string) => readFileSync(path, 'utf8');
