/**
 * The source text as words: the PDF extraction with its layout undone exactly as the
 * content claims (hard line breaks joined; a line that ends in "-" joins with no space),
 * then split on white space. Nothing else is normalised: punctuation and typos stay.
 */
import { readFileSync } from 'node:fs';

export const SOURCE_PATH = 'content/source/B8-0205-2019.txt';

export function sourceWords(path = SOURCE_PATH): string[] {
  const joined = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`), '');
  return words(joined);
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** The first place two word lists differ, with context, or undefined when they are equal. */
export function firstDifference(expected: string[], actual: string[]): string | undefined {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      const around = (list: string[]) => list.slice(Math.max(0, i - 6), i + 6).join(' ');
      return `word ${i + 1}: source has "${expected[i]}", the site has "${actual[i]}"\n  source: …${around(expected)}…\n  site:   …${around(actual)}…`;
    }
  }
  return undefined;
}
