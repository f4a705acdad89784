/**
 * Link check over a whole build: every same-site link, source and #anchor on every page must
 * lead somewhere in the build, and no page may repeat an id.
 */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { fileForPath, type BuiltSite } from './built-site.ts';

export interface LinkReport {
  /** One line per broken link or repeated id: "page: problem". */
  problems: string[];
  /** How many same-site references were followed (so a test can see it checked something). */
  checked: number;
}

/** Attributes that point at another resource: [selector, attribute]. */
const REFERENCES: [string, string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
];

export function checkLinks(site: BuiltSite): LinkReport {
  const problems: string[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      ids = new Set([...selectAll('[id]', tree).map((el) => String(el.properties['id'])), ...selectAll('a[name]', tree).map((el) => String(el.properties['name']))]);
      idsByFile.set(file, ids);
    }
    return ids;
  };
  let checked = 0;

  for (const page of site.pages) {
    const tree = fromHtml(readFileSync(page.file, 'utf8'));
    const seen = new Map<string, number>();
    for (const el of selectAll('[id]', tree)) {
      const id = String(el.properties['id']);
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    for (const [id, count] of seen) if (count > 1) problems.push(`${page.path}: id "${id}" appears ${count} times`);

    const pageUrl = new URL(page.path, site.root);
    for (const [selector, attribute] of REFERENCES) {
      for (const el of selectAll(selector, tree)) check(el, attribute, pageUrl, page.path);
    }
  }
  return { problems, checked };

  /** Follows one reference of `el` from the page at `pageUrl`. */
  function check(el: Element, attribute: string, pageUrl: URL, pagePath: string): void {
    const raw = String(el.properties[attribute] ?? '');
    const where = `${pagePath}: <${el.tagName} ${attribute}="${raw}">`;
    if (raw.trim() === '' || raw === '#') {
      problems.push(`${where} leads nowhere`);
      return;
    }
    const url = new URL(raw, pageUrl);
    if (url.origin !== site.root.origin) return; // another site: not ours to check offline
    checked += 1;
    const file = fileForPath(site, url.pathname);
    if (!file) {
      const hint = url.pathname.startsWith(site.basePath) ? 'no such file in the build' : `outside the base path ${site.basePath}`;
      problems.push(`${where}: ${hint}`);
      return;
    }
    if (url.hash && file.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(file).has(id)) problems.push(`${where}: no id "${id}" on ${url.pathname}`);
    }
  }
}
