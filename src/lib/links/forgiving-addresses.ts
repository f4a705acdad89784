/**
 * Forgiving addresses: what a reader may type for a unit ("/recitals/J/", "/paragraph/7/",
 * "/paragraphs/07/", "/recitals/j" without its slash) and the published page it means. Pure;
 * shared by the 404 page's script and the `_redirects` file the build writes.
 */

/** Singular and plural section words, as a reader may type them, to the published segment. */
const SECTION_WORDS: Record<string, string> = {
  citation: 'citations',
  citations: 'citations',
  recital: 'recitals',
  recitals: 'recitals',
  paragraph: 'paragraphs',
  paragraphs: 'paragraphs',
};

/**
 * The published page a mistyped path means, or undefined. `path` and the pages are relative to
 * the base ("recitals/J/"); `pages` lists the published page paths ("recitals/j/", "about/").
 * Only an address that leads to a published page is offered: never a guess.
 */
export function forgivingTarget(path: string, pages: ReadonlySet<string>): string | undefined {
  const decoded = safeDecode(path).replace(/^\/+/, '');
  const segments = decoded.split('/').filter((s) => s !== '');
  const candidates = [`${segments.join('/')}/`];
  const section = SECTION_WORDS[segments[0]?.toLowerCase() ?? ''];
  if (section && segments.length <= 2) {
    // A label as printed ("J.", "07") or in any case: recitals are lower-case letters, numbers lose their leading zeros.
    const label = segments[1]?.replace(/\.$/, '').toLowerCase().replace(/^0+(?=\d)/, '');
    candidates.push(label === undefined ? `${section}/` : `${section}/${label}/`);
  }
  return candidates.find((candidate) => candidate !== decoded && pages.has(candidate));
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The `_redirects` rules (Netlify, Cloudflare Pages) for the forgiving addresses that do not
 * depend on letter case: singular section words and leading zeros. Case-only variants
 * ("/recitals/J/") are left to the 404 page's script: a host that matches rules without regard
 * to case would send "/recitals/j/" round in a loop.
 */
export function redirectRules(base: string, unitPages: readonly string[]): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rules: string[] = [];
  for (const [word, segment] of Object.entries(SECTION_WORDS)) {
    if (word !== segment) rules.push(`${root}${word}/* ${root}${segment}/:splat 301`);
  }
  for (const page of unitPages) {
    const [segment, label] = page.split('/') as [string, string];
    if (/^\d$/.test(label)) {
      rules.push(`${root}${segment}/0${label}/ ${root}${page} 301`, `${root}${segment}/0${label} ${root}${page} 301`);
    }
  }
  return rules;
}

/** The page paths of the permalink manifest (content/permalinks.txt), relative to the base: "recitals/j/", "about/", "". */
export function manifestPages(manifest: string): string[] {
  return manifest
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('/') && !line.includes('#') && line.endsWith('/'))
    .map((line) => line.slice(1));
}
