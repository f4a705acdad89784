/** On the 404 page only (it carries the list of published pages): load the forgiving redirect. */
import { DATA, datasetKey } from '../lib/markup.ts';

const holder = document.querySelector<HTMLElement>(`[${DATA.publishedPages}]`);
const notice = document.querySelector<HTMLElement>(`[${DATA.forgivingLink}]`);
if (holder && notice) {
  const pages = new Set((holder.dataset[datasetKey(DATA.publishedPages)] ?? '').split(' '));
  void import('./forgiving-404.ts').then((module) => module.redirect(pages, notice));
}
