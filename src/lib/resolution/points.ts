/**
 * Lettered points inside a paragraph, as Parliament prints them: "Calls on …: (a) to …; (b) to
 * …;". They are found in the unit's text, never written into it: a point is a marker "(a)",
 * "(b)", … in sequence from (a), each at the start of a word, at least two of them. Pure.
 */

/** A point of a unit: its letter and where it runs in the unit's text (marker included). */
export interface PointSpan {
  /** "a", "b", … */
  label: string;
  start: number;
  end: number;
}

/** A marker "(x)" standing as a word of its own: after the start, a space or a colon, before a space. */
const MARKER = /(?<=^|[\s:;,])\(([a-z])\)(?=\s)/g;

/** The lettered points of a text in order, or [] when it has none (fewer than two in sequence). */
export function letteredPoints(text: string): PointSpan[] {
  const starts: { label: string; start: number }[] = [];
  for (const match of text.matchAll(MARKER)) {
    const expected = String.fromCharCode(97 + starts.length);
    if (match[1] === expected) starts.push({ label: expected, start: match.index });
  }
  if (starts.length < 2) return [];
  return starts.map((point, index) => ({ ...point, end: starts[index + 1]?.start ?? text.length }));
}
