/**
 * npm run bench: builds the site and prints, for each page type, the bytes fetched on load
 * (raw and gzip, by type), the bytes the first search fetches (a hit, a miss, a misspelling),
 * and the time to first result in Chromium, cold and warm, for ten queries, a miss and a
 * misspelling (median of BENCH_RUNS runs, default 5), plus the build time. It prints figures;
 * it asserts nothing.
 *   BENCH_NO_BUILD=1  measure dist/ as it is.   BENCH_RUNS=n  runs per latency figure.
 */
import { BASE_PATH, build, formatTotals, kib, launch, median, recordResponses, serve } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = [
  ['reading view', ''],
  ['unit page', 'recitals/j/'],
  ['about', 'about/'],
  ['search page', 'search/'],
  ['404', 'no-such-page/'],
];

const buildMs = process.env.BENCH_NO_BUILD === '1' ? undefined : build();
const server = await serve('dist');
const browser = await launch();
const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value) => `${value.toFixed(1)} ms`;

try {
  out(`# Bench of ${server.url} (base ${BASE_PATH}), Chromium ${browser.version()}`);
  out(buildMs === undefined ? 'build: skipped (BENCH_NO_BUILD=1)' : `build (astro build + Pagefind): ${(buildMs / 1000).toFixed(2)} s`);

  out('\n## Bytes on load (HTML + CSS + JS the page fetches; gzip -9)');
  for (const [name, path] of PAGES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const recorder = recordResponses(page);
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const { byKind } = await recorder.totals();
    const { line, sum } = formatTotals(byKind);
    const budget = ['html', 'css', 'js'].reduce((n, k) => n + (byKind[k]?.gzip ?? 0), 0);
    out(`${name.padEnd(13)} /${path}: total ${kib(sum.raw)} raw / ${kib(sum.gzip)} gz; HTML+CSS+JS ${kib(budget)} gz (budget 12.0 KiB)`);
    out(`${''.padEnd(14)}${line}`);
    await context.close();
  }

  // The search as a reader meets it: typed into the header field (or the search page's), timed
  // from the keystroke to the panel answering that query (data-search-answered).
  const typeAndWait = (page, field, query) =>
    page.evaluate(
      ({ field, query }) =>
        new Promise((done) => {
          const input = document.querySelector(field);
          const answered = () => document.querySelector('[data-search-answered]')?.getAttribute('data-search-answered') === query;
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (answered()) {
              observer.disconnect();
              done(performance.now() - t0);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-answered'] });
          input.focus();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      { field, query },
    );

  out('\n## Bytes fetched by the first search, after load (gzip as served; Pagefind files are gzip already)');
  for (const [name, path, field, query] of [
    ['header field', 'about/', '#site-search-q', 'torture'],
    ['search page', 'search/', '#search-page-q', 'torture'],
    ['header, miss', 'about/', '#site-search-q', 'Aktau'],
    ['header, misspelt', 'about/', '#site-search-q', 'Kozolv'],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const recorder = recordResponses(page);
    await typeAndWait(page, field, query);
    await page.waitForLoadState('networkidle');
    const { byKind } = await recorder.totals();
    const { line, sum } = formatTotals(byKind);
    out(`${name.padEnd(17)} "${query}": ${kib(sum.gzip)} gz (${kib(sum.raw)} raw) — ${line}`);
    await context.close();
  }

  const QUERIES = ['torture', 'Kazakhstan', 'Bokayev', 'Назарбаев', 'journalists', '"human rights defenders"', 'trade unions', 'Zhanaozen 2011', 'workers', 'jailed bloggers'];
  const MISS = 'Aktau';
  const MISSPELT = 'Kozolv';
  out(`\n## Time to first result in Chromium (header field on /about/), median of ${RUNS} runs`);
  out('cold: a fresh browser context, the first query typed (search code, Pagefind and index fetched); warm: the same query after another one');
  for (const query of [...QUERIES, MISS, MISSPELT]) {
    const cold = [];
    const warm = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}about/`, { waitUntil: 'networkidle' });
      cold.push(await typeAndWait(page, '#site-search-q', query));
      await typeAndWait(page, '#site-search-q', 'Strasbourg');
      warm.push(await typeAndWait(page, '#site-search-q', query));
      await context.close();
    }
    const label = query === MISS ? `${query} (miss)` : query === MISSPELT ? `${query} (misspelt)` : query;
    out(`${label.padEnd(28)} cold ${ms(median(cold)).padStart(9)} · warm ${ms(median(warm)).padStart(8)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
