/**
 * Whole words, the one definition: a match may not touch a letter or digit on either side.
 * Names, topics, the timeline's dates and the arrival highlighter all match this way. Pure,
 * so it runs at build and in the browser.
 */

/** No letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A pattern that matches `alternatives` (literal text, tried in the order given) as whole words. */
export function wholeWords(alternatives: readonly string[], flags = 'gu'): RegExp {
  return new RegExp(`${WORD_START}(?:${alternatives.map(escapeRegExp).join('|')})${WORD_END}`, flags);
}

/** A letter or digit: what WORD_START and WORD_END keep from touching a word. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The code point that ends just before `index` (a surrogate pair whole), or '' at the start. */
export function codePointBefore(text: string, index: number): string {
  if (index === 0) return '';
  const low = text.charCodeAt(index - 1);
  const high = index > 1 ? text.charCodeAt(index - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/**
 * Where `literal` occurs in `text` as whole words, left to right and without overlaps: the
 * indices of `text.matchAll(wholeWords([literal]))`, found without a pattern of its own. (A
 * pattern per literal cost a build 0.3 ms each to compile: the letter and digit classes are large.)
 */
export function wholeWordIndices(text: string, literal: string): number[] {
  const found: number[] = [];
  if (literal === '') return found;
  for (let at = text.indexOf(literal); at >= 0; ) {
    const end = at + literal.length;
    if (!WORD_CHARACTER.test(codePointBefore(text, at)) && !WORD_CHARACTER.test(codePointAt(text, end))) {
      found.push(at);
      at = text.indexOf(literal, end);
    } else at = text.indexOf(literal, at + 1);
  }
  return found;
}

/** The code point that starts at `index` (a surrogate pair whole), or '' at the end. */
export function codePointAt(text: string, index: number): string {
  const point = text.codePointAt(index);
  return point === undefined ? '' : String.fromCodePoint(point);
}

/** True when `literal` occurs in `text` as whole words ("2011" is in "of 2011," but not in "20110"). */
export const containsWholeWords = (text: string, literal: string): boolean => wholeWordIndices(text, literal).length > 0;

const ORDINAL_RULES = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };

/** "1st", "2nd", "3rd", "4th", "11th", "21st": the English ordinal of a whole number (the Parliament's term). */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIXES[ORDINAL_RULES.select(n)]}`;
}
