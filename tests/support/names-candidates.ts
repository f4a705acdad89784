/**
 * Candidate names in a text: every capitalised word and acronym. The registry coverage test
 * requires each to lie inside a registered mention or a phrase listed as not a name
 * (content/names-not-names.yaml). Pure.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseYaml, validateYaml } from '../../src/lib/editorial/yaml.ts';
import { wholeWords } from '../../src/lib/editorial/mentions.ts';

export const NOT_NAMES_FILE = 'content/names-not-names.yaml';

export interface Span {
  start: number;
  end: number;
}

export interface Candidate extends Span {
  word: string;
}

/** Words that begin with a capital letter (names, acronyms, sentence openers). */
export function candidateWords(text: string): Candidate[] {
  return [...text.matchAll(/\p{Lu}[\p{L}\p{N}]*/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Occurrences of each phrase in `text`, as whole words. */
export function phraseSpans(text: string, phrases: readonly string[]): Span[] {
  return phrases.flatMap((phrase) =>
    [...text.matchAll(wholeWords([phrase]))].map((m) => ({
      start: m.index,
      end: m.index + phrase.length,
    })),
  );
}

/** The candidates of `text` that no span covers. */
export function uncovered(text: string, spans: readonly Span[]): Candidate[] {
  return candidateWords(text).filter((c) => !spans.some((s) => s.start <= c.start && c.end <= s.end));
}

/** content/names-not-names.yaml: phrase -> why it is not a name. */
export function readNotNames(file = NOT_NAMES_FILE): Map<string, string> {
  const text = readFileSync(file, 'utf8');
  const data = validateYaml(
    parseYaml(text, file),
    file,
    z.record(z.string().min(1), z.string().min(1, 'say why this is not a name')),
    `write "phrase: why it is not a name", one a line (see the top of ${file}).`,
  );
  return new Map(Object.entries(data));
}
