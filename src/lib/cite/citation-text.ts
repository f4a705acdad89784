/**
 * The house style's last step, shared by the build and the reading view's Cite button (which
 * must not load citation-js): document, unit, address, joined with commas.
 */
export function joinCitation(prefix: string, unitName: string | undefined, url: string): string {
  return [prefix, ...(unitName ? [unitName] : []), url].join(', ');
}
