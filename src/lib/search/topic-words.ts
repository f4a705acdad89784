/**
 * A topic's readers' words (content/topics.yaml `words:`) checked the way search will read
 * them: a word must reach the topic's units, that is, search must take it as naming the topic
 * (match.ts reads the topic's record as the search client does). A word made only of words too
 * common to search by, or one the topic's record would not answer, is an error at build.
 * Pure, no DOM.
 */
import { check } from './match.ts';
import { COMMON_WORDS, parseQuery } from './query.ts';
import { SPELLING_SEPARATOR } from './record-format.ts';

/** Why search would not reach the topic `slug` by `word`; undefined when it would. */
export function topicWordProblem(slug: string, title: string, words: readonly string[], word: string): { message: string; fix: string } | undefined {
  const query = parseQuery(word);
  if (query.words.length === 0 || query.words.every((w) => COMMON_WORDS.has(w.key))) {
    return { message: `"${word}" has no word search can look for (only words too common to search by).`, fix: 'write the word readers type for the topic.' };
  }
  const record = { url: `/topics/${slug}/`, content: [title, ...words].join(SPELLING_SEPARATOR), meta: { title } };
  const checked = check(record, query);
  if (!checked || checked.holds.size !== query.words.length) {
    return { message: `search would not take "${word}" as naming the topic, so it would not reach the topic's units.`, fix: 'write the word as readers type it, without punctuation search does not read.' };
  }
  return undefined;
}
