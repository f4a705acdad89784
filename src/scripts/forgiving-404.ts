/**
 * On the 404 page: when the address means a published page ("/recitals/J/" → "/recitals/j/",
 * "/paragraph/7/" → "/paragraphs/7/", "/paragraphs/07/", "/about" → "/about/"), show the link
 * and go there, keeping the query and the fragment. Only pages of the permalink manifest are
 * offered (the page carries their list), so a guess never leads to another 404. Loaded on
 * demand by src/scripts/forgiving-boot.ts when the 404 page's list is there.
 */
import { SECTION_UNITS_ATTRIBUTE } from '../lib/markup.ts';
import { forgivingTarget, unknownUnit } from '../lib/links/forgiving-addresses.ts';

/** `pages`: the published page paths; `notice`: where to show the link. */
export function redirect(pages: ReadonlySet<string>, notice: HTMLElement): void {
  const base = import.meta.env.BASE_URL;
  const { pathname, search, hash } = window.location;
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
  const target = path === undefined ? undefined : forgivingTarget(path, pages);
  if (target === undefined) {
    if (path !== undefined) sayWhatTheSectionHas(path, notice);
    return;
  }
  const url = `${base}${target}${search}${hash}`;
  const link = document.createElement('a');
  link.href = url;
  link.textContent = `${base}${target}`;
  notice.append('This address means ', link, '. Taking you there …');
  notice.hidden = false;
  window.location.replace(url);
}

/**
 * "/paragraphs/99/": say that the text has no such unit and how many the section has, pointing
 * to the section's list the page already carries (written from the model at build).
 */
function sayWhatTheSectionHas(path: string, notice: HTMLElement): void {
  const unknown = unknownUnit(path);
  if (!unknown) return;
  const list = document.querySelector<HTMLElement>(`[${SECTION_UNITS_ATTRIBUTE}="${CSS.escape(unknown.section)}"]`);
  const count = list?.querySelector('a')?.textContent;
  if (!list || !count) return;
  list.id = 'units-of-section';
  const link = document.createElement('a');
  link.href = '#units-of-section';
  link.textContent = count;
  notice.append(`The text has no “${unknown.label}” among its ${unknown.section}: it has `, link, '.');
  notice.hidden = false;
}
