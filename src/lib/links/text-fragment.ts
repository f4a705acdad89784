/**
 * Text fragments (`#:~:text=…`, WICG Scroll to Text Fragment): the directive that makes a
 * browser scroll to a passage and mark it. Pure; used by the "Copy link to this passage" script.
 */

/** Percent-encodes a fragment term: encodeURIComponent leaves "-" alone, but it separates prefix and suffix in a directive. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The `:~:text=` directive for a selected passage: the words themselves when short, else the
 * first and last `edge` words as `start,end`, which matches the same passage and stays short.
 */
export function textDirective(selected: string, maxWords = 10, edge = 4): string | undefined {
  const words = selected.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  if (words.length <= maxWords) return `:~:text=${encodeTerm(words.join(' '))}`;
  return `:~:text=${encodeTerm(words.slice(0, edge).join(' '))},${encodeTerm(words.slice(-edge).join(' '))}`;
}

/** The address of a passage: the unit's page with the directive as its fragment ("…/recitals/j/#:~:text=Maks%20Bokayev"). */
export function passageUrl(pageUrl: string, selected: string): string | undefined {
  const directive = textDirective(selected);
  return directive && `${pageUrl.replace(/#.*$/, '')}#${directive}`;
}
