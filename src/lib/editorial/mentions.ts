/**
 * Finds the mentions of registry entries in a unit's text. Pure and typed.
 *
 * Rules (documented on the About page and in content/names.yaml):
 * - a form matches exactly as the text writes it (case, hyphens, quotes), as whole words:
 *   no letter or digit may touch it on either side;
 * - the longest form wins and mentions never overlap ("UN Working Group on Arbitrary
 *   Detention" is one mention, not "UN" plus the rest);
 * - a hyphen or a slash separates words: "EU-Kazakhstan" mentions both the EU and
 *   Kazakhstan, "OSCE/ODIHR" both the OSCE and its ODIHR;
 * - inside a mention, only the entities its entry declares in `includes` are looked for
 *   ("2011 Zhanaozen events" also mentions Zhanaozen); they are counted, not linked, since
 *   links cannot nest.
 */

import { wholeWordIndices } from '../words.ts';

export interface MatchableEntity {
  slug: string;
  /** The forms as the text writes them. */
  text: readonly string[];
  /** Slugs of entities named inside this one's forms. */
  includes?: readonly string[] | undefined;
}

export interface Mention {
  slug: string;
  /** Offsets in the text searched: text.slice(start, end) === form. */
  start: number;
  end: number;
  form: string;
  /** Mentions of included entities inside this one, offsets in the same text. */
  nested: Mention[];
}

export { escapeRegExp, wholeWords } from '../words.ts';

interface Form {
  slug: string;
  form: string;
}

function compile(entities: readonly MatchableEntity[]): Form[] {
  return entities
    .flatMap((e) => e.text.map((form) => ({ slug: e.slug, form })))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

function findAll(forms: readonly Form[], text: string): Omit<Mention, 'nested'>[] {
  const candidates: Omit<Mention, 'nested'>[] = [];
  for (const { slug, form } of forms) {
    for (const start of wholeWordIndices(text, form)) candidates.push({ slug, form, start, end: start + form.length });
  }
  // Longest first, then earliest; keep a candidate only if it overlaps none kept before.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Omit<Mention, 'nested'>[] = [];
  for (const c of candidates) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Compiles the registry once; the returned function finds the mentions in one text. */
export function createMatcher(entities: readonly MatchableEntity[]): (text: string) => Mention[] {
  const forms = compile(entities);
  const bySlug = new Map(entities.map((e) => [e.slug, e]));
  const included = new Map<string, Form[]>();
  const formsIncludedBy = (slug: string): Form[] => {
    let list = included.get(slug);
    if (!list) {
      const slugs = new Set(bySlug.get(slug)?.includes ?? []);
      list = forms.filter((f) => slugs.has(f.slug));
      included.set(slug, list);
    }
    return list;
  };
  const nestedIn = (mention: Omit<Mention, 'nested'>, text: string): Mention => {
    const inner = formsIncludedBy(mention.slug);
    const span = text.slice(mention.start, mention.end);
    const nested = inner.length === 0 ? [] : findAll(inner, span).map((m) => nestedIn({ ...m, start: m.start + mention.start, end: m.end + mention.start }, text));
    return { ...mention, nested };
  };
  return (text: string) => findAll(forms, text).map((m) => nestedIn(m, text));
}
