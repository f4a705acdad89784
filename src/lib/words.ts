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

const ORDINAL_RULES = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };

/** "1st", "2nd", "3rd", "4th", "11th", "21st": the English ordinal of a whole number (the Parliament's term). */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIXES[ORDINAL_RULES.select(n)]}`;
}
