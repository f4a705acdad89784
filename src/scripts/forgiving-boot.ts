/** On the 404 page only (it carries the list of published pages): load the forgiving redirect. */
import { FORGIVING_LINK_ATTRIBUTE, PUBLISHED_PAGES_ATTRIBUTE } from '../lib/markup.ts';

const pages = document.querySelector(`[${PUBLISHED_PAGES_ATTRIBUTE}]`)?.getAttribute(PUBLISHED_PAGES_ATTRIBUTE);
const notice = document.querySelector<HTMLElement>(`[${FORGIVING_LINK_ATTRIBUTE}]`);
if (pages !== null && pages !== undefined && notice) {
  void import('./forgiving-404.ts').then((module) => module.redirect(new Set(pages.split(' ')), notice));
}
