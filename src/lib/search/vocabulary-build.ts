/**
 * Writes the search vocabulary (see vocabulary.ts) from the units' text, the name registry
 * and the topics. Build side only: it reads the editorial modules the browser never loads.
 */
import { entityPath, PAGES } from '../addresses.ts';
import { NAME_KINDS, NAME_KIND_TITLES, type Entity } from '../editorial/names.ts';
import type { Topic } from '../editorial/topics.ts';
import { SECTIONS, kindTitle } from '../resolution/units.ts';
import { tokenise } from './normalise.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The vocabulary of the text's words (numbers left out), every spelling and every topic word; the filters' labels. */
export function buildVocabulary(texts: readonly string[], registry: readonly Entity[], topics: readonly Topic[]): Vocabulary {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const text of texts) {
    for (const token of tokenise(text)) {
      if (seen.has(token.key) || /^\p{N}+$/u.test(token.key)) continue;
      seen.add(token.key);
      words.push(token.word);
    }
  }
  return {
    words,
    names: registry.map((e) => [e.slug, e.name, e.kind, entityPath(e.slug), ...new Set([...e.text, ...e.spellings])]),
    topics: topics.map((t) => [t.slug, t.title, ...t.words]),
    filters: {
      kind: SECTIONS.map(({ kind }) => [kind, kindTitle(kind)]),
      topic: topics.map((t) => [t.slug, t.title]),
      'name-kind': NAME_KINDS.map((kind) => [kind, NAME_KIND_TITLES[kind]]),
    },
    pages: { names: PAGES.names },
  };
}

