/**
 * On the 404 page: when the address means a published page ("/recitals/J/" → "/recitals/j/",
 * "/paragraph/7/" → "/paragraphs/7/", "/paragraphs/07/", "/about" → "/about/"), show the link
 * and go there, keeping the query and the fragment. Only pages of the permalink manifest are
 * offered (the page carries their list), so a guess never leads to another 404. Loaded on
 * demand by src/scripts/forgiving-boot.ts when the 404 page's list is there.
 */
import { forgivingTarget } from '../lib/links/forgiving-addresses.ts';

/** `pages`: the published page paths; `notice`: where to show the link. */
export function redirect(pages: ReadonlySet<string>, notice: HTMLElement): void {
  const base = import.meta.env.BASE_URL;
  const { pathname, search, hash } = window.location;
  const target = pathname.startsWith(base) ? forgivingTarget(pathname.slice(base.length), pages) : undefined;
  if (target === undefined) return;
  const url = `${base}${target}${search}${hash}`;
  const link = document.createElement('a');
  link.href = url;
  link.textContent = `${base}${target}`;
  notice.append('This address means ', link, '. Taking you there …');
  notice.hidden = false;
  window.location.replace(url);
}
